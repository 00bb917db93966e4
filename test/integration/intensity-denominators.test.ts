// Denominators a company chooses for its intensities, set in the profile (service and CLI): each
// per-person intensity also exists per revenue, per unit produced or per m², with the
// denominator in its name and printed unit; a denominator that is no quantity is refused by
// name; one a target follows cannot be dropped; migration 0120 keeps a profile's rows.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateProfile, CompanyError } from '../../main/services/company-service.js';
import { computeWorkspaceYear } from '../../main/services/kpi-service.js';
import { importCsvFiles } from '../../main/services/import-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { reportRepos } from '../../main/store/report-repos.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { displayUnit } from '../../shared/report/format.js';
import { runCli } from '../cli-process.js';
import { tempDir, writeFile } from '../helpers.js';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof CompanyError) return { key: e.key, params: e.params };
    throw e;
  }
  return undefined;
};

describe('intensity denominators', { timeout: 120_000 }, () => {
  it('adds each intensity per revenue, labelled with it, computed from the revenue entered', () => {
    const ws = createWorkspace(join(tempDir(), 'w.esg'), { actor: 't', profile: { reportYear: 2024 } });
    updateProfile(ws, { intensityDenominators: ['denominator.revenue', 'denominator.floor_area'] }, 't');
    const m = ws.catalogue.metrics().find((x) => x.code === 'ghg.scope12_intensity.per_revenue');
    expect(m).toMatchObject({ nameEn: 'GHG emissions per million HKD revenue (Scope 1 and 2)', unit: 'tCO2e/HKD million', formula: 'ghg.scope12 / denominator.revenue', hkex: ['A1.2'] });
    expect(displayUnit(m!, 'en').unit).toBe('tCO2e per million HKD revenue');
    expect(displayUnit(m!, 'zh-Hant').unit).toBe('每百萬港元收入噸二氧化碳當量');
    expect(ws.catalogue.metrics().some((x) => x.code === 'water.fresh_intensity.per_floor_area')).toBe(true);

    // 250 million HKD typed in HKD; 5,000 m³ of water.
    const dir = tempDir();
    const csv = writeFile(dir, 'd.csv', 'metric,year,value,unit,dimensions,note\n' +
      'denominator.revenue,2024,"250,000,000",HKD,,\n' + 'water.fresh,2024,"5,000",m³,,\n' + 'workforce.total,2024,80,persons,,\n');
    importCsvFiles(ws, [csv], { actor: 't' });
    const v = computeWorkspaceYear(ws, 2024).values;
    const per = (code: string) => v.find((x) => x.code === code && Object.keys(x.dims).length === 0)?.value;
    expect(per('denominator.revenue')).toBe(250);
    expect(per('water.fresh_intensity.per_revenue')).toBeCloseTo(5_000 / 250, 12);
    expect(per('water.fresh_intensity')).toBeCloseTo(5_000 / 80, 12);

    // Dropping floor area removes its intensities; revenue's stay.
    updateProfile(ws, { intensityDenominators: ['denominator.revenue'] }, 't');
    expect(ws.catalogue.metrics().some((x) => x.code.endsWith('.per_floor_area'))).toBe(false);
    expect(ws.catalogue.metrics().some((x) => x.code === 'ghg.scope12_intensity.per_revenue')).toBe(true);
    ws.close();
  });

  it('refuses a code that is no metric or no quantity, and keeps a denominator a target follows', () => {
    const ws = createWorkspace(join(tempDir(), 'w.esg'), { actor: 't', profile: { reportYear: 2024 } });
    expect(refusal(() => updateProfile(ws, { intensityDenominators: ['denominator.turnover'] }, 't'))).toEqual({ key: 'company.denominator_unknown', params: { code: 'denominator.turnover' } });
    expect(refusal(() => updateProfile(ws, { intensityDenominators: ['workforce.female_share'] }, 't'))?.key).toBe('company.denominator_not_quantity');
    expect(refusal(() => updateProfile(ws, { intensityDenominators: ['factor.grid_location'] }, 't'))?.key).toBe('company.denominator_not_quantity');
    expect(ws.profile.company()?.intensityDenominators).toEqual([]);

    updateProfile(ws, { intensityDenominators: ['denominator.production'] }, 't');
    ws.transaction(() => ws.targets.put({ code: 'T1', metric: 'ghg.scope12_intensity.per_production', baselineYear: 2023, targetYear: 2030, type: 'reduction_pct', targetValue: 10, titleZh: '減排', titleEn: 'Cut' }, 't'));
    expect(refusal(() => updateProfile(ws, { intensityDenominators: [] }, 't'))).toEqual({ key: 'company.denominator_in_target', params: { target: 'T1', metric: 'ghg.scope12_intensity.per_production' } });
    expect(ws.profile.company()?.intensityDenominators).toEqual(['denominator.production']);
    ws.close();
  });

  it('is set with profile set --intensity-per and refused there in the user\'s language', () => {
    const ws = join(tempDir(), 'w.esg');
    expect(runCli(['init', ws, '--report-year', '2024']).code).toBe(0);
    const ok = runCli(['profile', 'set', ws, '--intensity-per', 'revenue,production']);
    expect(ok.code, ok.err).toBe(0);
    const shown = JSON.parse(runCli(['profile', ws, '--json']).out) as { intensity_denominators: string[] };
    expect(shown.intensity_denominators).toEqual(['denominator.revenue', 'denominator.production']);
    const bad = runCli(['profile', 'set', ws, '--intensity-per', 'turnover'], { ESG_LANG: 'zh-Hant' });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('沒有可作密度分母的指標 denominator.turnover');
    const badIndustry = runCli(['profile', 'set', ws, '--sasb-industry', 'XX-YY'], { ESG_LANG: 'en' });
    expect(badIndustry.code).toBe(1);
    expect(badIndustry.err).toContain('There is no SASB industry XX-YY');
  });

  it('migration 0120 keeps the company row and adds no denominators or industry', () => {
    const path = join(tempDir(), 'w.esg');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), 111);
    db.prepare(
      `INSERT INTO company (id, name_zh, name_en, short_name_zh, short_name_en, stock_code, stock_codes, currency, fiscal_year_end, languages, report_year, baseline_year, issuer_category, created_at)
       VALUES (1, '甲公司', 'A Ltd', '', '', '0700', '["0700"]', 'CNY', '12-31', '["zh-Hant","en"]', 2024, 2023, 'main_board', 't')`,
    ).run();
    db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner, formula) VALUES ('ghg.scope12_intensity', '人均', 'Per person', 'tCO2e/person', 'derived', 'environment', 'esg_office', 'ghg.scope12 / workforce.total')`).run();
    db.close();
    const ws = openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(120);
    expect(ws.profile.company()).toMatchObject({ nameEn: 'A Ltd', stockCodes: ['0700'], reportYear: 2024, intensityDenominators: [], sasbIndustry: null });
    const m = ws.catalogue.metrics().find((x) => x.code === 'ghg.scope12_intensity');
    expect(m?.unitLabelEn).toBeUndefined();
    ws.close();
  });

  it('an industry chosen after creation: SASB items, departments and owners follow, the outline gains its sections', () => {
    const ws = createWorkspace(join(tempDir(), 'w.esg'), { actor: 't', profile: { reportYear: 2024 } });
    const sasbCodes = () => (ws.catalogue.doc<{ items: { code: string }[] }>('sasb')?.items ?? []).map((i) => i.code);
    const owner = (code: string) => ws.catalogue.metrics().find((m) => m.code === code)?.owner;
    expect(new Set(sasbCodes().map((c) => c.slice(0, 5)))).toEqual(new Set(['TC-IM', 'TC-SI']));
    expect(owner('energy.diesel')).toBe('data_centres');

    updateProfile(ws, { sasbIndustry: 'FB-PF' }, 't');
    expect(new Set(sasbCodes().map((c) => c.slice(0, 5)))).toEqual(new Set(['FB-PF']));
    expect(ws.catalogue.metrics().find((m) => m.code === 'waste.packaging')?.sasb).toEqual(['FB-PF-410a.1']);
    expect(ws.catalogue.metrics().find((m) => m.code === 'energy.electricity')?.sasb).toEqual([]);
    const deps = (ws.catalogue.doc<{ departments: { code: string }[] }>('departments')?.departments ?? []).map((d) => d.code);
    expect(deps).toContain('production');
    expect(deps).not.toContain('data_centres');
    expect(owner('energy.diesel')).toBe('production');
    const sections = reportRepos(ws, 2024).outline.listSections();
    const env = sections.filter((x) => x.parentId === 'environmental').sort((a, b) => a.position - b.position);
    expect(env.map((x) => x.id)).toEqual(['a1-emissions', 'a2-resources', 'a2-production-packaging', 'a3-environment', 'a4-climate']);
    expect(sections.filter((x) => x.id === 'index-sasb')).toHaveLength(1);

    // Back to no industry: the defaults again, the sections written stay.
    updateProfile(ws, { sasbIndustry: null }, 't');
    expect(new Set(sasbCodes().map((c) => c.slice(0, 5)))).toEqual(new Set(['TC-IM', 'TC-SI']));
    expect(owner('energy.diesel')).toBe('data_centres');
    ws.close();
  });
});
