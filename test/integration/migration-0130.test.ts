// Migration 0130 adds people, value states, evidence and the collection log: values and
// audit rows written before it come through unchanged (their audit rows name no person),
// every value starts as a draft, and a changed value loses its state, whoever changes it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

describe('migration 0130 (people, review states, evidence)', () => {
  it('keeps values and their history; states and the person follow later writes', () => {
    const path = join(tempDir(), 'w.esg');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), 100);
    db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('energy.heat', '外購熱力', 'Purchased heat', 'GJ', 'entered', 'environment', 'facilities')`).run();
    db.prepare(`INSERT INTO reporting_year (year) VALUES (2024)`).run();
    db.prepare(`INSERT INTO metric_value (metric, year, dims_key, dims, value, entered_value, entered_unit, source, note, estimated, updated_at, updated_by) VALUES ('energy.heat', 2024, '', '{}', 4111.27, '4111.27', 'GJ', 'meter', 'n', 0, 't', 'alice')`).run();
    db.prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_key, metric, year, new_json) VALUES ('t', 'alice', 'insert', 'value', 'energy.heat|2024|', 'energy.heat', 2024, '{}')`).run();
    db.close();

    const ws = openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(130);
    const v = ws.values.get('energy.heat', 2024, {});
    expect(v).toMatchObject({ value: 4111.27, source: 'meter', updatedBy: 'alice' });
    expect(ws.db.prepare(`SELECT actor, person_id FROM audit_log`).all()).toEqual([{ actor: 'alice', person_id: null }]);
    expect(ws.review.listYear(2024)).toEqual([]);

    const bob = ws.transaction(() => ws.people.add({ name: 'Bob', email: '', roles: [{ role: 'data_owner', department: 'facilities' }] }, 'alice'));
    ws.transaction(() => ws.review.set({ metric: 'energy.heat', year: 2024, dimsKey: '', state: 'submitted', personId: bob.id, actor: 'Bob', comment: null, submittedBy: bob.id }, 'draft'));
    // A write of the same content (a re-import) keeps the state; another figure makes it a draft.
    ws.transaction(() => ws.values.put(v!, 'Bob'));
    expect(ws.review.get('energy.heat', 2024, '')?.state).toBe('submitted');
    ws.transaction(() => ws.values.put({ ...v!, value: 4200, enteredValue: '4200' }, 'bob'));
    expect(ws.review.get('energy.heat', 2024, '')).toBeUndefined();
    const last = ws.db.prepare(`SELECT actor, person_id, entity, new_json FROM audit_log ORDER BY id DESC LIMIT 2`).all();
    expect(last).toEqual([
      { actor: 'bob', person_id: bob.id, entity: 'value', new_json: expect.stringContaining('4200') },
      { actor: 'bob', person_id: bob.id, entity: 'value_state', new_json: '{"state":"draft"}' },
    ]);
    // Removing a value removes its state with it.
    ws.transaction(() => ws.review.set({ metric: 'energy.heat', year: 2024, dimsKey: '', state: 'submitted', personId: bob.id, actor: 'Bob', comment: null, submittedBy: bob.id }, 'draft'));
    ws.transaction(() => ws.values.delete('energy.heat', 2024, {}, 'Bob'));
    expect(ws.review.listYear(2024)).toEqual([]);
    ws.close();
  });
});
