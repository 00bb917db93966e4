// Imports merge into what the workspace holds: an empty cell in a file gives nothing, so the
// note, source, estimated flag and entered unit typed in the grid survive an overwrite, and
// a department workbook sent back untouched changes nothing, writes nothing, keeps no backup.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWithBackup, parseSources, planImport, previewImport, importFiles } from '../../main/services/import-service.js';
import { writeDepartmentWorkbooks } from '../../main/services/sheets-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import type { Workspace } from '../../main/store/workspace.js';
import { tempDir, writeFile } from '../helpers.js';

const auditRows = (ws: Workspace) => (ws.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

function sample() {
  const dir = tempDir();
  return { dir, ws: createWorkspace(join(dir, 'sample.esg'), { sample: true, actor: 'test' }) };
}

/** A value as the grid writes it: typed in kWh, with a note, a source and the estimated flag. */
function typeInGrid(ws: Workspace) {
  ws.transaction(() =>
    ws.values.put({ metric: 'energy.electricity', year: 2024, dims: {}, value: 520, naReason: null, enteredValue: '520000', enteredUnit: 'kWh', source: 'power bills', note: 'meter read by hand', estimated: true }, 'grid'),
  );
}

describe('imports merge, they do not wipe', () => {
  it('re-importing untouched department workbooks is 0 changed, with no audit entry and no backup', async () => {
    const { dir, ws } = sample();
    typeInGrid(ws);
    const files = await writeDepartmentWorkbooks(ws, 2024, join(dir, 'out'));
    const paths = files.map((f) => f.file);
    const plan = await previewImport(ws, paths);
    expect(plan.problems).toEqual([]);
    expect(plan.values.length).toBeGreaterThan(50);
    expect(plan.values.filter((v) => v.status !== 'unchanged').map((v) => `${v.metric} ${v.fields.join(',')}`)).toEqual([]);
    const before = auditRows(ws);
    const { summary, backup } = await importWithBackup(ws, () => parseSources(ws, paths.map((p) => ({ name: p, path: p }))), { actor: 'owner' });
    expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: plan.values.length });
    expect(backup).toBeNull();
    expect(auditRows(ws)).toBe(before);
    expect(ws.values.get('energy.electricity', 2024, {})).toMatchObject({ note: 'meter read by hand', source: 'power bills', estimated: true, enteredUnit: 'kWh', enteredValue: '520000', updatedBy: 'grid' });
  });

  it('an overwrite changes the value and keeps the note, source, flag and the unit it was entered in', async () => {
    const { dir, ws } = sample();
    typeInGrid(ws);
    const csv = writeFile(dir, 'new.csv', 'metric,year,value,unit,dimensions,note\nenergy.electricity,2024,600,,,\n');
    const plan = await previewImport(ws, [csv], { overwrite: true });
    expect(plan.values.map((v) => [v.status, v.fields])).toEqual([['changed', ['value']]]);
    await importFiles(ws, [csv], { actor: 'owner', overwrite: true });
    expect(ws.values.get('energy.electricity', 2024, {})).toMatchObject({ value: 600, note: 'meter read by hand', source: 'power bills', estimated: true, enteredUnit: 'kWh', enteredValue: '600000' });
  });

  it('what the file gives replaces, and the preview lists every field that changes', async () => {
    const { dir, ws } = sample();
    typeInGrid(ws);
    const csv = writeFile(dir, 'new.csv', 'metric,year,value,unit,dimensions,note,source,estimated\nenergy.electricity,2024,0.61,GWh,,revised,audit,no\n');
    const [v] = (await previewImport(ws, [csv], { overwrite: true })).values;
    expect(v?.fields).toEqual(['value', 'unit', 'note', 'source', 'estimated']);
    await importFiles(ws, [csv], { actor: 'owner', overwrite: true });
    expect(ws.values.get('energy.electricity', 2024, {})).toMatchObject({ value: 610, note: 'revised', source: 'audit', estimated: false, enteredUnit: 'GWh' });
  });

  it('a value the file names only in canonical units keeps what it is and was entered as', async () => {
    const { dir, ws } = sample();
    typeInGrid(ws);
    const csv = writeFile(dir, 'same.csv', 'metric,year,value,unit,dimensions,note\nenergy.electricity,2024,520,,,\n');
    const before = auditRows(ws);
    const s = await importFiles(ws, [csv], { actor: 'owner' });
    expect(s).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect(auditRows(ws)).toBe(before);
  });

  it('a workbook that brings a new figure is its source only where none was stored, and keeps the note', async () => {
    const { dir, ws } = sample();
    typeInGrid(ws);
    const [hrFile] = (await writeDepartmentWorkbooks(ws, 2024, join(dir, 'out'))).filter((f) => f.department === 'facilities').map((f) => f.file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(hrFile as string);
    const sheet = wb.getWorksheet('數據 Data') as ExcelJS.Worksheet;
    let row = 0;
    for (let r = 5; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === 'energy.electricity' && !sheet.getCell(r, 5).value) row = r;
    sheet.getCell(row, 8).value = 700;
    const filled = join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const plan = planImport(ws, await parseSources(ws, [{ name: filled, path: filled }]), { overwrite: true });
    expect(plan.values.filter((v) => v.status !== 'unchanged').map((v) => [v.metric, v.fields])).toEqual([['energy.electricity', ['value']]]);
    await importFiles(ws, [filled], { actor: 'owner', overwrite: true });
    expect(ws.values.get('energy.electricity', 2024, {})).toMatchObject({ value: 700, note: 'meter read by hand', source: 'power bills', estimated: true });
  });

  it('a cleared value whose note was kept takes the imported value as new, and keeps its note', async () => {
    const { dir, ws } = sample();
    ws.transaction(() =>
      ws.values.put({ metric: 'water.fresh', year: 2024, dims: {}, value: null, naReason: null, enteredValue: null, enteredUnit: null, source: 'water bills', note: 'awaiting the Q4 bill', estimated: false }, 'grid'),
    );
    const csv = writeFile(dir, 'water.csv', 'metric,year,value,unit,dimensions,note\nwater.fresh,2024,1234,,,\n');
    const plan = await previewImport(ws, [csv]);
    expect(plan.problems).toEqual([]);
    expect(plan.values.map((v) => v.status)).toEqual(['new']);
    const s = await importFiles(ws, [csv], { actor: 'owner' });
    expect(s.inserted).toBe(1);
    expect(ws.values.get('water.fresh', 2024, {})).toMatchObject({ value: 1234, note: 'awaiting the Q4 bill', source: 'water bills' });
  });
});
