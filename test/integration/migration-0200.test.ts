// Migration 0200 rebuilds report_block so that its CHECK no longer lists the block types (the
// service validates them): every block written before it comes through unchanged, carried
// mark included; a new type (governance_structure) can be stored; a malformed type still cannot.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { tempDir } from '../helpers.js';

describe('migration 0200 (block types validated by the service)', () => {
  it('keeps every block and accepts new block types', () => {
    const path = join(tempDir(), 'w.esg');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), 100);
    db.prepare(`INSERT INTO reporting_year (year) VALUES (2024), (2025)`).run();
    db.prepare(`INSERT INTO report_edition (year, created_at) VALUES (2024, 't'), (2025, 't')`).run();
    db.prepare(`INSERT INTO report_section (id, year, position, kind, title_zh, title_en, updated_at) VALUES ('gov', 2025, 0, 'chapter', '管治', 'Governance', 't')`).run();
    const insert = db.prepare(`INSERT INTO report_block (id, year, section_id, position, type, config, content_zh, content_en, updated_at, carried_from) VALUES (?, 2025, 'gov', ?, ?, '{}', ?, '{}', 't', ?)`);
    insert.run('b1', 0, 'rich_text', '{"markup":"董事會"}', 2024);
    insert.run('b2', 1, 'governance_facts', '{"caption":""}', null);
    expect(() => insert.run('b3', 2, 'governance_structure', '{}', null)).toThrow(/CHECK constraint/);
    const before = db.prepare(`SELECT * FROM report_block ORDER BY id`).all();

    migrate(db, loadMigrations());
    expect(db.prepare(`SELECT * FROM report_block ORDER BY id`).all()).toEqual(before);
    insert.run('b3', 2, 'governance_structure', '{"caption":"","tiers":[{"name":"董事會","role":"","members":[]}]}', null);
    expect(db.prepare(`SELECT type FROM report_block WHERE id = 'b3'`).pluck().get()).toBe('governance_structure');
    for (const bad of ['', 'Rich Text', 'x;DROP', 'a'.repeat(41)]) expect(() => insert.run(`bad-${bad.length}`, 3, bad, '{}', null)).toThrow(/CHECK constraint/);
    // The section's blocks are still deleted with it, and looked up by section in order.
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE tbl_name = 'report_block' AND type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all()).toEqual(['report_block_by_section', 'report_block_by_year']);
    db.pragma('foreign_keys = ON');
    db.prepare(`DELETE FROM report_section WHERE id = 'gov'`).run();
    expect(db.prepare(`SELECT count(*) FROM report_block`).pluck().get()).toBe(0);
    db.close();
  });
});
