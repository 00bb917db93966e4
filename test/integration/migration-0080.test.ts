// Migration 0080 rebuilds the values table so that a cleared value may keep its note, source
// and flag: every row written before it comes through unchanged (numbers, "not applicable"
// with its reason, entered units, provenance), and a row with both a number and a reason is
// still refused.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

function workspaceAt50(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, loadMigrations(), 50);
  db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('energy.heat', '外購熱力', 'Purchased heat', 'GJ', 'entered', 'environment', 'facilities')`).run();
  db.prepare(`INSERT INTO reporting_year (year) VALUES (2023), (2024)`).run();
  const put = db.prepare(`INSERT INTO metric_value (metric, year, dims_key, dims, value, na_reason, entered_value, entered_unit, source, note, estimated, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 't', 'alice')`);
  put.run('energy.heat', 2024, '', '{}', 4111.27, null, '4111.27', 'GJ', 'meter', 'read monthly', 1);
  put.run('energy.heat', 2024, 'site=BJ', '{"site":"BJ"}', 1142.02, null, '1142.02', 'MWh', null, null, 0);
  put.run('energy.heat', 2023, '', '{}', null, 'no purchased heat in 2023', null, null, null, null, 0);
  db.close();
}

describe('migration 0080 (a cleared value keeps its note)', () => {
  it('carries every value across unchanged, and still refuses a number with a reason', () => {
    const path = join(tempDir(), 'w.esg');
    workspaceAt50(path);
    const ws = openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(80);
    expect(ws.values.listYear(2024).map((v) => [v.dims, v.value, v.enteredUnit, v.source, v.note, v.estimated])).toEqual([
      [{}, 4111.27, 'GJ', 'meter', 'read monthly', true],
      [{ site: 'BJ' }, 1142.02, 'MWh', null, null, false],
    ]);
    expect(ws.values.get('energy.heat', 2023, {})).toMatchObject({ value: null, naReason: 'no purchased heat in 2023' });
    const both = ws.db.prepare(`UPDATE metric_value SET na_reason = 'x' WHERE year = 2024 AND dims_key = ''`);
    expect(() => both.run()).toThrow(/CHECK/);
    // Allowed now: neither (a cleared value whose note was kept), seen by the grid's reader only.
    ws.db.prepare(`UPDATE metric_value SET value = NULL, entered_value = NULL WHERE year = 2024 AND dims_key = ''`).run();
    expect(ws.values.listYear(2024)).toHaveLength(1);
    expect(ws.values.listKept(2024).map((v) => v.note)).toEqual(['read monthly']);
    expect(ws.values.listYearForEngine(2024)).toHaveLength(1);
    ws.close();
  });
});
