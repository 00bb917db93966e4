// Migration 0090 (HKEX Code per edition, issuer category): editions written before it follow
// the version of their financial year (FY2024 the Guide, FY2025 the Code with a 31 December
// year end, still the Guide with a 31 March one), keep everything else, and the company
// becomes a Main Board issuer until told otherwise.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { editionRepo } from '../../main/store/edition-repo.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

function workspaceAt80(path: string, yearEnd: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, loadMigrations(), 80);
  db.prepare(
    `INSERT INTO company (id, name_zh, name_en, stock_code, stock_codes, fiscal_year_end, report_year, baseline_year, created_at) VALUES (1, '快手科技', 'Kuaishou Technology', '01024', '["01024"]', ?, 2025, 2023, 't')`,
  ).run(yearEnd);
  db.prepare(`INSERT INTO reporting_year (year) VALUES (2024), (2025)`).run();
  db.prepare(`INSERT INTO report_edition (year, status, carried_from, created_at, published_at, published_by) VALUES (2024, 'published', NULL, 't', 't2', 'alice'), (2025, 'draft', 2024, 't3', NULL, NULL)`).run();
  db.close();
}

describe('migration 0090 (Code per edition, issuer category)', () => {
  it('gives each edition the version of its year and the company the Main Board category', () => {
    const path = join(tempDir(), 'w.esg');
    workspaceAt80(path, '12-31');
    const ws = openWorkspace(path);
    try {
      expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(90);
      expect(editionRepo(ws).list().map((e) => [e.year, e.status, e.carriedFrom, e.publishedBy, e.framework, e.frameworkReason])).toEqual([
        [2024, 'published', null, 'alice', 'guide', null],
        [2025, 'draft', 2024, null, 'code', null],
      ]);
      expect(ws.profile.company()).toMatchObject({ nameEn: 'Kuaishou Technology', stockCodes: ['01024'], reportYear: 2025, issuerCategory: 'main_board' });
      expect(() => ws.db.prepare(`UPDATE company SET issuer_category = 'nasdaq'`).run()).toThrow(/CHECK/);
      expect(() => ws.db.prepare(`UPDATE report_edition SET framework = 'tcfd'`).run()).toThrow(/CHECK/);
    } finally {
      ws.close();
    }
  });

  it('keeps a March year end FY2025 (from 1 April 2024) on the Guide', () => {
    const path = join(tempDir(), 'w.esg');
    workspaceAt80(path, '03-31');
    const ws = openWorkspace(path);
    try {
      expect(editionRepo(ws).list().map((e) => [e.year, e.framework])).toEqual([
        [2024, 'guide'],
        [2025, 'guide'],
      ]);
    } finally {
      ws.close();
    }
  });
});
