// A company other than the sample, set up from an empty workspace through the CLI: its own
// profile, three sites, per-site data with a per-site grid factor, and the totals a user
// would check by hand (issue 11, "Done when").
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../main/store/workspace.js';
import { reportRepos } from '../../main/store/report-repos.js';
import { tempDir, writeFile } from '../helpers.js';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], { encoding: 'utf8', env: { ...process.env, ESG_ACTOR: 'setup-test', ESG_LANG: 'en' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface KpiRow {
  code: string;
  dimensions: Record<string, string>;
  value: number | null;
  from_sites?: boolean;
}

const HK_GRID = 0.39; // the Hong Kong office's own grid factor (tCO2/MWh)
const GRID = 0.5366; // the workspace-wide (mainland) grid factor
const elec = { 'HK-OFF': 1200, 'SZ-DC': 48000, 'SH-WH': 300 };
const green = { 'SZ-DC': 9000 };
const staff = { 'HK-OFF': 80, 'SZ-DC': 40, 'SH-WH': 20 };
const water = { 'HK-OFF': 900, 'SZ-DC': 15000, 'SH-WH': 600 };

const data = [
  'metric,year,value,unit,dimensions,note',
  ...Object.entries(elec).map(([s, v]) => `energy.electricity,2024,${v},MWh,site=${s},`),
  ...Object.entries(green).map(([s, v]) => `energy.green_electricity,2024,${v},MWh,site=${s},`),
  ...Object.entries(staff).map(([s, v]) => `workforce.total,2024,${v},persons,site=${s},`),
  ...Object.entries(water).map(([s, v]) => `water.fresh,2024,${v},t,site=${s},`),
  // an entered total that the site rows do not add up to (consistency.site_sum)
  'water.wastewater,2024,1000,t,,',
  'water.wastewater,2024,400,t,site=HK-OFF,',
  'water.wastewater,2024,500,t,site=SZ-DC,',
  // a share per site never sums into a total
  'workforce.engagement_share,2024,80,%,site=HK-OFF,',
  'workforce.engagement_share,2024,90,%,site=SZ-DC,',
  'energy.heat,2024,500,GJ,,',
  'energy.natural_gas,2024,10000,m³,,',
  'ghg.scope1_other,2024,NA,,,"No refrigerant top-ups in 2024"',
  'energy.diesel,2024,NA,,,"No standby generators"',
  `factor.grid_location,2024,${GRID},tCO2/MWh,,"MEE 2022 national grid factor"`,
  `factor.grid_location,2024,${HK_GRID},tCO2/MWh,site=HK-OFF,"CLP Power 2023 sustainability report"`,
  'factor.grid_market,2024,0.5703,tCO2/MWh,,"MEE residual mix"',
  'factor.heat_ef,2024,0.11,tCO2/GJ,,"GB/T 32151"',
  'factor.natural_gas_ef,2024,0.002162,tCO2/m³,,"GB/T 32151"',
  'factor.natural_gas_ncv,2024,0.038931,GJ/m³,,"GB/T 32151"',
].join('\n');

describe('a company set up from an empty workspace through the CLI', { timeout: 480_000 }, () => {
  it('has its own profile, outline and three sites, and computes per-site totals correctly', () => {
    const dir = tempDir();
    const ws = join(dir, 'acme.esg');
    const init = cli('init', ws, '--name-zh', '艾克美科技', '--name-en', 'Acme Technology', '--stock-codes', '0700,80700', '--report-year', '2024', '--baseline-year', '2023');
    expect(init.code, init.err).toBe(0);
    for (const [code, zh, en, kind] of [
      ['HK-OFF', '香港辦公室', 'Hong Kong office', 'office'],
      ['SZ-DC', '深圳數據中心', 'Shenzhen data centre', 'data_centre'],
      ['SH-WH', '上海倉庫', 'Shanghai warehouse', 'warehouse'],
    ] as const) {
      const r = cli('site', 'add', ws, code, '--name-zh', zh, '--name-en', en, '--kind', kind);
      expect(r.code, r.err).toBe(0);
    }
    const sites = JSON.parse(cli('site', 'list', ws, '--json').out) as { code: string; kind: string; retired_year: number | null }[];
    expect(sites.map((s) => [s.code, s.kind, s.retired_year])).toEqual([
      ['HK-OFF', 'office', null],
      ['SH-WH', 'warehouse', null],
      ['SZ-DC', 'data_centre', null],
    ]);
    const profile = JSON.parse(cli('profile', ws, '--json').out) as Record<string, unknown>;
    expect(profile).toMatchObject({ name_en: 'Acme Technology', stock_codes: ['0700', '80700'], report_year: 2024, baseline_year: 2023 });

    const imp = cli('import', ws, writeFile(dir, 'acme-2024.csv', data));
    expect(imp.code, imp.err + imp.out).toBe(0);
    const kpis = JSON.parse(cli('kpis', ws, '--year', '2024', '--json').out) as KpiRow[];
    const total = (code: string) => kpis.find((r) => r.code === code && Object.keys(r.dimensions).length === 0);

    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(total('energy.electricity')).toMatchObject({ value: sum(elec), from_sites: true });
    // The Hong Kong office's electricity at its own factor, the others at the workspace's.
    const scope2 = elec['HK-OFF'] * HK_GRID + (elec['SZ-DC'] + elec['SH-WH']) * GRID + 500 * 0.11;
    expect(total('ghg.scope2_location')?.value).toBeCloseTo(scope2, 9);
    expect(total('ghg.scope2_location')?.value).not.toBeCloseTo(sum(elec) * GRID + 500 * 0.11, 3);
    // Avoided emissions: the green power of the data centre at its (workspace) factor.
    expect(total('ghg.avoided')?.value).toBeCloseTo(green['SZ-DC'] * GRID, 9);
    // A factor per site never sums into a workspace factor.
    expect(total('factor.grid_location')?.value).toBe(GRID);
    // Scope 1 with refrigerants and diesel not applicable: those terms count as zero.
    expect(total('ghg.scope1')?.value).toBeCloseTo(10000 * 0.002162, 9);
    // An intensity is recomputed from its summed parts, never summed per site.
    expect(total('water.fresh_intensity')?.value).toBeCloseTo(sum(water) / sum(staff), 12);
    // A share entered per site has no total.
    expect(total('workforce.engagement_share')).toBeUndefined();
    expect(kpis.filter((r) => r.code === 'workforce.engagement_share')).toHaveLength(2);

    const check = JSON.parse(cli('check', ws, '--year', '2024', '--json').out) as { rule: string; metric: string; message: string }[];
    const siteSum = check.filter((f) => f.rule === 'consistency.site_sum');
    expect(siteSum.map((f) => f.metric)).toEqual(['water.wastewater']);
    expect(siteSum[0]?.message).toMatch(/add up to 900, but the total entered for 2024 is 1000/);

    // The outline is the neutral one, named from this company's profile.
    const w = openWorkspace(ws);
    try {
      const outline = reportRepos(w, 2024).outline;
      const titles = outline.listSections().map((s) => s.titleEn);
      expect(titles).toEqual(expect.arrayContaining(['Board statement', 'Reporting principles and boundary', 'Emissions', 'Community investment']));
      expect(titles).not.toContain('Platform responsibility');
      const about = JSON.stringify(outline.blocksOf('about'));
      expect(about).toContain('Acme Technology');
      expect(about).toContain('艾克美科技');
    } finally {
      w.close();
    }

    // The warehouse leaves the boundary after 2024: its 2024 values stay, 2025 ones are refused.
    expect(cli('site', 'retire', ws, 'SH-WH', '--year', '2024').code).toBe(0);
    const late = cli('import', ws, writeFile(dir, 'late.csv', 'metric,year,value,unit,dimensions,note\nenergy.electricity,2025,10,MWh,site=SH-WH,\n'));
    expect(late.code).toBe(1);
    expect(late.err).toMatch(/site "SH-WH" left the reporting boundary after 2024/);
    const after = JSON.parse(cli('kpis', ws, '--year', '2024', '--json').out) as KpiRow[];
    expect(after.find((r) => r.code === 'energy.electricity' && r.dimensions['site'] === 'SH-WH')?.value).toBe(elec['SH-WH']);
  });
});
