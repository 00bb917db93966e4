// Migration 0030 (report content) on a workspace holding real rows at version 10: the rows
// survive, the new tables exist and enforce their constraints.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../main/store/migrate.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function dbAt10(): Database.Database {
  const dir = mkdtempSync(join(tmpdir(), 'mig30-'));
  dirs.push(dir);
  const db = new Database(join(dir, 'w.esg'));
  db.pragma('foreign_keys = ON');
  expect(migrate(db, loadMigrations(), 10)).toBe(10);
  db.exec(`INSERT INTO reporting_year (year) VALUES (2023), (2024);
    INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('suppliers.integrity_pledge', '承諾書', 'Pledge signatories', 'count', 'entered', 'social', 'procurement');
    INSERT INTO metric_value (metric, year, dims_key, dims, value, updated_at, updated_by) VALUES
      ('suppliers.integrity_pledge', 2023, '', '{}', 4928, '2025-01-01', 'test'),
      ('suppliers.integrity_pledge', 2024, '', '{}', 6028, '2025-01-01', 'test');
    INSERT INTO target (code, metric, baseline_year, target_year, type, target_value) VALUES ('T1', 'suppliers.integrity_pledge', 2023, 2028, 'absolute', 8000);
    INSERT INTO audit_log (at, actor, action, entity, entity_key) VALUES ('2025-01-01', 'test', 'insert', 'metric_value', 'x');`);
  return db;
}

describe('migration 0030_report_content', () => {
  it('keeps the values, targets and audit rows of version 10 and adds the report tables', () => {
    const db = dbAt10();
    expect(migrate(db, loadMigrations())).toBeGreaterThanOrEqual(30);
    expect(db.prepare(`SELECT year, value FROM metric_value ORDER BY year`).all()).toEqual([
      { year: 2023, value: 4928 },
      { year: 2024, value: 6028 },
    ]);
    expect(db.prepare(`SELECT code, target_value FROM target`).all()).toEqual([{ code: 'T1', target_value: 8000 }]);
    expect(db.prepare(`SELECT count(*) AS n FROM audit_log`).get()).toEqual({ n: 1 });
    const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
    for (const t of ['report_section', 'report_block', 'materiality_topic', 'stakeholder', 'climate_item', 'scenario_row', 'governance_fact', 'qualitative_target', 'disclosure_item', 'disclosure_section', 'disclosure_metric', 'report_image', 'export_log']) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('links new rows to the old ones and enforces the constraints', () => {
    const db = dbAt10();
    // The schema as 0030 made it (0060 later gives every row an edition year).
    migrate(db, loadMigrations(), 50);
    db.exec(`INSERT INTO report_section (id, position, kind, title_zh, title_en, updated_at) VALUES ('supply-chain', 0, 'chapter', '供應鏈管理', 'Supply chain', 'now');
      INSERT INTO disclosure_item (framework, item_code, status, updated_at) VALUES ('hkex', 'B7.2', 'disclosed', 'now');
      INSERT INTO disclosure_metric (framework, item_code, metric, position) VALUES ('hkex', 'B7.2', 'suppliers.integrity_pledge', 0);
      INSERT INTO disclosure_section (framework, item_code, section_id, position) VALUES ('hkex', 'B7.2', 'supply-chain', 0);`);
    // a metric that does not exist, a not-applicable item without its reason, a bad block type
    expect(() => db.exec(`INSERT INTO disclosure_metric (framework, item_code, metric, position) VALUES ('hkex', 'B7.2', 'no.such', 1)`)).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(`INSERT INTO disclosure_item (framework, item_code, status, updated_at) VALUES ('hkex', 'A2.5', 'not_applicable', 'now')`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO report_block (id, section_id, position, type, updated_at) VALUES ('b', 'supply-chain', 0, 'poem', 'now')`)).toThrow(/CHECK/);
    // removing the section removes its place in the map, not the map entry
    db.exec(`DELETE FROM report_section WHERE id = 'supply-chain'`);
    expect(db.prepare(`SELECT count(*) AS n FROM disclosure_section`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM disclosure_metric`).get()).toEqual({ n: 1 });
    db.close();
  });
});
