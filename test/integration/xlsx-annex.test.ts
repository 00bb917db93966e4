// The KPI annex as a committee member or assurer opens it: sheets, numbers as numbers at
// full precision, formats, frozen and filtered headers, print setup, traces, indexes.
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkYear } from '../../main/services/check-service.js';
import { computeWorkspaceYear } from '../../main/services/kpi-service.js';
import { buildAnnexBytes, exportAnnex } from '../../main/services/export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { tempDir } from '../helpers.js';

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

function rowOf(ws: ExcelJS.Worksheet, code: string, breakdown = ''): ExcelJS.Row {
  for (let r = 4; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(1).value === code && String(row.getCell(3).value ?? '') === breakdown) return row;
  }
  throw new Error(`${code} ${breakdown} not found in ${ws.name}`);
}

function findRow(ws: ExcelJS.Worksheet, test: (r: ExcelJS.Row) => boolean): ExcelJS.Row {
  for (let r = 4; r <= ws.rowCount; r++) if (test(ws.getRow(r))) return ws.getRow(r);
  throw new Error(`no such row in ${ws.name}`);
}

function sample() {
  return createWorkspace(join(tempDir(), 'sample.esg'), { sample: true, actor: 'test' });
}

describe('KPI annex', () => {
  it('has the sheets of the brief, in order, in the report language', async () => {
    const ws = sample();
    const zh = await load(await buildAnnexBytes(ws, 2024, 'zh-Hant'));
    expect(zh.worksheets.map((s) => s.name)).toEqual(['環境', '僱傭', '培訓', '健康與安全', '供應鏈', '社區投資', '管治及商業道德', '產品責任', '目標', '聯交所ESG指標索引', 'SASB索引', '排放及轉換因子', '計算過程']);
    const en = await load(await buildAnnexBytes(ws, 2024, 'en'));
    expect(en.worksheets.map((s) => s.name)).toEqual(['Environment', 'Employment', 'Training', 'Health and safety', 'Supply chain', 'Community', 'Governance and ethics', 'Product responsibility', 'Targets', 'HKEX ESG index', 'SASB index', 'Factors', 'Calculation trace']);
    ws.close();
  });

  it('writes every year from the baseline as numeric columns at full precision with a display format', async () => {
    const ws = sample();
    const wb = await load(await buildAnnexBytes(ws, 2024, 'en'));
    const env = wb.getWorksheet('Environment') as ExcelJS.Worksheet;
    const header = env.getRow(3).values as unknown[];
    expect(header.slice(1, 9)).toEqual(['Code', 'Metric', 'Breakdown', 'Unit', 'HKEX', 'SASB', '2023', '2024']);
    const kpi = computeWorkspaceYear(ws, 2024).values.find((v) => v.code === 'ghg.scope2_location' && Object.keys(v.dims).length === 0);
    const cell = rowOf(env, 'ghg.scope2_location').getCell(8);
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(cell.value).toBe(kpi?.value);
    // Shown whole, as the report prints it (27.40 萬噸 in Chinese, 273,975 tCO2e in English).
    expect(cell.numFmt).toBe('#,##0');
    expect(rowOf(env, 'ghg.scope2_location').getCell(5).value).toBe('A1.2');
    // Breakdowns get their own rows, labelled in the report language.
    const s3 = findRow(env, (r) => r.getCell(1).value === 'ghg.scope3' && /^Scope 3 category 8: Upstream leased assets$/.test(String(r.getCell(3).value)));
    expect(s3.getCell(8).value).toBe(862800);
    ws.close();
  });

  it('marks "not applicable" with its reason, and freezes, filters and prints the header', async () => {
    const ws = sample();
    const wb = await load(await buildAnnexBytes(ws, 2024, 'zh-Hant'));
    const env = wb.getWorksheet('環境') as ExcelJS.Worksheet;
    const pack = rowOf(env, 'waste.packaging');
    expect(pack.getCell(8).value).toBe('不適用');
    expect(String(pack.getCell(9).value)).toMatch(/2024: 不適用 — .+/);
    expect(env.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(env.autoFilter).toBeTruthy();
    expect(env.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'landscape', printTitlesRow: '3:3' });
    expect(env.getColumn(2).width).toBeGreaterThan(10);
    ws.close();
  });

  it('traces each derived KPI to formula, inputs and factors with sources', async () => {
    const ws = sample();
    const wb = await load(await buildAnnexBytes(ws, 2024, 'en'));
    const trace = wb.getWorksheet('Calculation trace') as ExcelJS.Worksheet;
    const row = rowOf(trace, 'ghg.scope2_location');
    expect(row.getCell(6).value).toBe('energy.electricity * factor.grid_location + energy.heat * factor.heat_ef');
    expect(String(row.getCell(7).value)).toContain('energy.electricity = 509733.53 MWh');
    expect(String(row.getCell(8).value)).toMatch(/factor\.grid_location = 0\.5366 tCO2\/MWh \(Source: .+\)/);
    const factors = wb.getWorksheet('Factors') as ExcelJS.Worksheet;
    const f = [...Array(factors.rowCount).keys()].map((i) => factors.getRow(i + 1)).find((r) => r.getCell(1).value === 2024 && r.getCell(2).value === 'factor.grid_location');
    expect(f?.getCell(4).value).toBe(0.5366);
    expect(String(f?.getCell(6).value)).toMatch(/\S/);
    ws.close();
  });

  it('lists every HKEX KPI in the index, with the reason where one does not apply', async () => {
    const ws = sample();
    const wb = await load(await buildAnnexBytes(ws, 2024, 'en'));
    const idx = wb.getWorksheet('HKEX ESG index') as ExcelJS.Worksheet;
    const codes = new Set<string>();
    idx.eachRow((r, n) => n > 3 && codes.add(String(r.getCell(1).value)));
    for (const k of ['A1.1', 'A1.2', 'A2.5', 'B1.1', 'B1.2', 'B2.1', 'B5.1', 'B6.1', 'B8.2']) expect(codes).toContain(k);
    expect([...codes].filter((c) => /^[AB]\d\.\d$/.test(c))).toHaveLength(36);
    expect(String(findRow(idx, (r) => r.getCell(1).value === 'A1.2').getCell(3).value)).toContain('ghg.scope2_location');
    expect(String(findRow(idx, (r) => r.getCell(1).value === 'A2.5').getCell(5).value)).toMatch(/^N\/A: \S+/);
    ws.close();
  });

  it('gives the same bytes for the same workspace and options', async () => {
    const ws = sample();
    const a = await buildAnnexBytes(ws, 2024, 'zh-Hant');
    const b = await buildAnnexBytes(ws, 2024, 'zh-Hant');
    expect(Buffer.compare(a, b)).toBe(0);
    expect(Buffer.compare(a, await buildAnnexBytes(ws, 2024, 'en'))).not.toBe(0);
    ws.close();
  });

  it('never writes typed text as something a spreadsheet would run as a formula', async () => {
    const ws = sample();
    const v = ws.values.get('energy.diesel', 2024, {});
    if (!v) throw new Error('sample lacks diesel');
    ws.values.put({ ...v, note: '=HYPERLINK("http://attacker.example","click")' }, 'test');
    const wb = await load(await buildAnnexBytes(ws, 2024, 'en'));
    const cell = rowOf(wb.getWorksheet('Environment') as ExcelJS.Worksheet, 'energy.diesel').getCell(9);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(String(cell.value)).toContain(`2024: =HYPERLINK`); // inside the notes text, not at its start
    ws.values.put({ ...v, note: null }, 'test');
    ws.profile.setCompany({ ...(ws.profile.company() as NonNullable<ReturnType<typeof ws.profile.company>>), nameEn: '+cmd|calc' }, 'test');
    const wb2 = await load(await buildAnnexBytes(ws, 2024, 'en'));
    const title = (wb2.getWorksheet('Environment') as ExcelJS.Worksheet).getCell('A1');
    expect(String(title.value).startsWith("'+cmd|calc")).toBe(true);
    ws.close();
  });

  it('writes atomically: the file is whole, and a refused export leaves the previous file as it was', async () => {
    const ws = sample();
    const dir = tempDir();
    const file = join(dir, 'annex.xlsx');
    writeFileSync(file, 'previous export');
    await expect(exportAnnex(ws, 2024, 'en', join(dir, 'missing-dir', 'annex.xlsx'))).rejects.toThrow(/ENOENT/);
    expect(readFileSync(file, 'utf8')).toBe('previous export');
    const r = await exportAnnex(ws, 2024, 'en', file);
    expect(r.bytes).toBe(readFileSync(file).length);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    ws.close();
  });

  it('records the export, so a prior-year value changed afterwards is listed as a restatement', async () => {
    const ws = sample();
    const file = join(tempDir(), 'annex.xlsx');
    await exportAnnex(ws, 2024, 'en', file, 'alice');
    expect(checkYear(ws, 2024).filter((f) => f.rule === 'restatement')).toEqual([]);
    const lost = ws.values.get('safety.lost_days', 2023, {});
    if (!lost) throw new Error('sample lacks 2023 lost days');
    ws.values.put({ ...lost, value: 390 }, 'bob');
    const found = checkYear(ws, 2024).filter((f) => f.rule === 'restatement');
    expect(found.map((f) => f.metric)).toContain('safety.lost_days');
    ws.close();
  });
});
