// A figure has one display precision, whichever language the report is in: the English report
// prints Scope 1 as 2,083 tCO2e where the Chinese prints 0.21 萬噸 (not 2,083.17, whose
// hundredths no meter gives), and every other KPI row with the very digits of the Chinese one.
// The annex shows the same precision while its cells keep the full value.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { buildAnnexBytes } from '../../main/services/export-service.js';
import { computeWorkspaceYear } from '../../main/services/kpi-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { docxPart } from '../docx-text.js';
import { tempDir } from '../helpers.js';

const cellText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
/** The KPI tables of a report (second header cell 單位 / Unit), as rows of cell texts. */
function kpiTables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map((t) => [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => cellText(c[0]))))
    .filter((rows) => ['單位', 'Unit'].includes(rows[0]?.[1] ?? ''));
}
const decimalsOf = (text: string) => (text.includes('.') ? (text.split('.')[1] as string).length : 0);
const numberOf = (text: string) => Number(text.replace(/,/g, ''));

describe('display precision in both languages', () => {
  let zh: string[][][];
  let en: string[][][];
  let annex: ExcelJS.Workbook;
  let scope1 = 0;
  beforeAll(async () => {
    const ws = createWorkspace(`${tempDir()}/sample.esg`, { sample: true, actor: 'test' });
    try {
      zh = kpiTables(await docxPart(await buildReportDocx(ws, 2024, 'zh-Hant')));
      en = kpiTables(await docxPart(await buildReportDocx(ws, 2024, 'en')));
      annex = new ExcelJS.Workbook();
      await annex.xlsx.load((await buildAnnexBytes(ws, 2024, 'en')) as unknown as ArrayBuffer);
      scope1 = computeWorkspaceYear(ws, 2024).values.find((v) => v.code === 'ghg.scope1' && Object.keys(v.dims).length === 0)?.value ?? 0;
    } finally {
      ws.close();
    }
  }, 120_000);

  it('prints every KPI row of the English report at the precision of the Chinese row', () => {
    expect(en.length).toBe(zh.length);
    expect(zh.length).toBeGreaterThanOrEqual(5);
    let compared = 0;
    let large = 0;
    zh.forEach((table, t) => {
      const other = en[t] as string[][];
      expect(other.length, `table ${t}`).toBe(table.length);
      table.slice(1).forEach((row, r) => {
        const enRow = other[r + 1] as string[];
        const unit = row[1] ?? '';
        row.slice(2).forEach((z, c) => {
          const e = enRow[c + 2] ?? '';
          const where = `${row[0]} / ${enRow[0]} (${unit}): ${z} | ${e}`;
          if (z === '' || z === '—') return expect(e, where).toBe(z);
          compared++;
          if (unit.startsWith('萬')) {
            // 萬 to two decimals is hundreds of units: the English figure is whole and rounds to it.
            large++;
            const d = decimalsOf(z);
            expect(decimalsOf(e), where).toBe(0);
            expect(Math.abs(numberOf(e) - numberOf(z) * 10_000), where).toBeLessThanOrEqual(0.5 * 10 ** (4 - d) + 1e-6);
          } else expect(e, where).toBe(z);
        });
      });
    });
    expect(compared).toBeGreaterThan(80);
    expect(large).toBeGreaterThanOrEqual(12);
  });

  it('names the figures a reader checks', () => {
    const row = (tables: string[][][], label: RegExp) => tables.flat().find((r) => label.test(r[0] ?? ''));
    expect(row(en, /^Scope 1 emissions/)?.slice(1)).toEqual(['tCO₂e', '2,083']);
    expect(row(zh, /^範圍一排放量/)?.slice(1)).toEqual(['萬噸二氧化碳當量', '0.21']);
    expect(row(en, /^Total Scope 3 emissions/)?.[2]).toBe('1,259,100');
    // Figures the Chinese report prints with decimals keep them in English.
    expect(row(en, /^Indirect energy intensity/)?.[2]).toBe('18.46');
    expect(row(en, /^Green electricity and certificates/)?.[2]).toBe('411,779.0');
  });

  it('shows the annex cell at that precision and keeps its full value', () => {
    const env = annex.getWorksheet('Environment') as ExcelJS.Worksheet;
    let cell: ExcelJS.Cell | undefined;
    let intensity: ExcelJS.Cell | undefined;
    env.eachRow((r) => {
      if (r.getCell(3).value) return;
      if (r.getCell(1).value === 'ghg.scope1') cell = r.getCell(8);
      if (r.getCell(1).value === 'ghg.scope12_intensity') intensity = r.getCell(8);
    });
    expect(cell?.value).toBe(scope1);
    expect(Number.isInteger(scope1)).toBe(false);
    expect(cell?.numFmt).toBe('#,##0');
    expect(intensity?.numFmt).toBe('#,##0.00');
  });
});
