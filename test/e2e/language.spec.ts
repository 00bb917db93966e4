// The whole UI switches between Traditional Chinese and English, numbers per locale.
import { test, expect, cell, search } from './fixtures.js';

test.use({ lang: 'zh-Hant' });

test('switch from Traditional Chinese to English and back', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('menuitem', { name: '數據填報' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '排放及換算係數' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '2024 年數值' })).toBeVisible();
  await search(page, 'workforce.total');
  await expect(cell(page, 'workforce.total', '', 'name')).toHaveText('員工總人數');

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Data entry' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Factors' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Value 2024' })).toBeVisible();
  await expect(cell(page, 'workforce.total', '', 'name')).toHaveText('Total workforce');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('menuitem', { name: 'Factors' }).click();
  await expect(page.getByText('Emission and conversion factors 2024')).toBeVisible();

  await page.getByText('繁體中文', { exact: true }).click();
  await expect(page.getByText('2024 年排放及換算係數')).toBeVisible();
  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole('menuitem', { name: '數據填報' })).toBeVisible();
  void host;
});
