// Migration 0060 gives report content a year: existing sections, blocks, registers and the
// disclosure map move into the edition of the workspace's report year (company.report_year,
// else its latest reporting year), keeping ids, order and references; a new file gets none.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { getOutline } from '../../main/services/report-outline-service.js';
import { listDisclosures } from '../../main/services/report-disclosure-service.js';
import { listRegister } from '../../main/services/report-register-service.js';
import { editionView } from '../../main/services/edition-service.js';
import { tempDir } from '../helpers.js';

function workspaceAt50(path: string, reportYear: number | null): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, loadMigrations(), 50);
  const t = '2025-01-01T00:00:00.000Z';
  db.prepare(`INSERT INTO company (id, name_zh, name_en, report_year, created_at) VALUES (1, '甲公司', 'A Ltd', ?, ?)`).run(reportYear, t);
  for (const y of [2022, 2023]) db.prepare(`INSERT INTO reporting_year (year) VALUES (?)`).run(y);
  db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('energy.electricity', '外購電力', 'Purchased electricity', 'MWh', 'entered', 'environment', 'facilities')`).run();
  const sec = db.prepare(`INSERT INTO report_section (id, parent_id, position, kind, label, title_zh, title_en, template_key, updated_at) VALUES (?, ?, ?, ?, '', ?, ?, NULL, ?)`);
  sec.run('env', null, 0, 'chapter', '環境', 'Environment', t);
  sec.run('env-energy', 'env', 0, 'section', '能源', 'Energy', t);
  sec.run('about', null, 1, 'chapter', '關於', 'About', t);
  const blk = db.prepare(`INSERT INTO report_block (id, section_id, position, type, config, content_zh, content_en, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const doc = (text: string) => JSON.stringify({ doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
  blk.run('energy-text', 'env-energy', 0, 'rich_text', '{}', doc('能源管理'), doc('Energy management'), t);
  blk.run('energy-table', 'env-energy', 1, 'kpi_table', JSON.stringify({ rows: [{ metric: 'energy.electricity', dims: {}, indent: 0 }], years: [-1, 0] }), '{"caption":"","footnotes":[]}', '{"caption":"","footnotes":[]}', t);
  db.prepare(`INSERT INTO materiality_topic (id, position, category, name_zh, name_en, stakeholder_score, business_score, section_id) VALUES ('energy', 0, 'E', '能源', 'Energy', 7, 8, 'env-energy')`).run();
  db.prepare(`INSERT INTO stakeholder (id, position, group_zh, group_en) VALUES ('staff', 0, '員工', 'Employees')`).run();
  db.prepare(`INSERT INTO climate_item (id, position, type, category, title_zh, title_en) VALUES ('heat', 0, 'risk', 'chronic_physical', '高溫', 'Heat')`).run();
  db.prepare(`INSERT INTO climate_scenario (id, position, risk_kind, pathway, name) VALUES ('ssp5', 0, 'physical', 'high_emission', 'SSP5-8.5')`).run();
  db.prepare(`INSERT INTO scenario_row (id, position, climate_item_id, description_zh, description_en) VALUES ('heat-row', 0, 'heat', '高溫', 'Heat')`).run();
  db.prepare(`INSERT INTO governance_fact (id, position, label_zh, label_en, value_zh, value_en) VALUES ('board', 0, '董事會', 'Board', '9 名', '9 members')`).run();
  db.prepare(`INSERT INTO qualitative_target (code, position, category, title_zh, title_en, section_id) VALUES ('Q1', 0, 'waste', '減廢', 'Less waste', 'env')`).run();
  db.prepare(`INSERT INTO disclosure_item (framework, item_code, status, reason_zh, reason_en, updated_at) VALUES ('hkex', 'A1.1', 'disclosed', '', '', ?)`).run(t);
  db.prepare(`INSERT INTO disclosure_section (framework, item_code, section_id, position) VALUES ('hkex', 'A1.1', 'env-energy', 0)`).run();
  db.prepare(`INSERT INTO disclosure_metric (framework, item_code, metric, position) VALUES ('hkex', 'A1.1', 'energy.electricity', 0)`).run();
  db.prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_key, old_json, new_json) VALUES (?, 'alice', 'insert', 'report_block', 'energy-text', NULL, '{}')`).run(t);
  db.close();
}

describe('migration 0060 (report editions)', () => {
  it("moves every kind of report content into the report year's edition with ids, order and references kept", () => {
    const path = join(tempDir(), 'w.esg');
    workspaceAt50(path, 2023);
    const ws = openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(60);
    expect(editionView(ws, 2023)).toMatchObject({ exists: true, hasContent: true, status: 'draft', carriedFrom: null });
    const o = getOutline(ws, 2023);
    expect(o.sections.map((s) => [s.id, s.parentId, s.position])).toEqual([
      ['env', null, 0],
      ['about', null, 1],
      ['env-energy', 'env', 0],
    ]);
    expect(o.blocks.map((b) => [b.id, b.sectionId, b.position, b.carriedFrom])).toEqual([
      ['energy-text', 'env-energy', 0, null],
      ['energy-table', 'env-energy', 1, null],
    ]);
    expect((o.blocks[0]?.content.en as { doc: { content: { content: { text: string }[] }[] } }).doc.content[0]?.content[0]?.text).toBe('Energy management');
    expect(listRegister(ws, 2023, 'topics')).toMatchObject([{ id: 'energy', sectionId: 'env-energy', stakeholderScore: 7 }]);
    expect(listRegister(ws, 2023, 'stakeholders')).toMatchObject([{ id: 'staff', groupEn: 'Employees' }]);
    expect(listRegister(ws, 2023, 'scenarioRows')).toMatchObject([{ id: 'heat-row', climateItemId: 'heat' }]);
    expect(listRegister(ws, 2023, 'scenarios')).toMatchObject([{ id: 'ssp5' }]);
    expect(listRegister(ws, 2023, 'governance')).toMatchObject([{ id: 'board', valueEn: '9 members' }]);
    expect(listRegister(ws, 2023, 'qualitativeTargets')).toMatchObject([{ code: 'Q1', sectionId: 'env' }]);
    expect(listDisclosures(ws, 2023)).toEqual([{ framework: 'hkex', itemCode: 'A1.1', status: 'disclosed', sections: ['env-energy'], metrics: ['energy.electricity'], reasonZh: '', reasonEn: '' }]);
    // No other year has any of it; references still hold (foreign keys are on again).
    expect(getOutline(ws, 2022)).toEqual({ sections: [], blocks: [] });
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    // Deleting a section still cascades to its blocks and sets topic references null.
    ws.db.prepare(`DELETE FROM report_section WHERE id = 'env-energy'`).run();
    expect(getOutline(ws, 2023).blocks).toEqual([]);
    expect(listRegister(ws, 2023, 'topics')[0]?.sectionId).toBeNull();
    expect(ws.audit.history('report_block', 'energy-text')[0]).toMatchObject({ actor: 'alice' });
    ws.close();
  });

  it('without a report year uses the latest reporting year; a file without content gets no edition', () => {
    const path = join(tempDir(), 'w.esg');
    workspaceAt50(path, null);
    const ws = openWorkspace(path);
    expect(getOutline(ws, 2023).blocks).toHaveLength(2);
    ws.close();

    const empty = join(tempDir(), 'e.esg');
    const db = new Database(empty);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations());
    expect(db.prepare(`SELECT count(*) AS n FROM report_edition`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM reporting_year`).get()).toEqual({ n: 0 });
    db.close();
  });
});
