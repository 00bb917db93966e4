// Migration 0050 narrows the audit log's (entity, entity_key) index to entries that are not
// values; a value's history is then found through (metric, year). History written before the
// migration must still be found, for values and for everything else, through an index.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_QUERIES } from '../../main/store/audit-repo.js';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

function workspaceAt40(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, loadMigrations(), 40);
  db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('energy.heat', '外購熱力', 'Purchased heat', 'GJ', 'entered', 'environment', 'facilities')`).run();
  db.prepare(`INSERT INTO reporting_year (year) VALUES (2024)`).run();
  db.prepare(`INSERT INTO metric_value (metric, year, dims_key, dims, value, updated_at, updated_by) VALUES ('energy.heat', 2024, '', '{}', 4111.27, 't', 't')`).run();
  const audit = db.prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_key, metric, year, old_json, new_json, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  audit.run('2025-01-01T00:00:00.000Z', 'alice', 'insert', 'value', 'energy.heat|2024|', 'energy.heat', 2024, null, '{"value":4000}', 'import a.csv:2');
  audit.run('2025-02-01T00:00:00.000Z', 'bob', 'update', 'value', 'energy.heat|2024|', 'energy.heat', 2024, '{"value":4000}', '{"value":4111.27}', 'grid');
  audit.run('2025-03-01T00:00:00.000Z', 'carol', 'insert', 'target', 'T-HEAT', 'energy.heat', null, null, '{"code":"T-HEAT"}', null);
  audit.run('2025-03-02T00:00:00.000Z', 'carol', 'update', 'report_section', 'highlights', null, null, '{}', '{}', 'move');
  db.close();
}

const plan = (db: Database.Database, sql: string, params: Record<string, unknown>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('; ');

describe('migration 0050 (audit history by metric and year)', () => {
  it('keeps every entry findable: value history newest first, targets and report entries by key', () => {
    const path = join(tempDir(), 'w.esg');
    workspaceAt40(path);
    const ws = openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(50);
    expect(ws.audit.valueHistory('energy.heat', 2024, 'energy.heat|2024|').map((e) => [e.actor, e.action, e.context])).toEqual([
      ['bob', 'update', 'grid'],
      ['alice', 'insert', 'import a.csv:2'],
    ]);
    expect(ws.audit.history('target', 'T-HEAT').map((e) => e.actor)).toEqual(['carol']);
    expect(ws.audit.history('report_section', 'highlights')[0]).toMatchObject({ action: 'update', context: 'move' });
    expect(() => ws.audit.history('value', 'energy.heat|2024|')).toThrow(/valueHistory/);
    // Both lookups go through an index, not a scan of the whole log.
    // The repository's own statements, not copies of them.
    expect(plan(ws.db, AUDIT_QUERIES.byValue, { metric: 'energy.heat', year: 2024, entity_key: 'x' })).toMatch(/USING INDEX audit_by_metric/);
    expect(plan(ws.db, AUDIT_QUERIES.byKey, { entity: 'target', entity_key: 'T-HEAT' })).toMatch(/USING INDEX audit_by_entity/);
    ws.close();
  });
});
