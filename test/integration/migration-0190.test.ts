// Migration 0190 (front matter): a workspace from before it keeps its profile, blocks and
// export log rows; the profile gains empty contact fields, operational control and the
// Chinese version prevailing; a PDF export and a front_matter block can be stored after it,
// and an approval date that is not a real day is refused by the table itself.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { tempDir } from '../helpers.js';

describe('migration 0190 (front and back matter)', () => {
  it('keeps rows, adds the profile fields, and accepts pdf exports and front_matter blocks', () => {
    const db = new Database(join(tempDir(), 'w.esg'));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), 100);
    db.prepare(`INSERT INTO company (id, name_zh, name_en, stock_code, stock_codes, created_at) VALUES (1, '甲公司', 'Jia Ltd', '0700', '["0700"]', 't')`).run();
    db.prepare(`INSERT INTO reporting_year (year) VALUES (2024)`).run();
    db.prepare(`INSERT INTO report_edition (year, created_at) VALUES (2024, 't')`).run();
    db.prepare(`INSERT INTO report_section (id, year, position, kind, title_zh, title_en, updated_at) VALUES ('about', 2024, 0, 'front', '關於本報告', 'About', 't')`).run();
    db.prepare(`INSERT INTO report_block (id, year, section_id, position, type, content_zh, content_en, updated_at, carried_from) VALUES ('b1', 2024, 'about', 0, 'governance_facts', '{"caption":"甲"}', '{"caption":"A"}', 't', 2023)`).run();
    db.prepare(`INSERT INTO export_log (year, lang, kind, file_hash, exported_at, actor, snapshot) VALUES (2024, 'en', 'docx', 'abc', 't', 'alice', '[]')`).run();
    migrate(db, loadMigrations(), 190);

    expect(db.prepare(`SELECT name_en, address_zh, email, consolidation, prevailing_lang, logo FROM company`).get()).toEqual({ name_en: 'Jia Ltd', address_zh: '', email: '', consolidation: 'operational_control', prevailing_lang: 'zh-Hant', logo: null });
    expect(db.prepare(`SELECT id, type, content_en, carried_from FROM report_block`).all()).toEqual([{ id: 'b1', type: 'governance_facts', content_en: '{"caption":"A"}', carried_from: 2023 }]);
    expect(db.prepare(`SELECT kind, actor FROM export_log`).all()).toEqual([{ kind: 'docx', actor: 'alice' }]);

    db.prepare(`INSERT INTO export_log (year, lang, kind, file_hash, exported_at, actor, snapshot) VALUES (2024, 'en', 'pdf', 'def', 't', 'bob', '[]')`).run();
    db.prepare(`INSERT INTO report_block (id, year, section_id, position, type, config, updated_at) VALUES ('b2', 2024, 'about', 1, 'front_matter', '{"kind":"report_scope"}', 't')`).run();
    db.prepare(`UPDATE report_edition SET approved_on = '2025-03-24' WHERE year = 2024`).run();
    expect(() => db.prepare(`UPDATE report_edition SET approved_on = '2025-02-30' WHERE year = 2024`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE company SET consolidation = 'vibes'`).run()).toThrow(/CHECK/);
    expect(db.prepare(`SELECT count(*) AS n FROM export_log WHERE kind = 'pdf'`).get()).toEqual({ n: 1 });
    db.close();
  });
});
