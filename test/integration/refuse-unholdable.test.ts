// Input the workspace cannot hold is refused through `import`, naming the file and the place,
// with the workspace unchanged: invalid UTF-8, numbers too large before or after conversion,
// sums over sites too large, conversions that would read 0, negative or nonsensical targets,
// a department workbook whose hidden identity was changed. And full-width digits read the
// same in CSV, workbook and grid.
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderImportProblem } from '../../main/cli/import-problems.js';
import { setValue } from '../../main/services/entry-service.js';
import { ImportError, importFiles } from '../../main/services/import-service.js';
import { writeDepartmentWorkbooks } from '../../main/services/sheets-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import type { Workspace } from '../../main/store/workspace.js';
import { tempDir, writeFile } from '../helpers.js';

const HEADER = 'metric,year,value,unit,dimensions,note\n';
const TARGETS = 'code,metric,baseline_year,target_year,type,target_value,title_zh,title_en\n';
const DATA = '數據 Data';

function freshWorkspace(sample = false) {
  const dir = tempDir();
  const ws = createWorkspace(join(dir, 'acme.esg'), { actor: 'test', sample });
  for (const code of ['SH-01', 'BJ-01']) ws.profile.putSite({ code, nameZh: code, nameEn: code, kind: 'office' }, 'test');
  return { dir, ws };
}

const checksum = (ws: Workspace) =>
  createHash('sha256').update(JSON.stringify([ws.values.listAll().map((v) => [v.metric, v.year, v.dims, v.value, v.naReason, v.note]), ws.targets.list()])).digest('hex');

/** The problems as the command line prints them, after checking that nothing was written. */
async function refused(ws: Workspace, files: string[]): Promise<string[]> {
  const before = checksum(ws);
  try {
    await importFiles(ws, files, { actor: 't' });
  } catch (e) {
    expect(checksum(ws)).toBe(before);
    if (e instanceof ImportError) return e.problems.map((p) => renderImportProblem(p, 'en'));
    throw e;
  }
  throw new Error('expected the import to be refused');
}

