// Migration 0070 (company set-up): a workspace written at schema 50 keeps its stock code as the
// first of its counters, its sites stay in the boundary with their values, and its catalogue
// copy learns which metrics never sum over sites.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

function workspaceAt50(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, loadMigrations(), 50);
  db.prepare(`INSERT INTO company (id, name_zh, name_en, stock_code, report_year, baseline_year, created_at) VALUES (1, '快手科技', 'Kuaishou Technology', '01024', 2024, 2023, 't')`).run();
  const metric = db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner, formula) VALUES (?, ?, ?, ?, ?, 'environment', 'facilities', ?)`);
  metric.run('energy.electricity', '外購電力', 'Purchased electricity', 'MWh', 'entered', null);
  metric.run('factor.grid_location', '電網排放因子', 'Grid factor', 'tCO2/MWh', 'factor', null);
  metric.run('workforce.engagement_share', '敬業度', 'Engagement', '%', 'entered', null);
  metric.run('water.fresh_intensity', '人均耗水', 'Water per person', 't/person', 'derived', 'water.fresh / workforce.total');
  db.prepare(`INSERT INTO reporting_year (year) VALUES (2024)`).run();
  db.prepare(`INSERT INTO site (code, name_zh, name_en, kind) VALUES ('BJ-HQ', '北京總部', 'Beijing HQ', 'office')`).run();
  db.prepare(`INSERT INTO metric_value (metric, year, dims_key, dims, value, updated_at, updated_by) VALUES ('energy.electricity', 2024, 'site=BJ-HQ', '{"site":"BJ-HQ"}', 1234.5, 't', 't')`).run();
  db.close();
}

describe('migration 0070 (company set-up)', () => {
  it('keeps the stock code, the sites and their values, and marks what never sums over sites', () => {
    const path = join(tempDir(), 'w.esg');
    workspaceAt50(path);
    const ws = openWorkspace(path);
    try {
      expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(70);
      expect(ws.profile.company()).toMatchObject({ nameEn: 'Kuaishou Technology', stockCodes: ['01024'], stockCode: '01024', reportYear: 2024 });
      expect(ws.profile.sites()).toEqual([{ code: 'BJ-HQ', nameZh: '北京總部', nameEn: 'Beijing HQ', kind: 'office', retiredYear: null }]);
      expect(ws.values.listYear(2024).map((v) => [v.metric, v.dims, v.value])).toEqual([['energy.electricity', { site: 'BJ-HQ' }, 1234.5]]);
      const agg = Object.fromEntries(ws.catalogue.metrics().map((m) => [m.code, m.aggregation]));
      // (later migrations add metrics of their own, e.g. the fuels of 0110)
      expect(agg).toMatchObject({ 'energy.electricity': 'sum', 'factor.grid_location': 'none', 'workforce.engagement_share': 'none', 'water.fresh_intensity': 'none' });
      // a retirement year outside 1990–2100 is refused by the schema itself
      expect(() => ws.db.prepare(`UPDATE site SET retired_year = 3000`).run()).toThrow(/CHECK/);
    } finally {
      ws.close();
    }
  });
});
