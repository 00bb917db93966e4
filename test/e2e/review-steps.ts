// Steps of the review workflow specs (issue 15) that several people's work shares: add a
// person with a role on the People screen, say who is working, and open a value's review
// drawer from the grid.
import type { Page } from '@playwright/test';
import { cell, expect, search } from './fixtures.js';

export async function addPerson(page: Page, name: string, role: string, department?: string) {
  await page.getByTestId('person-add').click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByTestId('person-name').fill(name);
  await dialog.getByRole('checkbox', { name: role }).check();
  if (department) {
    await dialog.getByTestId('person-departments').click();
    await page.locator('.ant-select-item-option', { hasText: department }).click();
    await page.keyboard.press('Escape');
  }
  await dialog.getByTestId('person-save').click();
  await expect(page.getByTestId('people-table')).toContainText(name);
}

export async function workAs(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: 'Who is working?' });
  if (!(await dialog.isVisible())) await page.getByTestId('who-is-working').getByRole('button', { name: 'Change' }).click();
  await dialog.getByRole('combobox').click();
  await page.locator('.ant-select-item-option', { hasText: name }).click();
  await dialog.getByTestId('who-ok').click();
  await expect(page.getByTestId('who-name')).toHaveText(name);
}

export async function openReview(page: Page, metric: string) {
  await page.getByRole('menuitem', { name: 'Data entry' }).click();
  await search(page, metric);
  await cell(page, metric, '', 'review').getByTestId('review-cell').click();
  return page.getByTestId('review-drawer');
}