describe('refusing what the workspace cannot hold', () => {
  it('refuses a CSV with invalid UTF-8 in a note, naming the file and the line', async () => {
    const { dir, ws } = freshWorkspace();
    const f = join(dir, 'latin1.csv');
    // "café" saved as Latin-1: 0xE9 alone is not UTF-8 (it used to be stored as U+FFFD).
    writeFileSync(f, Buffer.concat([Buffer.from(HEADER + 'energy.heat,2024,5,GJ,,ok\nwater.fresh,2024,3,t,,caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(await refused(ws, [f])).toEqual([`${f}:3: this line is not valid UTF-8 text: save the file as "CSV UTF-8"`]);
    ws.close();
  });

  it('refuses numbers too large to hold before and after conversion, and conversions that would read 0', async () => {
    const { dir, ws } = freshWorkspace();
    const f = writeFile(dir, 'huge.csv', HEADER + 'water.fresh,2024,1e308,萬噸,,\nwater.fresh,2023,1e309,t,,\nwater.wastewater,2024,5e-324,g,,\nwater.wastewater,2023,1e-300,kg,,\n');
    expect(await refused(ws, [f])).toEqual([
      `${f}:2: water.fresh value "1e308": converted from 萬噸 to t it is too large to hold`,
      `${f}:3: water.fresh value "1e309": is too large to hold: not a finite number`,
      `${f}:4: water.wastewater value "5e-324": converted from g to t it is too small to hold (it would read 0)`,
    ]);
    ws.close();
  });

  it('refuses two site rows whose total is too large to hold, naming both rows; also against a stored site', async () => {
    const { dir, ws } = freshWorkspace();
    const f = writeFile(dir, 'sites.csv', HEADER + 'energy.heat,2024,1e308,GJ,site=SH-01,\nenergy.heat,2024,1e308,GJ,site=BJ-01,\n');
    const [line, ...rest] = await refused(ws, [f]);
    expect(rest).toEqual([]);
    expect(line).toBe(`${f}:2: energy.heat: the sum over sites of energy.heat 2024 is too large to hold (rows sites.csv:2, sites.csv:3): check the figures and their units`);

    await importFiles(ws, [writeFile(dir, 'one.csv', HEADER + 'energy.heat,2024,1e308,GJ,site=SH-01,\n')], { actor: 't' });
    const other = writeFile(dir, 'other.csv', HEADER + 'energy.heat,2024,1e308,GJ,site=BJ-01,\n');
    expect((await refused(ws, [other]))[0]).toMatch(/^.*other\.csv:2: energy\.heat: the sum over sites of energy\.heat 2024 is too large/);
    // Replacing the stored site's figure is no overflow: it is not counted twice.
    const replace = writeFile(dir, 'replace.csv', HEADER + 'energy.heat,2024,1e308,GJ,site=SH-01,\n');
    await expect(importFiles(ws, [replace], { actor: 't' })).resolves.toMatchObject({ unchanged: 1 });
    ws.close();
  });

  it('refuses figures that each hold but give a KPI too large to hold, also against a stored figure', async () => {
    const { dir, ws } = freshWorkspace();
    // Purchased heat and its factor, so that Scope 2 (electricity × grid factor + heat × heat factor) computes.
    await importFiles(ws, [writeFile(dir, 'heat.csv', HEADER + 'energy.heat,2024,0,GJ,,\nfactor.heat_ef,2024,0.11,tCO2/GJ,,MEE\n')], { actor: 't' });
    const both = writeFile(dir, 'both.csv', HEADER + 'energy.electricity,2024,1e200,MWh,,\nfactor.grid_location,2024,1e200,tCO2/MWh,,MEE\n');
    expect(await refused(ws, [both])).toContain(`${both}:2: energy.electricity: with this figure, ghg.scope2_location 2024 would compute to a number too large to hold: check the figures and their units`);
    await importFiles(ws, [writeFile(dir, 'elec.csv', HEADER + 'energy.electricity,2024,1e10,MWh,,\n')], { actor: 't' });
    const factor = writeFile(dir, 'factor.csv', HEADER + 'factor.grid_location,2024,1e300,tCO2/MWh,,MEE\n');
    expect((await refused(ws, [factor])).join('\n')).toMatch(/factor\.csv:2: factor\.grid_location: with this figure, ghg\.scope2_location 2024 would compute to a number too large/);
    ws.close();
  });

  it('refuses a negative absolute target and a share_pct target on a metric that is not a percentage', async () => {
    const { dir, ws } = freshWorkspace();
    const f = writeFile(
      dir,
      'targets.csv',
      TARGETS + 'T1,ghg.scope12,2023,2030,absolute,-5,,\nT2,waste.hazardous,2023,2030,share_pct,50,,\nT3,energy.renewable_share_dc,2023,2030,share_pct,60,,\nT4,ghg.scope12,2023,2030,absolute,100,,\n',
    );
    expect(await refused(ws, [f])).toEqual([
      `${f}:2: ghg.scope12: an absolute target_value must not be negative: ghg.scope12 cannot be negative`,
      `${f}:3: waste.hazardous: a share_pct target needs a metric in %; waste.hazardous is in t (use absolute or reduction_pct)`,
    ]);
    const good = writeFile(dir, 'good.csv', TARGETS + 'T3,energy.renewable_share_dc,2023,2030,share_pct,60,,\nT4,ghg.scope12,2023,2030,absolute,100,,\n');
    await expect(importFiles(ws, [good], { actor: 't' })).resolves.toMatchObject({ inserted: 2 });
    ws.close();
  });

  it('refuses a department workbook whose hidden department, or hidden rows, were changed', async () => {
    const { dir, ws } = freshWorkspace(true);
    const files = await writeDepartmentWorkbooks(ws, 2025, join(dir, 'out'));
    const facilities = files.find((x) => x.department === 'facilities')?.file as string;
    const rewrite = async (name: string, edit: (identity: Record<string, unknown>, meta: ExcelJS.Worksheet) => void) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(facilities);
      const meta = wb.getWorksheet('_esg') as ExcelJS.Worksheet;
      const identity = JSON.parse(String(meta.getCell('B1').value)) as Record<string, unknown>;
      edit(identity, meta);
      meta.getCell('B1').value = JSON.stringify(identity);
      const data = wb.getWorksheet(DATA) as ExcelJS.Worksheet;
      data.getCell(5, 8).value = 1; // a value, so that only the identity can be the reason
      const out = join(dir, name);
      await wb.xlsx.writeFile(out);
      return out;
    };
    const asHr = await rewrite('as-hr.xlsx', (id) => (id['department'] = 'hr'));
    expect(await refused(ws, [asHr])).toEqual([expect.stringMatching(/^.*as-hr\.xlsx \[workbook\]: its hidden identification was changed: row 5 holds \S+, which department hr does not collect$/)]);
    const unknown = await rewrite('finance.xlsx', (id) => (id['department'] = 'finance'));
    expect(await refused(ws, [unknown])).toEqual([expect.stringMatching(/finance\.xlsx \[workbook\]: its hidden identification names department "finance", which this workspace does not have/)]);
    const twice = await rewrite('twice.xlsx', (_id, meta) => {
      meta.getCell(3, 1).value = meta.getCell(2, 1).value; // two identity rows for one sheet row
    });
    expect((await refused(ws, [twice]))[0]).toMatch(/twice\.xlsx \[workbook\]: its hidden identification was changed: row 5 is listed twice/);
    ws.close();
  });

  it('refuses 1e308 萬噸 typed in a workbook cell, naming the cell', async () => {
    const { dir, ws } = freshWorkspace(true);
    const files = await writeDepartmentWorkbooks(ws, 2025, join(dir, 'out'));
    const facilities = files.find((x) => x.department === 'facilities')?.file as string;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(facilities);
    const data = wb.getWorksheet(DATA) as ExcelJS.Worksheet;
    let row = 0;
    for (let r = 5; r <= data.rowCount; r++) if (data.getCell(r, 1).value === 'water.fresh' && !data.getCell(r, 5).value) row = r;
    data.getCell(row, 8).value = '1e308 萬噸';
    const out = join(dir, 'huge.xlsx');
    await wb.xlsx.writeFile(out);
    expect(await refused(ws, [out])).toEqual([`${out} ['${DATA}'!H${row}]: water.fresh value "1e308 萬噸": converted from 萬噸 to t it is too large to hold`]);
    ws.close();
  });

  it('refuses the same in a grid edit: too large after conversion, and a site that makes the total too large', () => {
    const { ws } = freshWorkspace();
    const edit = (dims: Record<string, string>, value: string) => {
      try {
        setValue(ws, { metric: 'energy.heat', year: 2024, dims }, { value }, 't');
        return 'saved';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(edit({}, '1e308 TJ')).toBe('converted from TJ to GJ it is too large to hold');
    expect(edit({ site: 'SH-01' }, '1e308')).toBe('saved');
    expect(edit({ site: 'BJ-01' }, '1e308')).toBe('with the other sites, the total of energy.heat 2024 would be too large to hold');
    expect(ws.values.get('energy.heat', 2024, { site: 'BJ-01' })).toBeUndefined();
    expect(edit({ site: 'SH-01' }, '2e307')).toBe('saved');
    ws.close();
  });

  it('reads full-width digits the same in a CSV, a workbook cell and a grid edit', async () => {
    const { dir, ws } = freshWorkspace(true);
    await importFiles(ws, [writeFile(dir, 'fw.csv', HEADER + 'water.fresh,２０２５,１２，３４５.５,t,,\n')], { actor: 't' });
    expect(ws.values.get('water.fresh', 2025, {})?.value).toBe(12345.5);

    const files = await writeDepartmentWorkbooks(ws, 2025, join(dir, 'out'));
    const facilities = files.find((x) => x.department === 'facilities')?.file as string;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(facilities);
    const data = wb.getWorksheet(DATA) as ExcelJS.Worksheet;
    let row = 0;
    for (let r = 5; r <= data.rowCount; r++) if (data.getCell(r, 1).value === 'water.wastewater' && !data.getCell(r, 5).value) row = r;
    data.getCell(row, 8).value = '１２，３４５.５';
    const out = join(dir, 'fw.xlsx');
    await wb.xlsx.writeFile(out);
    await importFiles(ws, [out], { actor: 't' });
    expect(ws.values.get('water.wastewater', 2025, {})?.value).toBe(12345.5);

    setValue(ws, { metric: 'energy.heat', year: 2025, dims: {} }, { value: '１２，３４５.５' }, 't');
    expect(ws.values.get('energy.heat', 2025, {})?.value).toBe(12345.5);
    ws.close();
  });
});
