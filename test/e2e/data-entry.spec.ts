// Working in the grid from the keyboard, "not applicable" with a reason, and a second
// process on the same workspace getting a read-only view.
import { join } from 'node:path';
import { test, expect, cell, search, startHost } from './fixtures.js';

test.use({ lang: 'en' });

test('keyboard only: type over a value, Enter saves, Ctrl+Z undoes', async ({ page, host }) => {
  await page.goto(host.url);
  await search(page, 'water.fresh');
  const value = cell(page, 'water.fresh', '', 'value');
  const before = await value.innerText();
  await value.click();
  await page.keyboard.type('123456');
  await page.keyboard.press('Enter');
  await expect(value).toHaveText('123,456');
  // Leave the grid (the app title is inert; the side menu now reaches that far down).
  await page.locator('.app-header .title').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/Undone: /)).toBeVisible();
  await expect(value).toHaveText(before);
  void host;
});

test('a value can be marked not applicable with its reason', async ({ page, host }) => {
  await page.goto(host.url);
  await search(page, 'water.wastewater');
  const reason = cell(page, 'water.wastewater', '', 'naReason');
  await reason.scrollIntoViewIfNeeded();
  await reason.dblclick();
  await reason.locator('input').fill('Leased offices: discharged to the municipal network');
  await reason.locator('input').press('Enter');
  await expect(cell(page, 'water.wastewater', '', 'value')).toContainText('N/A: Leased offices');
  void host;
});

test('a second process on the same workspace gets a read-only view', async ({ page, host, browser }) => {
  const second = await startHost(false, join(host.dir, 'sample.esg'));
  try {
    const other = await browser.newPage();
    await other.addInitScript(() => localStorage.setItem('esg-lang', 'en'));
    await other.goto(second.host.url);
    await expect(other.getByText(/Read-only: sample\.esg is open for editing in another window or process/)).toBeVisible();
    await expect(other.getByRole('button', { name: 'Undo' })).toBeDisabled();
    // Its grid cannot be edited; the first window still can.
    await other.getByTestId('data-entry').getByRole('searchbox').fill('water.fresh');
    await cell(other, 'water.fresh', '', 'value').dblclick();
    await expect(cell(other, 'water.fresh', '', 'value').locator('input')).toHaveCount(0);
    await page.goto(host.url);
    await expect(page.getByText(/Read-only/)).toHaveCount(0);
  } finally {
    second.child.kill('SIGTERM');
  }
});

test('a value per site is added as a breakdown row and saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add a breakdown row' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Metric').click();
  await page.keyboard.type('office.water');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Site').click();
  await page.keyboard.type('BJ-HQ');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Add row' }).click();
  const value = cell(page, 'office.water', 'site=BJ-HQ', 'value');
  await expect(cell(page, 'office.water', 'site=BJ-HQ', 'dimsText')).toContainText('Beijing Yuan Centre headquarters');
  await value.click();
  await page.keyboard.type('4200');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('grid-status')).toContainText('Saved');
  await expect(value).toHaveText('4,200');
  void host;
});
