// The Export screen: both reports and both annexes written into the host's folder, with
// progress, then read back as a reviewer's program would open them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { test, expect } from './fixtures.js';
import { docxPart } from '../docx-text.js';

test.use({ lang: 'en' });

test('exports the DOCX report and the XLSX annex in both languages, and they open', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: 'Export' }).click();
  const screen = page.getByTestId('export-screen');
  await expect(screen.getByText(`Files are saved in ${host.dir}.`)).toBeVisible();
  await screen.getByTestId('export-xlsx').getByLabel('English').check();
  await screen.getByRole('button', { name: 'Export…' }).click();
  await expect(screen.getByTestId('export-status')).toContainText('Exported 4 files', { timeout: 30_000 });
  const names = ['esg-report-2024-zh-Hant.docx', 'esg-report-2024-en.docx', 'kpi-annex-2024-zh-Hant.xlsx', 'kpi-annex-2024-en.xlsx'];
  for (const n of names) await expect(screen.getByTestId('export-files')).toContainText(n);

  for (const [n, heading] of [['esg-report-2024-en.docx', 'Scope 1'], ['esg-report-2024-zh-Hant.docx', '範圍']] as const) {
    const path = join(host.dir, n);
    expect(existsSync(path)).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = await docxPart(zip, 'word/document.xml');
    expect(xml).toContain('Heading1');
    expect(xml).toContain(heading);
  }
  for (const [n, total] of [['kpi-annex-2024-en.xlsx', 'workforce.total'], ['kpi-annex-2024-zh-Hant.xlsx', 'workforce.total']] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(host.dir, n));
    expect(wb.worksheets.length).toBeGreaterThan(5);
    let found: unknown = null;
    wb.eachSheet((s) => s.eachRow((r) => {
      if (r.getCell(1).value === total && found === null) found = r.values;
    }));
    expect(JSON.stringify(found)).toContain('27674');
  }
});
