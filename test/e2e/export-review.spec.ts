// Drafts look like drafts: the export screen lists the check errors still open for the year,
// worded in the UI language, and each jumps to where it is fixed: the report section whose
// text states a wrong change, or the grid cell of the metric an HKEX KPI is missing.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.js';
import { docxPart } from '../docx-text.js';

test.use({ lang: 'zh-Hant' });

test('lists the open check errors in Chinese, jumps to the section and to the cell, and marks the exported draft', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: '匯出' }).click();
  const screen = page.getByTestId('export-screen');
  const review = screen.getByTestId('export-review');
  await expect(review).toContainText('檢查仍報告2024年有2項錯誤');
  const items = review.getByTestId('export-error');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('反貪腐');
  await expect(items.first()).not.toContainText('states');

  // The exported report says it is a draft, on the page header, in the report's language.
  await screen.getByTestId('export-docx').getByLabel('英文').uncheck();
  await screen.getByTestId('export-xlsx').getByLabel('繁體中文').uncheck();
  await screen.getByRole('button', { name: '匯出…' }).click();
  await expect(screen.getByTestId('export-status')).toContainText('1', { timeout: 30_000 });
  await expect(screen.getByTestId('export-files')).toContainText('esg-report-2024-zh-Hant.docx', { timeout: 30_000 });
  const zip = await JSZip.loadAsync(readFileSync(join(host.dir, 'esg-report-2024-zh-Hant.docx')));
  const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => docxPart(zip, n)));
  expect(headers.join('')).toContain('草稿：未發佈，檢查仍報告2項錯誤');

  // A narrative error jumps to its section in the outline.
  await items.first().getByRole('button', { name: /前往章節/ }).click();
  await expect(page.getByTestId('outline-row').and(page.locator('.selected'))).toContainText('反貪腐');

  // 2023 has HKEX KPIs without data: the jump opens the grid at a metric that would disclose one.
  await page.getByRole('menuitem', { name: '匯出' }).click();
  await screen.getByLabel('報告年度').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-content', { hasText: '2023' }).click();
  await expect(review).toContainText('2023年');
  const cellJump = review.getByRole('button', { name: /前往儲存格/ }).first();
  await cellJump.click();
  const grid = page.getByTestId('data-entry');
  await expect(grid).toBeVisible();
  const focused = grid.locator('.ag-cell-focus[col-id="value"]');
  await expect(focused).toHaveCount(1);
  // The grid opens with its filters cleared and the metric's value cell focused.
  await expect(grid.locator('.ag-row:has(.ag-cell-focus[col-id="value"])').first()).toHaveAttribute('row-id', /^[a-z]+\.[a-z0-9_.]+\|/);
  // The header follows the finding's year: the 2023 value is the one to enter.
  await expect(page.getByTestId('year-select')).toContainText('2023');
  await expect(grid.getByRole('columnheader', { name: '2023 年數值' })).toBeVisible();
});
