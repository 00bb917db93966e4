// Migration 0210 adds comments: sections, blocks, values and people written before it come
// through unchanged; a comment on a block goes with the block, one on a section with the
// section; a value comment without its metric, a resolved mark without who, or a Word
// comment imported twice is refused by the table itself.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

describe('migration 0210 (comments)', () => {
  it('keeps earlier rows and holds comments on values, sections and blocks', () => {
    const path = join(tempDir(), 'w.esg');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), 200);
    db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('energy.heat', '外購熱力', 'Purchased heat', 'GJ', 'entered', 'environment', 'facilities')`).run();
    db.prepare(`INSERT INTO reporting_year (year) VALUES (2024)`).run();
    db.prepare(`INSERT INTO report_edition (year, created_at) VALUES (2024, 't')`).run();
    db.prepare(`INSERT INTO report_section (id, year, position, kind, title_zh, title_en, updated_at) VALUES ('gov', 2024, 0, 'chapter', '管治', 'Governance', 't'), ('env', 2024, 1, 'chapter', '環境', 'Environment', 't')`).run();
    db.prepare(`INSERT INTO report_block (id, year, section_id, position, type, config, content_zh, content_en, updated_at) VALUES ('b1', 2024, 'gov', 0, 'rich_text', '{}', '{"markup":"董事會"}', '{}', 't')`).run();
    db.prepare(`INSERT INTO person (name, created_at) VALUES ('Lee Mei', 't')`).run();
    const before = [db.prepare(`SELECT * FROM report_section ORDER BY id`).all(), db.prepare(`SELECT * FROM report_block`).all(), db.prepare(`SELECT * FROM person`).all()];
    db.close();

    const ws = openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(210);
    expect([ws.db.prepare(`SELECT * FROM report_section ORDER BY id`).all(), ws.db.prepare(`SELECT * FROM report_block`).all(), ws.db.prepare(`SELECT * FROM person`).all()]).toEqual(before);

    const onValue = ws.transaction(() => ws.comments.add({ year: 2024, target: { kind: 'value', metric: 'energy.heat', dims: {} }, dimsKey: '', parentId: null, text: 'Meter or bill?', author: 'Lee Mei' }, 'Lee Mei'));
    const onBlock = ws.transaction(() => ws.comments.add({ year: 2024, target: { kind: 'block', blockId: 'b1' }, sectionOfBlock: 'gov', parentId: null, text: '請核對', author: '陳審閱', quote: '董事會', origin: 'word', originKey: 'k1' }, 'Lee Mei'));
    ws.transaction(() => ws.comments.add({ year: 2024, target: { kind: 'section', sectionId: 'env' }, parentId: null, text: 'Scope?', author: 'Lee Mei' }, 'Lee Mei'));
    // The author is linked to the person of that name; a Word reviewer who is nobody here is not.
    expect(ws.db.prepare(`SELECT author, person_id FROM comment ORDER BY id`).all()).toEqual([
      { author: 'Lee Mei', person_id: 1 },
      { author: '陳審閱', person_id: null },
      { author: 'Lee Mei', person_id: 1 },
    ]);
    expect(ws.comments.get(onBlock.id)?.target).toEqual({ kind: 'block', blockId: 'b1', sectionId: 'gov' });

    const insert = ws.db.prepare(`INSERT INTO comment (year, target, metric, dims_key, dims, section_id, block_id, body, author, created_at, resolved_at, resolved_by, origin, origin_key) VALUES (2024, @target, @metric, @dims_key, @dims, @section_id, @block_id, 'x', 'a', 't', @resolved_at, @resolved_by, @origin, @origin_key)`);
    const row = { target: 'value', metric: 'energy.heat', dims_key: '', dims: '{}', section_id: null, block_id: null, resolved_at: null, resolved_by: null, origin: 'app', origin_key: null };
    expect(() => insert.run({ ...row, metric: null })).toThrow(/CHECK constraint/);
    expect(() => insert.run({ ...row, section_id: 'gov' })).toThrow(/CHECK constraint/);
    expect(() => insert.run({ ...row, resolved_at: 't' })).toThrow(/CHECK constraint/);
    expect(() => insert.run({ ...row, origin: 'word' })).toThrow(/CHECK constraint/);
    expect(() => insert.run({ ...row, target: 'block', metric: null, dims_key: null, dims: null, block_id: 'b1', section_id: 'gov', origin: 'word', origin_key: 'k1' })).toThrow(/UNIQUE constraint/);

    // Comments go with what they are on.
    ws.db.prepare(`DELETE FROM report_block WHERE id = 'b1'`).run();
    expect(ws.comments.get(onBlock.id)).toBeUndefined();
    ws.db.prepare(`DELETE FROM report_section WHERE id = 'env'`).run();
    expect(ws.comments.listYear(2024).map((c) => c.id)).toEqual([onValue.id]);
    ws.close();
  });
});
