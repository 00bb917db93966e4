// The sample workspace reproduces the reference report's published figures at the report's
// own precision (shared/reference/README.md). Values are compared after the same rounding
// the report applies; emissions and water in the report are in 萬 (10,000) units.
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { ComputedValue } from '../../shared/engine/compute.js';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { computeWorkspaceYear } from '../../main/services/kpi-service.js';
import { listTargetProgress } from '../../main/services/targets-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import type { Workspace } from '../../main/store/workspace.js';
import { roundTo, tempDir } from '../helpers.js';

let ws: Workspace;
let y2024: ComputedValue[];
let y2023: ComputedValue[];

beforeAll(() => {
  ws = createWorkspace(join(tempDir(), 'sample.esg'), { sample: true, actor: 'test' });
  y2024 = computeWorkspaceYear(ws, 2024).values;
  y2023 = computeWorkspaceYear(ws, 2023).values;
});
afterAll(() => ws.close());

function value(values: ComputedValue[], code: string, dims: Dims = {}): number {
  const v = values.find((x) => x.code === code && dimsKey(x.dims) === dimsKey(dims))?.value;
  if (v === undefined || v === null) throw new Error(`${code} ${dimsKey(dims)} is not computed`);
  return v;
}

const WAN = 10_000;

describe('sample 2024 against the published figures', () => {
  it.each([
    // code, divisor (萬 units), decimals, published
    ['ghg.scope1', WAN, 2, 0.21],
    ['ghg.scope2_location', WAN, 2, 27.4],
    ['ghg.scope2_market', WAN, 2, 5.78],
    ['ghg.scope12', WAN, 2, 27.61],
    ['ghg.scope12_intensity', 1, 2, 9.98],
    ['ghg.scope3_total', WAN, 2, 125.91],
    ['ghg.avoided', 1, 1, 220960.6],
    ['energy.direct', 1, 2, 9296.12],
    ['energy.direct_intensity', 1, 2, 0.34],
    ['energy.indirect_intensity', 1, 2, 18.46],
    ['energy.renewable_share_dc', 1, 1, 87.1],
    ['water.fresh', WAN, 2, 22.63],
    ['water.wastewater', WAN, 2, 13.25],
    ['water.fresh_intensity', 1, 2, 8.18],
    ['water.wastewater_intensity', 1, 2, 4.79],
    ['waste.hazardous', 1, 2, 51.16],
    ['waste.hazardous_intensity', 1, 2, 1.85],
    ['waste.non_hazardous', WAN, 2, 0.56],
    ['waste.non_hazardous_intensity', 1, 2, 202.64],
    ['workforce.female_share', 1, 1, 44.0],
    ['workforce.turnover_rate', 1, 1, 30.1],
  ])('%s', (code, divisor, decimals, published) => {
    expect(roundTo(value(y2024, code) / divisor, decimals)).toBe(published);
  });

  it.each([
    [1, 3.05],
    [2, 29.03],
    [3, 4.79],
    [6, 1.72],
    [7, 1.04],
    [8, 86.28],
  ])('Scope 3 category %s', (cat, published) => {
    expect(roundTo(value(y2024, 'ghg.scope3', { scope3_category: String(cat) }) / WAN, 2)).toBe(published);
  });

  it('computes indirect energy as electricity + heat ÷ 3.6 (the report prints 0.63 MWh less)', () => {
    expect(roundTo(value(y2024, 'energy.indirect'), 2)).toBe(510875.55);
    expect(roundTo(value(y2024, 'energy.total'), 2)).toBe(roundTo(9296.12 + 510875.55, 2));
  });

  it.each([
    ['gender', 'male', 30.8],
    ['gender', 'female', 29.4],
    ['region', 'mainland', 30.1],
    ['region', 'overseas', 34.3],
    ['age', 'under30', 29.9],
    ['age', '30to50', 30.6],
    ['age', 'over50', 21.4],
  ])('turnover rate by %s = %s', (key, v, published) => {
    expect(roundTo(value(y2024, 'workforce.turnover_rate', { [key]: v }), 1)).toBe(published);
  });

  it('has leaver breakdowns that each add up to the total', () => {
    const total = value(y2024, 'workforce.leavers');
    for (const [key, vals] of [['gender', ['male', 'female']], ['age', ['under30', '30to50', 'over50']], ['region', ['mainland', 'overseas']]] as const) {
      expect(vals.reduce((s, v) => s + value(y2024, 'workforce.leavers', { [key]: v }), 0), key).toBe(total);
    }
  });

  it.each([
    ['training.avg_hours', 'level', 'management', 53.6],
    ['training.avg_hours', 'level', 'staff', 40.0],
    ['training.avg_hours', 'gender', 'male', 41.1],
    ['training.avg_hours', 'gender', 'female', 40.2],
    ['training.trained_share', 'level', 'management', 90.8],
    ['training.trained_share', 'level', 'staff', 91.5],
    ['training.trained_share', 'gender', 'male', 92.1],
    ['training.trained_share', 'gender', 'female', 90.7],
  ])('%s by %s = %s', (code, key, v, published) => {
    expect(roundTo(value(y2024, code, { [key]: v }), 1)).toBe(published);
  });

  it('reproduces the Beijing office changes against 2023', () => {
    const change = (code: string) => roundTo(((value(y2024, code) - value(y2023, code)) / value(y2023, code)) * 100, 1);
    expect(change('office.electricity')).toBe(-7.4);
    expect(change('office.electricity_intensity')).toBe(-14.6);
    expect(change('office.water')).toBe(-11.5);
    expect(change('office.water_intensity')).toBe(-12.6);
  });

  it('gives the office targets their 2024 progress against the 2023 baseline', () => {
    const t = listTargetProgress(ws, 2024);
    const elec = t.find((x) => x.target.code === 'T-OFFICE-ELEC');
    expect(roundTo(elec?.changePct ?? NaN, 1)).toBe(-14.6);
    expect(elec?.targetValue).toBeCloseTo((elec?.baseline ?? NaN) * 0.92, 9);
    expect(elec?.status).toBe('achieved');
    const water = t.find((x) => x.target.code === 'T-OFFICE-WATER');
    expect(roundTo(water?.changePct ?? NaN, 1)).toBe(-12.6);
  });

  it('shows the pledge growth the data gives (+22.3%), not the report text’s +22.0%', () => {
    const now = value(y2024, 'suppliers.integrity_pledge');
    const before = value(y2023, 'suppliers.integrity_pledge');
    expect([now, before]).toEqual([6028, 4928]);
    expect(roundTo(((now - before) / before) * 100, 1)).toBe(22.3);
  });

  it('records a source for every factor it uses', () => {
    for (const f of y2024.filter((v) => v.kind === 'factor')) expect(f.source, f.code).toBeTruthy();
  });
});
