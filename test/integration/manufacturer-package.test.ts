// A manufacturer's data package written from scratch, as its KPI tables print the figures:
// electricity in '000 kWh, water in m³ and 萬立方米, fuels it does not burn as "not applicable
// — none used", and a 2023 row restated in the 2024 file. Imported through the command line;
// `kpis --json` is checked against the formulas applied by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-process.js';
import { tempDir, writeFile } from '../helpers.js';

const HEADER = 'metric,year,value,unit,dimensions,note\n';

const FY2023 =
  HEADER +
  'workforce.total,2023,985,persons,,\n' +
  'workforce.fulltime,2023,295,,age=under30,\n' +
  'energy.electricity,2023,"4,980",\'000 kWh,,\n';

const FY2024 =
  HEADER +
  'workforce.total,2024,"1,040",persons,,\n' +
  'energy.electricity,2024,"5,320.4",\'000 kWh,,metered\n' +
  'energy.natural_gas,2024,"180,000",m³,,\n' +
  'energy.diesel,2024,NA,,,"None used: the plant runs pellet and petrol equipment only"\n' +
  'energy.heat,2024,NA,,,None purchased\n' +
  'ghg.scope1_other,2024,NA,,,No refrigerant top-ups\n' +
  'water.fresh,2024,"86,500",m³,,\n' +
  'water.wastewater,2024,7.2,萬立方米,,\n' +
  'factor.natural_gas_ncv,2024,0.0389,GJ/m³,,Supplier\n' +
  'factor.natural_gas_ef,2024,0.00216,tCO2/m³,,Supplier\n' +
  'factor.grid_location,2024,0.5703,tCO2/MWh,,MEE 2024\n' +
  // The 2024 report restates 2023: the same row as in fy2023.csv.
  'workforce.fulltime,2023,295,,age=under30,\n';

interface KpiRow {
  code: string;
  dimensions: Record<string, string>;
  value: number | null;
  unit: string;
  kind: string;
}

describe('a manufacturer\'s package imported as printed', { timeout: 120_000 }, () => {
  it('imports, and kpis --json gives the hand-computed totals and intensities', () => {
    const dir = tempDir();
    const ws = join(dir, 'maker.esg');
    expect(runCli(['init', ws, '--name-zh', '製造', '--name-en', 'Maker', '--report-year', '2024']).code).toBe(0);
    const a = writeFile(dir, 'fy2023.csv', FY2023);
    const b = writeFile(dir, 'fy2024.csv', FY2024);
    const imp = runCli(['import', ws, a, b]);
    expect(imp.code, imp.err + imp.out).toBe(0);

    const kpis = runCli(['kpis', ws, '--year', '2024', '--json']);
    expect(kpis.code, kpis.err).toBe(0);
    const rows = JSON.parse(kpis.out) as KpiRow[];
    const total = (code: string) => rows.find((r) => r.code === code && Object.keys(r.dimensions).length === 0)?.value;

    const elec = 5_320.4; // MWh: 5,320.4 thousand kWh
    const direct = (180_000 * 0.0389) / 3.6; // MWh, natural gas only
    const scope1 = 180_000 * 0.00216; // tCO2e: diesel and refrigerants none
    const scope2 = elec * 0.5703; // heat none
    expect(total('energy.electricity')).toBeCloseTo(elec, 9);
    expect(total('water.fresh')).toBe(86_500);
    expect(total('water.wastewater')).toBe(72_000);
    expect(total('energy.direct')).toBeCloseTo(direct, 9);
    expect(total('energy.total')).toBeCloseTo(direct + elec, 9);
    expect(total('ghg.scope1')).toBeCloseTo(scope1, 9);
    expect(total('ghg.scope2_location')).toBeCloseTo(scope2, 9);
    expect(total('ghg.scope12_intensity')).toBeCloseTo((scope1 + scope2) / 1_040, 9);
    expect(total('water.fresh_intensity')).toBeCloseTo(86_500 / 1_040, 9);
    expect(rows.find((r) => r.code === 'energy.diesel')).toMatchObject({ value: null });

    const y2023 = JSON.parse(runCli(['kpis', ws, '--year', '2023', '--json']).out) as KpiRow[];
    expect(y2023.filter((r) => r.code === 'workforce.fulltime')).toEqual([expect.objectContaining({ dimensions: { age: 'under30' }, value: 295 })]);
    expect(y2023.find((r) => r.code === 'energy.electricity')?.value).toBe(4_980);
  });

  it('refuses a unit whose leading number is no scale, and a restated row that differs, writing nothing', () => {
    const dir = tempDir();
    const ws = join(dir, 'maker.esg');
    expect(runCli(['init', ws]).code).toBe(0);
    const a = writeFile(dir, 'fy2023.csv', FY2023);
    const b = writeFile(dir, 'bad.csv', HEADER + 'energy.heat,2024,12,00 GJ,,\nwaste.hazardous,2024,3,0 t,,\nworkforce.fulltime,2023,296,,age=under30,\n');
    const imp = runCli(['import', ws, a, b, '--lang', 'en']);
    expect(imp.code).toBe(1);
    expect(imp.err).toMatch(/bad\.csv:2: .*unit "00 GJ" is not a unit we know/);
    expect(imp.err).toMatch(/bad\.csv:3: .*unit "0 t" is not a unit we know/);
    expect(imp.err).toMatch(/bad\.csv:4: .*already given at .*fy2023\.csv:3 as 295, here as 296/);
    expect(JSON.parse(runCli(['kpis', ws, '--year', '2023', '--json']).out)).toEqual([]);
  });
});
