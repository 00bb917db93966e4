// The Import screen: a preview shows what would be new, changed or unchanged and writes
// nothing until confirmed; a bad workbook shows the file, sheet and cell and writes nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect, cell, search } from './fixtures.js';

test.use({ lang: 'en' });

test('previews changes, writes nothing until confirmed, then imports them', async ({ page, host }) => {
  writeFileSync(
    join(host.dir, 'update.csv'),
    'metric,year,value,unit,dimensions,note\nenergy.electricity,2024,123456,MWh,,\nworkforce.fulltime,2024,24718,persons,,\nwater.wastewater,2024,5,t,,\n',
  );
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'Import' }).click();
  const screen = page.getByTestId('import-screen');
  await screen.getByTestId('import-files').getByLabel('update.csv').check();
  await screen.getByText('Replace different existing values').click();
  await screen.getByRole('button', { name: 'Preview the import' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('import-counts')).toContainText('changed');
  const values = preview.getByTestId('import-values');
  await expect(values.locator('tr', { hasText: '123,456' })).toContainText('Changed');
  await expect(values.locator('tr', { hasText: '24,718' })).toContainText('Unchanged');

  // Nothing written yet: the grid still has the old figure.
  await page.getByRole('menuitem', { name: 'Data entry' }).click();
  await search(page, 'energy.electricity');
  await expect(cell(page, 'energy.electricity', '', 'value')).not.toContainText('123,456');

  // Preview again and confirm.
  await page.getByRole('menuitem', { name: 'Import' }).click();
  await screen.getByTestId('import-files').getByLabel('update.csv').check();
  await screen.getByText('Replace different existing values').click();
  await screen.getByRole('button', { name: 'Preview the import' }).click();
  await screen.getByTestId('import-commit').click();
  await expect(screen.getByTestId('import-result')).toContainText('Imported');
  await page.getByRole('menuitem', { name: 'Data entry' }).click();
  await search(page, 'energy.electricity');
  await expect(cell(page, 'energy.electricity', '', 'value')).toContainText('123,456');
});

test('a bad department workbook shows the file, sheet and cell and nothing can be imported', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'Import' }).click();
  const screen = page.getByTestId('import-screen');
  await screen.getByRole('button', { name: 'Make department workbooks' }).click();
  await expect(screen.getByTestId('sheets-result')).toContainText('2025-facilities.xlsx');

  // A data owner types text into a number cell.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(host.dir, '2025-facilities.xlsx'));
  const sheet = wb.getWorksheet('數據 Data') as ExcelJS.Worksheet;
  let row = 0;
  for (let r = 5; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === 'energy.electricity' && !sheet.getCell(r, 5).value) row = r;
  sheet.getCell(row, 8).value = 'about 5000';
  await wb.xlsx.writeFile(join(host.dir, 'facilities-filled.xlsx'));

  await page.reload();
  await page.getByRole('menuitem', { name: 'Import' }).click();
  await screen.getByTestId('import-files').getByLabel('facilities-filled.xlsx').check();
  await screen.getByRole('button', { name: 'Preview the import' }).click();
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('facilities-filled.xlsx');
  await expect(problems).toContainText(`H${row}`);
  await expect(problems).toContainText('about 5000');
  await expect(problems).toContainText('expected a number in MWh');
  await expect(page.getByTestId('import-problems-alert')).toContainText('nothing can be imported');
  await expect(screen.getByTestId('import-commit')).toBeDisabled();
  // The same problem, said in the other UI language without asking the back end again.
  await page.getByText('繁體中文', { exact: true }).click();
  await expect(problems).toContainText('應為以兆瓦時計的數字（或數字連單位，例如「12 MWh」）');
});
