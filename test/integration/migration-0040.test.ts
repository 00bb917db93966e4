// Migration 0040 gives every workspace a stable identity (department workbooks carry it);
// a workspace made before it keeps its rows and gets an id of its own.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

function workspaceAt(version: number, path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, loadMigrations(), version);
  db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('energy.heat', '外購熱力', 'Purchased heat', 'GJ', 'entered', 'environment', 'facilities')`).run();
  db.prepare(`INSERT INTO reporting_year (year) VALUES (2024)`).run();
  db.prepare(`INSERT INTO metric_value (metric, year, dims_key, dims, value, updated_at, updated_by) VALUES ('energy.heat', 2024, '', '{}', 4111.27, 't', 't')`).run();
  db.close();
}

describe('migration 0040 (workspace identity)', () => {
  it('gives an existing workspace a random 128-bit id and keeps its values', () => {
    const dir = tempDir();
    const a = join(dir, 'a.esg');
    const b = join(dir, 'b.esg');
    workspaceAt(30, a);
    workspaceAt(30, b);
    const wa = openWorkspace(a);
    const wb = openWorkspace(b);
    expect(wa.meta.workspaceId()).toMatch(/^[0-9a-f]{32}$/);
    expect(wa.meta.workspaceId()).not.toBe(wb.meta.workspaceId());
    expect(wa.values.get('energy.heat', 2024, {})?.value).toBe(4111.27);
    const id = wa.meta.workspaceId();
    wa.close();
    wb.close();
    // The id is stable across openings.
    const again = openWorkspace(a);
    expect(again.meta.workspaceId()).toBe(id);
    again.close();
  });
});
