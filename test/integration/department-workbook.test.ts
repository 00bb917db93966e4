// The data-collection round trip: a department's workbook, filled the way Excel would fill
// it, imported back; and every way a returned workbook can be wrong, refused whole.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderImportProblem } from '../../main/cli/import-problems.js';
import { ImportError, importFiles, previewImport } from '../../main/services/import-service.js';
import { computeWorkspaceYear } from '../../main/services/kpi-service.js';
import { writeDepartmentWorkbooks } from '../../main/services/sheets-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { loadWorkspaceCatalogue } from '../../main/services/workspace-catalogue.js';
import type { Workspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

const DATA = '數據 Data';

async function setup(year = 2025) {
  const dir = tempDir();
  const ws = createWorkspace(join(dir, 'sample.esg'), { sample: true, actor: 'test' });
  const files = await writeDepartmentWorkbooks(ws, year, join(dir, 'out'));
  const file = (dept: string) => files.find((f) => f.department === dept)?.file as string;
  return { dir, ws, files, file };
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Row number of a metric (and dimension key) in the data sheet. */
function rowFor(ws: ExcelJS.Worksheet, code: string, dims = ''): number {
  for (let r = 5; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code && (ws.getCell(r, 5).value ?? '') === dims) return r;
  throw new Error(`${code} ${dims} not in sheet`);
}

async function fill(src: string, dst: string, edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await open(src);
  edit(wb.getWorksheet(DATA) as ExcelJS.Worksheet, wb);
  await wb.xlsx.writeFile(dst);
  return dst;
}

async function refusal(ws: Workspace, paths: string[]): Promise<string> {
  const before = ws.values.listAll().length;
  try {
    await importFiles(ws, paths, { actor: 'owner' });
  } catch (e) {
    expect(ws.values.listAll().length).toBe(before);
    if (e instanceof ImportError) return e.problems.map((p) => renderImportProblem(p, 'en')).join('\n');
    throw e;
  }
  throw new Error('expected the workbook to be refused');
}

describe('department workbooks', () => {
  it('gives each department only its metrics, prior year beside the input, inputs unlocked and validated', async () => {
    const { ws, files, file } = await setup();
    expect(files.map((f) => f.department).sort()).toEqual(['data_centres', 'esg_office', 'facilities', 'foundation', 'hr', 'legal', 'procurement', 'security']);
    const wb = await open(file('facilities'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['說明 Instructions', DATA, '_esg']);
    expect(wb.getWorksheet('_esg')?.state).toBe('veryHidden');
    const sheet = wb.getWorksheet(DATA) as ExcelJS.Worksheet;
    const owners = new Map(ws.catalogue.metrics().map((m) => [m.code, m.owner]));
    for (let r = 5; r <= sheet.rowCount; r++) expect(owners.get(String(sheet.getCell(r, 1).value))).toBe('facilities');
    expect(sheet.getCell(4, 7).value).toBe('2024 (prior year 上年)');
    expect(sheet.getCell(4, 8).value).toBe('2025 (enter 填寫)');
    const elec = rowFor(sheet, 'energy.electricity');
    expect(sheet.getCell(elec, 7).value).toBe(509733.53);
    expect(sheet.getCell(elec, 6).value).toBe('MWh');
    expect(sheet.getCell(elec, 8).protection?.locked).toBe(false);
    expect(sheet.getCell(elec, 7).protection?.locked).not.toBe(false);
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } }).dataValidations.model;
    expect(validations[`H${elec}`]).toMatchObject({ type: 'decimal', formulae: [0] });
    expect(validations[`I${elec}`]).toMatchObject({ type: 'list', formulae: ['"NA 不適用"'] });
    expect(validations[`K${elec}`]).toMatchObject({ type: 'list' });
    expect(validations[`G${elec}`]).toBeUndefined();
    const hr = (await open(file('hr'))).getWorksheet(DATA) as ExcelJS.Worksheet;
    const hrValidations = (hr as unknown as { dataValidations: { model: Record<string, { operator: string; formulae: unknown[] }> } }).dataValidations.model;
    expect(hrValidations[`H${rowFor(hr, 'workforce.female_managers_share')}`]).toMatchObject({ operator: 'between', formulae: [0, 100] });
    expect(hrValidations[`H${rowFor(hr, 'workforce.total')}`]).toMatchObject({ operator: 'greaterThanOrEqual', formulae: [0] });
    ws.close();
  });

  it('asks each fuel in its own unit, once, with no total across fuels; a workbook filled in every cell imports whole', async () => {
    const { ws, dir, files, file } = await setup();
    const fuels = loadWorkspaceCatalogue(ws).dimensions.find((d) => d.key === 'fuel')?.values ?? [];
    const townGas = fuels.find((f) => f.code === 'town_gas');
    expect(townGas?.unit).toBeTruthy();
    const facilities = (await open(file('facilities'))).getWorksheet(DATA) as ExcelJS.Worksheet;
    expect(facilities.getCell(rowFor(facilities, 'energy.fuel', 'fuel=town_gas'), 6).value).toBe(townGas?.unit);
    // Natural gas is asked once, as energy.natural_gas (the code that keeps it), not again as a fuel row.
    expect(facilities.getCell(rowFor(facilities, 'energy.natural_gas'), 6).value).toBe('m³');
    expect(() => rowFor(facilities, 'energy.fuel', 'fuel=natural_gas')).toThrow(/not in sheet/);
    const office = (await open(file('esg_office'))).getWorksheet(DATA) as ExcelJS.Worksheet;
    expect(() => rowFor(office, 'factor.fuel_ncv')).toThrow(/not in sheet/);
    expect(office.getCell(rowFor(office, 'factor.fuel_ncv', 'fuel=town_gas'), 6).value).toBe(`GJ/${townGas?.unit}`);
    // A data owner who fills every input cell of every workbook: nothing is refused, nothing asked twice.
    const filled: string[] = [];
    for (const f of files) {
      filled.push(
        await fill(f.file, join(dir, `filled-${f.department}.xlsx`), (sheet) => {
          for (let r = 5; r <= sheet.rowCount; r++) {
            expect(String(sheet.getCell(r, 6).value ?? ''), `${f.department} row ${r}`).not.toContain('{');
            sheet.getCell(r, 8).value = sheet.getCell(r, 6).value === '%' ? 50 : r;
          }
        }),
      );
    }
    await expect(importFiles(ws, filled, { actor: 'owner', overwrite: true })).resolves.toBeTruthy();
    ws.close();
  });

  it('writes every sheet\'s parts in the order the schema requires (Excel refuses files that do not)', async () => {
    const { ws, files } = await setup();
    // ECMA-376 Part 1, CT_Worksheet: the children that may appear, in their required order.
    const ORDER = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
    for (const f of files) {
      const zip = await JSZip.loadAsync(readFileSync(f.file));
      const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
      expect(sheets).toHaveLength(3);
      for (const name of sheets) {
        const xml = await (zip.file(name) as JSZip.JSZipObject).async('string');
        // The worksheet's own children: tags at depth one.
        const children: string[] = [];
        let depth = 0;
        for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:]*)[^>]*?(\/?)>/g)) {
          if (m[2] === 'xml') continue;
          if (m[1]) depth--;
          else {
            if (depth === 1) children.push(m[2] as string);
            if (!m[3]) depth++;
          }
        }
        const positions = children.map((c) => ORDER.indexOf(c));
        expect(positions, `${f.department} ${name}: ${children.join(' ')}`).not.toContain(-1);
        expect(positions, `${f.department} ${name}: ${children.join(' ')}`).toEqual([...positions].sort((a, b) => a - b));
        expect(children).toContain('sheetProtection');
      }
    }
    ws.close();
  });

  it('imports a workbook filled the way Excel fills it and recomputes the KPIs', async () => {
    const { dir, ws, file } = await setup();
    const filled = await fill(file('facilities'), join(dir, 'facilities-filled.xlsx'), (s) => {
      s.getCell(rowFor(s, 'energy.electricity'), 8).value = 500000;
      s.getCell(rowFor(s, 'energy.heat'), 8).value = '4,000';
      s.getCell(rowFor(s, 'energy.natural_gas'), 8).value = '90 萬立方米';
      s.getCell(rowFor(s, 'water.fresh'), 8).value = '21.5 萬噸';
      s.getCell(rowFor(s, 'waste.hazardous'), 8).value = 48000;
      s.getCell(rowFor(s, 'air.nox'), 9).value = 'NA 不適用';
      s.getCell(rowFor(s, 'air.nox'), 10).value = 'No boilers; gas used only in kitchens';
      s.getCell(rowFor(s, 'energy.electricity'), 11).value = 'Yes 是';
    });
    const plan = await previewImport(ws, [filled]);
    expect(plan.problems).toEqual([]);
    expect(plan.values.map((c) => c.status)).toEqual(plan.values.map(() => 'new'));
    const summary = await importFiles(ws, [filled], { actor: 'facilities-owner' });
    expect(summary.inserted).toBe(6);
    expect(ws.values.get('water.fresh', 2025, {})?.value).toBe(215000);
    expect(ws.values.get('energy.natural_gas', 2025, {})?.value).toBe(900000);
    expect(ws.values.get('energy.electricity', 2025, {})).toMatchObject({ value: 500000, estimated: true });
    expect(ws.values.get('air.nox', 2025, {})).toMatchObject({ value: null, naReason: 'No boilers; gas used only in kitchens' });
    const indirect = computeWorkspaceYear(ws, 2025).values.find((v) => v.code === 'energy.indirect' && Object.keys(v.dims).length === 0);
    expect(indirect?.value).toBeCloseTo(500000 + 4000 / 3.6, 6);
    const [entry] = ws.audit.valueHistory('water.fresh', 2025, 'water.fresh|2025|');
    expect(entry?.context).toBe(`import facilities-filled.xlsx ['${DATA}'!H${rowFor((await open(filled)).getWorksheet(DATA) as ExcelJS.Worksheet, 'water.fresh')}]`);
    ws.close();
  });

  it('previews changes against current values and needs --overwrite to replace them', async () => {
    const { dir, ws, file } = await setup(2024);
    const filled = await fill(file('facilities'), join(dir, 'f.xlsx'), (s) => {
      s.getCell(rowFor(s, 'energy.electricity'), 8).value = 509733.53; // unchanged (pre-filled)
      s.getCell(rowFor(s, 'energy.heat'), 8).value = 5000; // changed from 4,111.27
    });
    const plan = await previewImport(ws, [filled]);
    const heat = plan.values.find((c) => c.metric === 'energy.heat');
    expect(heat).toMatchObject({ status: 'changed', old: { value: 4111.27 }, new: { value: 5000 } });
    expect(plan.problems.map((p) => renderImportProblem(p, 'en'))).toEqual([expect.stringMatching(/: would overwrite 2024 = 4111.27 with 5000; use --overwrite to replace it$/)]);
    await importFiles(ws, [filled], { actor: 'x', overwrite: true });
    expect(ws.values.get('energy.heat', 2024, {})?.value).toBe(5000);
    ws.close();
  });

  it('refuses text, formulas, both NA and a value, and NA without a reason, naming sheet and cell', async () => {
    const { dir, ws, file } = await setup();
    let rows: Record<string, number> = {};
    const filled = await fill(file('facilities'), join(dir, 'bad.xlsx'), (s) => {
      rows = { elec: rowFor(s, 'energy.electricity'), heat: rowFor(s, 'energy.heat'), water: rowFor(s, 'water.fresh'), nox: rowFor(s, 'air.nox'), gas: rowFor(s, 'energy.natural_gas') };
      s.getCell(rows.elec as number, 8).value = 'about five hundred';
      s.getCell(rows.heat as number, 8).value = { formula: 'G7*1.1', result: 4522 } as ExcelJS.CellFormulaValue;
      s.getCell(rows.water as number, 8).value = 20;
      s.getCell(rows.water as number, 9).value = 'NA 不適用';
      s.getCell(rows.water as number, 10).value = 'metered by landlord';
      s.getCell(rows.nox as number, 9).value = 'NA 不適用';
      s.getCell(rows.gas as number, 8).value = '12 kg';
    });
    const msg = await refusal(ws, [filled]);
    expect(msg).toContain(`bad.xlsx ['${DATA}'!H${rows.elec}]: energy.electricity value "about five hundred": expected a number in MWh`);
    expect(msg).toContain(`['${DATA}'!H${rows.heat}]: energy.heat value "=G7*1.1": holds a formula; formulas are not evaluated`);
    expect(msg).toContain(`['${DATA}'!H${rows.water}]: water.fresh value "20": has both a value and NA`);
    expect(msg).toContain(`['${DATA}'!J${rows.nox}]: air.nox: "not applicable" needs its reason in this cell`);
    expect(msg).toContain(`['${DATA}'!H${rows.gas}]: energy.natural_gas value "12 kg": unit "kg" cannot be converted to m³`);
    ws.close();
  });

  it('refuses a workbook for another workspace, or for a year the workspace does not have', async () => {
    const { dir, ws, file } = await setup();
    const other = createWorkspace(join(dir, 'other.esg'), { sample: true, actor: 't' });
    expect(await refusal(other, [file('hr')])).toMatch(/it was made for another workspace/);
    other.close();
    // Workbooks made for 2030, after which the year was removed from the workspace again.
    const y2030 = await writeDepartmentWorkbooks(ws, 2030, join(dir, 'future'));
    ws.db.prepare('DELETE FROM reporting_year WHERE year = 2030').run();
    expect(await refusal(ws, [y2030[0]?.file as string])).toMatch(/collects 2030, a year this workspace does not have/);
    ws.close();
  });

  it('refuses renamed or reordered sheets, moved columns and moved rows', async () => {
    const { dir, ws, file } = await setup();
    const renamed = await fill(file('hr'), join(dir, 'renamed.xlsx'), (s) => (s.name = 'Sheet1'));
    expect(await refusal(ws, [renamed])).toMatch(/the sheet "數據 Data" was renamed or removed \(sheets found: 說明 Instructions, Sheet1, _esg\)/);

    const src = await open(file('hr'));
    const orderFile = join(dir, 'reordered.xlsx');
    (src.getWorksheet(DATA) as unknown as { orderNo: number }).orderNo = 0;
    (src.getWorksheet('說明 Instructions') as unknown as { orderNo: number }).orderNo = 1;
    await src.xlsx.writeFile(orderFile);
    expect(await refusal(ws, [orderFile])).toMatch(/the sheets were renamed, added or reordered/);

    const moved = await fill(file('hr'), join(dir, 'moved.xlsx'), (s) => {
      s.spliceColumns(7, 1); // delete the prior-year column: inputs shift left
    });
    expect(await refusal(ws, [moved])).toMatch(/\['數據 Data'!G4\]: this column should be headed "2024 \(prior year 上年\)" but reads "2025 \(enter 填寫\)": columns were moved or changed/);

    const sorted = await fill(file('hr'), join(dir, 'sorted.xlsx'), (s) => {
      const a = s.getRow(6).values;
      const b = s.getRow(7).values;
      s.getRow(6).values = b as ExcelJS.CellValue[];
      s.getRow(7).values = a as ExcelJS.CellValue[];
      s.getCell(6, 8).value = 100;
    });
    expect(await refusal(ws, [sorted])).toMatch(/row 6 should hold workforce\.total \[gender=male\] but holds workforce\.total \[gender=female\]: rows were moved/);
    ws.close();
  });

  it('refuses a zip bomb, a truncated file and a file that is not a workbook, quickly', async () => {
    const { dir, ws, file } = await setup();
    const bomb = new JSZip();
    bomb.file('xl/worksheets/sheet1.xml', new Uint8Array(40 * 1024 * 1024));
    const bombFile = join(dir, 'bomb.xlsx');
    writeFileSync(bombFile, await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const t0 = performance.now();
    expect(await refusal(ws, [bombFile])).toMatch(/bomb\.xlsx \[workbook\]: the workbook is compressed suspiciously well/);
    expect(performance.now() - t0).toBeLessThan(2000);

    const bytes = readFileSync(file('hr'));
    const truncated = join(dir, 'truncated.xlsx');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refusal(ws, [truncated])).toMatch(/truncated\.xlsx \[workbook\]: the workbook is damaged or truncated/);

    const text = join(dir, 'notes.xlsx');
    writeFileSync(text, 'just some text pretending to be a workbook');
    expect(await refusal(ws, [text])).toMatch(/not an XLSX workbook/);
    ws.close();
  });

  it('is all or nothing with CSV files in the same import', async () => {
    const { dir, ws, file } = await setup();
    const ok = await fill(file('foundation'), join(dir, 'foundation.xlsx'), (s) => (s.getCell(5, 8).value = 5000000));
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'metric,year,value,unit,dimensions,note\nenergy.heat,2025,lots,GJ,,\n');
    expect(await refusal(ws, [ok, csv])).toMatch(/bad\.csv:2: energy\.heat value "lots"/);
    ws.close();
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  it.runIf(soffice)('survives being saved by LibreOffice, and LibreOffice opens the annex and the workbooks', async () => {
    const { dir, ws, file } = await setup();
    const filled = await fill(file('hr'), join(dir, 'hr.xlsx'), (s) => (s.getCell(rowFor(s, 'workforce.total'), 8).value = 28100));
    const out = join(dir, 'lo');
    const r = spawnSync(soffice as string, ['--headless', '--convert-to', 'xlsx', '--outdir', out, filled], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    await importFiles(ws, [join(out, 'hr.xlsx')], { actor: 'hr' });
    expect(ws.values.get('workforce.total', 2025, {})?.value).toBe(28100);
    const pdf = spawnSync(soffice as string, ['--headless', '--convert-to', 'pdf', '--outdir', out, file('esg_office')], { encoding: 'utf8', timeout: 120_000 });
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(readFileSync(join(out, '2025-esg_office.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    ws.close();
  }, 240_000);
});
