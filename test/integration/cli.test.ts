// The command line end to end, as a user or a script drives it: real processes, real files.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireWorkspaceLock } from '../../main/store/workspace-lock.js';
import { roundTo, tempDir, writeFile } from '../helpers.js';
import { runCli } from '../cli-process.js';

const cli = (...args: string[]) => runCli(args);

interface KpiRow {
  code: string;
  dimensions: Record<string, string>;
  value: number | null;
  unit: string;
  kind: 'entered' | 'derived';
}

function kpis(ws: string, year: number): KpiRow[] {
  const r = cli('kpis', ws, '--year', String(year), '--json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as KpiRow[];
}

const total = (rows: KpiRow[], code: string) => rows.find((r) => r.code === code && Object.keys(r.dimensions).length === 0);

// Each test starts several CLI processes: generous time under load.
describe('CLI', { timeout: 120_000 }, () => {
  it('init --sample, then kpis --json gives documented fields at full precision in canonical units', () => {
    const ws = join(tempDir(), 'sample.esg');
    const init = cli('init', ws, '--sample');
    expect(init.code, init.err).toBe(0);
    expect(init.out).toMatch(/Created .*sample\.esg: \d+ metrics, \d+ values, years 2022, 2023, 2024/);
    const rows = kpis(ws, 2024);
    const s2 = total(rows, 'ghg.scope2_location');
    expect(s2).toMatchObject({ unit: 'tCO2e', kind: 'derived', dimensions: {} });
    expect(roundTo((s2?.value ?? 0) / 10000, 2)).toBe(27.4);
    expect(String(s2?.value)).not.toMatch(/^\d+(\.\d{0,2})?$/); // not rounded
    expect(total(rows, 'water.fresh')).toMatchObject({ value: 226300, unit: 't', kind: 'entered' });
    const turnover = rows.find((r) => r.code === 'workforce.turnover_rate' && r.dimensions['gender'] === 'female');
    expect(roundTo(turnover?.value ?? 0, 1)).toBe(29.4);
    expect(rows.find((r) => r.code === 'waste.packaging')).toMatchObject({ value: null, kind: 'entered' });
  });

  it('metrics --json lists every code of DESIGN.md with its unit and kind', () => {
    const r = cli('metrics', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { code: string; name_zh: string; name_en: string; unit: string; kind: string; hkex: string[]; sasb: string[]; owner: string }[];
    const byCode = new Map(list.map((m) => [m.code, m]));
    const expected: Record<string, [string, string]> = {
      'workforce.total': ['persons', 'entered'], 'workforce.fulltime': ['persons', 'entered'], 'workforce.leavers': ['persons', 'entered'],
      'energy.natural_gas': ['m³', 'entered'], 'energy.diesel': ['t', 'entered'], 'energy.electricity': ['MWh', 'entered'], 'energy.heat': ['GJ', 'entered'],
      'energy.green_electricity': ['MWh', 'entered'], 'energy.dc_electricity': ['MWh', 'entered'], 'water.fresh': ['t', 'entered'], 'water.wastewater': ['t', 'entered'],
      'waste.hazardous': ['t', 'entered'], 'waste.non_hazardous': ['t', 'entered'], 'ghg.scope1_other': ['tCO2e', 'entered'], 'ghg.scope3': ['tCO2e', 'entered'],
      'office.electricity': ['kWh', 'entered'], 'office.floor_area': ['m²', 'entered'], 'office.water': ['t', 'entered'], 'office.occupants': ['persons', 'entered'],
      'factor.grid_location': ['tCO2/MWh', 'entered'], 'factor.grid_market': ['tCO2/MWh', 'entered'], 'factor.heat_ef': ['tCO2/GJ', 'entered'],
      'factor.natural_gas_ncv': ['GJ/m³', 'entered'], 'factor.natural_gas_ef': ['tCO2/m³', 'entered'], 'factor.diesel_ncv': ['GJ/t', 'entered'], 'factor.diesel_ef': ['tCO2/t', 'entered'],
      'energy.direct': ['MWh', 'derived'], 'energy.indirect': ['MWh', 'derived'], 'energy.total': ['MWh', 'derived'],
      'energy.direct_intensity': ['MWh/person', 'derived'], 'energy.indirect_intensity': ['MWh/person', 'derived'], 'energy.renewable_share_dc': ['%', 'derived'],
      'ghg.scope1': ['tCO2e', 'derived'], 'ghg.scope2_location': ['tCO2e', 'derived'], 'ghg.scope2_market': ['tCO2e', 'derived'], 'ghg.scope12': ['tCO2e', 'derived'],
      'ghg.scope12_intensity': ['tCO2e/person', 'derived'], 'ghg.scope3_total': ['tCO2e', 'derived'], 'ghg.avoided': ['tCO2e', 'derived'],
      'water.fresh_intensity': ['t/person', 'derived'], 'water.wastewater_intensity': ['t/person', 'derived'],
      'waste.hazardous_intensity': ['kg/person', 'derived'], 'waste.non_hazardous_intensity': ['kg/person', 'derived'],
      'workforce.female_share': ['%', 'derived'], 'workforce.turnover_rate': ['%', 'derived'],
      'office.electricity_intensity': ['kWh/m²', 'derived'], 'office.water_intensity': ['t/person', 'derived'],
    };
    for (const [code, [unit, kind]] of Object.entries(expected)) {
      expect(byCode.get(code), code).toMatchObject({ unit, kind });
      expect(byCode.get(code)?.name_zh, code).toBeTruthy();
      expect(byCode.get(code)?.name_en, code).toBeTruthy();
    }
    expect(byCode.get('ghg.scope2_location')?.hkex).toContain('A1.2');
  });

  it('imports a data package someone else wrote, in their units, and computes every derived metric from it', () => {
    const dir = tempDir();
    const ws = join(dir, 'other.esg');
    expect(cli('init', ws).code).toBe(0);
    // Hong Kong-style figures in mixed units; the expected values below are the DESIGN.md formulas.
    const pkg = writeFile(
      dir,
      'hk-2025.csv',
      '\ufeffmetric,year,value,unit,dimensions,note\r\n' +
        'workforce.total,2025,850,persons,,\r\n' +
        'workforce.fulltime,2025,800,,,\r\n' +
        'workforce.fulltime,2025,360,,gender=female,\r\n' +
        'workforce.fulltime,2025,440,,gender=male,\r\n' +
        'workforce.leavers,2025,96,,,\r\n' +
        'workforce.leavers,2025,40,,gender=female,\r\n' +
        'workforce.leavers,2025,56,,gender=male,\r\n' +
        'energy.natural_gas,2025,1.2,萬立方米,,\r\n' +
        'energy.diesel,2025,2400,kg,,\r\n' +
        'energy.electricity,2025,3600000,kWh,,\r\n' +
        'energy.heat,2025,360,GJ,,\r\n' +
        'energy.green_electricity,2025,1000,MWh,,\r\n' +
        'energy.dc_electricity,2025,2000,MWh,,\r\n' +
        'ghg.scope1_other,2025,12.5,tCO2e,,"R-410A top-up, 6 kg"\r\n' +
        'ghg.scope3,2025,0.5,萬tCO2e,scope3_category=1,\r\n' +
        'ghg.scope3,2025,300,tCO2e,scope3_category=6,\r\n' +
        'water.fresh,2025,1.7,萬噸,,\r\n' +
        'water.wastewater,2025,12000,t,,\r\n' +
        'waste.hazardous,2025,850,kg,,\r\n' +
        'waste.non_hazardous,2025,42.5,t,,\r\n' +
        'office.electricity,2025,1.5,GWh,,\r\n' +
        'office.floor_area,2025,20000,m2,,\r\n' +
        'office.water,2025,9000,t,,\r\n' +
        'office.occupants,2025,750,persons,,\r\n' +
        'factor.grid_location,2025,0.7,tCO2/MWh,,CLP 2025 sustainability report\r\n' +
        'factor.grid_market,2025,0.75,tCO2/MWh,,residual mix\r\n' +
        'factor.heat_ef,2025,0.1,tCO2/GJ,,supplier\r\n' +
        'factor.natural_gas_ncv,2025,0.0389,GJ/m³,,GB/T 2589\r\n' +
        'factor.natural_gas_ef,2025,0.00216,tCO2/m³,,\r\n' +
        'factor.diesel_ncv,2025,42.652,GJ/t,,\r\n' +
        'factor.diesel_ef,2025,3.16,tCO2/t,,\r\n',
    );
    const imp = cli('import', ws, pkg);
    expect(imp.code, imp.err).toBe(0);
    expect(imp.out).toMatch(/Imported: 31 new, 0 changed, 0 unchanged/);
    const rows = kpis(ws, 2025);
    const v = (code: string) => total(rows, code)?.value ?? NaN;
    const gas = 12000, diesel = 2.4, elec = 3600, heat = 360, green = 1000;
    const direct = (gas * 0.0389 + diesel * 42.652) / 3.6;
    const indirect = elec + heat / 3.6;
    const scope1 = gas * 0.00216 + diesel * 3.16 + 12.5;
    const scope2L = elec * 0.7 + heat * 0.1;
    const expected: Record<string, number> = {
      'energy.direct': direct, 'energy.indirect': indirect, 'energy.total': direct + indirect,
      'energy.direct_intensity': direct / 850, 'energy.indirect_intensity': indirect / 850,
      'energy.renewable_share_dc': 50, 'ghg.scope1': scope1, 'ghg.scope2_location': scope2L,
      'ghg.scope2_market': (elec - green) * 0.75 + heat * 0.1, 'ghg.scope12': scope1 + scope2L,
      'ghg.scope12_intensity': (scope1 + scope2L) / 850, 'ghg.scope3_total': 5300, 'ghg.avoided': green * 0.7,
      'water.fresh_intensity': 17000 / 850, 'water.wastewater_intensity': 12000 / 850,
      'waste.hazardous_intensity': (0.85 * 1000) / 850, 'waste.non_hazardous_intensity': (42.5 * 1000) / 850,
      'workforce.female_share': 45, 'workforce.turnover_rate': 12,
      'office.electricity_intensity': 1_500_000 / 20000, 'office.water_intensity': 9000 / 750,
    };
    for (const [code, want] of Object.entries(expected)) expect(v(code), code).toBeCloseTo(want, 6);
    const female = rows.find((r) => r.code === 'workforce.turnover_rate' && r.dimensions['gender'] === 'female');
    expect(female?.value).toBeCloseTo((40 / 360) * 100, 9);
  });

  it('exits 1 on a bad package, names file, line, metric and value, and writes nothing', () => {
    const dir = tempDir();
    const ws = join(dir, 'w.esg');
    cli('init', ws);
    const bad = writeFile(dir, 'bad.csv', 'metric,year,value,unit,dimensions,note\nenergy.heat,2024,10,GJ,,\nenergy.electricity,2024,12,litres,,\n');
    const r = cli('import', ws, bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('nothing was written');
    expect(r.err).toContain(`${bad}:3: energy.electricity value "12": unit "litres" cannot be converted to MWh, the unit of energy.electricity`);
    expect(kpis(ws, 2024)).toEqual([]);
  });

  it('explains usage mistakes with exit 2, and a missing workspace with exit 1', () => {
    expect(cli('kpis', 'x.esg').code).toBe(2);
    expect(cli('kpis', 'x.esg').err).toMatch(/--year <YYYY> is required/);
    const missing = cli('kpis', join(tempDir(), 'none.esg'), '--year', '2024');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No workspace at/);
    expect(cli('frobnicate').code).toBe(2);
  });

  it('does not write a workspace another process has open, and lists and restores backups', () => {
    const dir = tempDir();
    const ws = join(dir, 'w.esg');
    cli('init', ws);
    const pkg = writeFile(dir, 'a.csv', 'metric,year,value,unit,dimensions,note\nenergy.heat,2024,10,GJ,,\n');
    const lock = acquireWorkspaceLock(ws);
    const refused = cli('import', ws, pkg);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/is open in another process \(pid \d+/);
    if (lock.acquired) lock.release();
    expect(cli('import', ws, pkg).code).toBe(0);
    expect(cli('backups', ws).out).toMatch(/before-import/);
    const restored = cli('restore', ws);
    expect(restored.code, restored.err).toBe(0);
    expect(kpis(ws, 2024)).toEqual([]);
  });
});
