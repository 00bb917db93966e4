// The outline editor: a section renamed and moved up stays so after a reload.
import { test, expect } from './fixtures.js';

test.use({ lang: 'en' });

test('renames and reorders a section; both survive a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'Report outline' }).click();
  const rows = page.getByTestId('outline-row');
  await expect(rows.nth(0)).toContainText('About this report');
  const board = rows.filter({ hasText: 'Board statement' });
  await board.click();
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Title (English)').fill('Message from the Board');
  await page.getByLabel('Title (Chinese)').fill('董事會致辭');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('section-title')).toHaveText('Message from the Board');
  // Keyboard reorder: Alt+↑ on the selected row.
  await rows.filter({ hasText: 'Message from the Board' }).press('Alt+ArrowUp');
  await expect(rows.nth(0)).toContainText('Message from the Board');

  await page.reload();
  await page.getByRole('menuitem', { name: 'Report outline' }).click();
  await expect(rows.nth(0)).toContainText('Message from the Board');
  await expect(rows.nth(1)).toContainText('About this report');
  await page.getByText('繁體中文').first().click();
  await expect(rows.nth(0)).toContainText('董事會致辭');
});
