// Migrations 0110 and 0111 on a workspace made before fuels were data: its natural gas and
// diesel values, under their own codes, come through as they were and give the same direct
// energy and Scope 1 through the new sums over fuels; the fuel metrics and the fuel list are
// there to use; a formula the user had changed is left alone; old "not applicable" rows stay
// not applicable, and a "not disclosed" row can be stored after.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { computeWorkspaceYear } from '../../main/services/kpi-service.js';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

const OLD_FORMULAS: Record<string, string> = {
  'energy.direct': '(energy.natural_gas * factor.natural_gas_ncv + energy.diesel * factor.diesel_ncv) / 3.6',
  'ghg.scope1': 'energy.natural_gas * factor.natural_gas_ef + energy.diesel * factor.diesel_ef + ghg.scope1_other',
  'energy.indirect': 'energy.electricity + energy.heat / 3.6',
  'energy.total': 'energy.direct + energy.indirect',
};
const OLD_METRICS = ['energy.natural_gas', 'energy.diesel', 'energy.electricity', 'energy.heat', 'factor.natural_gas_ncv', 'factor.natural_gas_ef', 'factor.diesel_ncv', 'factor.diesel_ef', 'ghg.scope1_other'];

/** A workspace file at schema 100 with the catalogue rows and dimension list it had then. */
function oldWorkspace(changedTotal: boolean): string {
  const path = join(tempDir(), 'old.esg');
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, loadMigrations(), 100);
  const cat = loadTemplateCatalogue();
  const put = db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, aggregation, area, owner, dimensions, formula, decimals, sort) VALUES (@code, @nameZh, @nameEn, @unit, @kind, @aggregation, @area, @owner, '[]', @formula, @decimals, @sort)`);
  cat.metrics.forEach((m, sort) => {
    if (!OLD_METRICS.includes(m.code) && !(m.code in OLD_FORMULAS)) return;
    const formula = m.code === 'energy.total' && changedTotal ? 'energy.direct + energy.indirect + 0' : (OLD_FORMULAS[m.code] ?? null);
    put.run({ code: m.code, nameZh: m.nameZh, nameEn: m.nameEn, unit: m.unit, kind: m.kind, aggregation: m.aggregation, area: m.area, owner: m.owner, formula, decimals: m.decimals, sort });
  });
  const dims = cat.docs.dimensions as { dimensions: { key: string }[] };
  db.prepare(`INSERT INTO catalogue_doc (name, json) VALUES ('dimensions', @json)`).run({ json: JSON.stringify({ dimensions: dims.dimensions.filter((d) => d.key !== 'fuel') }) });
  db.prepare(`INSERT INTO reporting_year (year) VALUES (2024)`).run();
  const value = db.prepare(
    `INSERT INTO metric_value (metric, year, dims_key, dims, value, na_reason, entered_value, entered_unit, source, note, estimated, updated_at, updated_by) VALUES (@metric, 2024, '', '{}', @value, @na, @text, NULL, @source, NULL, 0, 't', 'alice')`,
  );
  const rows: [string, number | null, string | null, string | null][] = [
    ['energy.natural_gas', 902_426.97, null, 'meter'],
    ['energy.diesel', 31.6, null, 'logs'],
    ['energy.electricity', 100, null, null],
    ['energy.heat', null, 'none purchased', null],
    ['factor.natural_gas_ncv', 0.03559095, null, 'back-calculated'],
    ['factor.natural_gas_ef', 0.0022, null, 'back-calculated'],
    ['factor.diesel_ncv', 42.652, null, 'GB/T 2589-2020'],
    ['factor.diesel_ef', 3.0959, null, 'back-calculated'],
    ['ghg.scope1_other', 12, null, null],
  ];
  for (const [metric, v, na, source] of rows) value.run({ metric, value: v, na, text: v === null ? 'NA' : String(v), source });
  db.close();
  return path;
}

describe('migrations 0110–0111 (fuels as data, totals as published, not disclosed)', () => {
  it('keeps natural gas and diesel where they were and gives the same direct energy and Scope 1', () => {
    const ws = openWorkspace(oldWorkspace(false));
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(111);
    expect(ws.values.get('energy.natural_gas', 2024, {})).toMatchObject({ value: 902_426.97, source: 'meter' });
    const values = computeWorkspaceYear(ws, 2024).values;
    const get = (code: string) => values.find((v) => v.code === code && Object.keys(v.dims).length === 0);
    const direct = (902_426.97 * 0.03559095 + 31.6 * 42.652) / 3.6;
    expect(get('energy.direct')?.value).toBeCloseTo(direct, 9);
    expect(get('ghg.scope1')?.value).toBeCloseTo(902_426.97 * 0.0022 + 31.6 * 3.0959 + 12, 9);
    // NA heat stays not applicable, counted as zero.
    expect(get('energy.heat')).toMatchObject({ value: null, naReason: 'none purchased' });
    expect(get('energy.total')?.value).toBeCloseTo(direct + 100, 9);
    // The new metrics and the fuel list are there.
    const metrics = ws.catalogue.metrics();
    expect(metrics.find((m) => m.code === 'energy.fuel')).toMatchObject({ unit: '{fuel}', dimensions: ['fuel'] });
    expect(metrics.find((m) => m.code === 'energy.natural_gas')?.aliasOf).toEqual({ code: 'energy.fuel', dims: { fuel: 'natural_gas' } });
    expect(metrics.find((m) => m.code === 'ghg.scope1')?.asPublished).toBe(true);
    const fuels = (ws.catalogue.doc<{ dimensions: { key: string; values: { code: string; unit: string }[] }[] }>('dimensions')?.dimensions ?? []).find((d) => d.key === 'fuel');
    expect(fuels?.values.find((v) => v.code === 'petrol')?.unit).toBe('L');
    ws.close();
  });

  it('leaves a formula the user changed alone, and stores "not disclosed" beside old NA rows', () => {
    const ws = openWorkspace(oldWorkspace(true));
    expect(ws.catalogue.metrics().find((m) => m.code === 'energy.total')?.formula).toBe('energy.direct + energy.indirect + 0');
    const heat = ws.values.get('energy.heat', 2024, {});
    expect(heat?.notDisclosed).toBeUndefined();
    ws.transaction(() => ws.values.put({ ...heat!, naReason: 'the landlord does not say', notDisclosed: true }, 'bob'));
    expect(ws.values.get('energy.heat', 2024, {})).toMatchObject({ notDisclosed: true, naReason: 'the landlord does not say' });
    // A not-disclosed heat row blocks the totals that read it instead of counting as zero.
    expect(computeWorkspaceYear(ws, 2024).values.find((v) => v.code === 'energy.indirect')).toBeUndefined();
    // A number can never be "not disclosed".
    expect(() => ws.db.prepare(`UPDATE metric_value SET not_disclosed = 1 WHERE metric = 'energy.electricity'`).run()).toThrow(/CHECK/);
    ws.close();
  });
});
