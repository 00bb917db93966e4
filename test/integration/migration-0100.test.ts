// Migration 0100 gives values a report footnote per language: rows written before it come
// through with their notes and sources as they were and no footnote, and a footnote written
// after it is read back and leaves the note alone.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

describe('migration 0100 (report footnotes per language)', () => {
  it('keeps every row with its note and source, and stores footnotes beside them', () => {
    const path = join(tempDir(), 'w.esg');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), 90);
    db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('energy.heat', '外購熱力', 'Purchased heat', 'GJ', 'entered', 'environment', 'facilities')`).run();
    db.prepare(`INSERT INTO reporting_year (year) VALUES (2024)`).run();
    db.prepare(`INSERT INTO metric_value (metric, year, dims_key, dims, value, na_reason, entered_value, entered_unit, source, note, estimated, updated_at, updated_by) VALUES ('energy.heat', 2024, '', '{}', 4111.27, NULL, '4111.27', 'GJ', 'meter', 'back-calculated', 1, 't', 'alice')`).run();
    db.close();
    const ws = openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(100);
    const v = ws.values.get('energy.heat', 2024, {});
    expect(v).toMatchObject({ value: 4111.27, source: 'meter', note: 'back-calculated', estimated: true, footnoteZh: null, footnoteEn: null });
    ws.transaction(() => ws.values.put({ ...v!, footnoteZh: '外購熱力。', footnoteEn: 'Purchased heat.' }, 'bob'));
    expect(ws.values.get('energy.heat', 2024, {})).toMatchObject({ note: 'back-calculated', footnoteZh: '外購熱力。', footnoteEn: 'Purchased heat.', updatedBy: 'bob' });
    ws.close();
  });
});
