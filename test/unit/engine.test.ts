// The engine against DESIGN.md's formulas, on a made-up company (not the sample), so the
// expectations are the formulas applied by hand, not numbers copied from a run.
import { describe, expect, it } from 'vitest';
import { computeYear, type ComputedValue, type EntryRow } from '../../shared/engine/compute.js';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';

const { metrics } = loadTemplateCatalogue();

const row = (metric: string, value: number | null, dims: Dims = {}, extra: Partial<EntryRow> = {}): EntryRow => ({ metric, dims, value, ...extra });

const inputs = {
  total: 1200, fulltime: 1000, female: 430, male: 570, leavers: 150, leaversF: 70, leaversM: 80,
  gas: 50_000, diesel: 12.5, elec: 8_000, heat: 900, green: 3_000, dcElec: 5_000, scope1Other: 40,
  water: 30_000, wastewater: 20_000, haz: 3.2, nonHaz: 410, officeElec: 2_000_000, area: 40_000, officeWater: 12_000, occupants: 900,
  gridLoc: 0.5, gridMkt: 0.6, heatEf: 0.1, gasNcv: 0.038, gasEf: 0.002, dieselNcv: 43, dieselEf: 3.1,
  s3: { 1: 1000, 6: 250.5, 7: 120 } as Record<string, number>,
};

function company(): EntryRow[] {
  const i = inputs;
  return [
    row('workforce.total', i.total),
    row('workforce.fulltime', i.fulltime),
    row('workforce.fulltime', i.female, { gender: 'female' }),
    row('workforce.fulltime', i.male, { gender: 'male' }),
    row('workforce.leavers', i.leavers),
    row('workforce.leavers', i.leaversF, { gender: 'female' }),
    row('workforce.leavers', i.leaversM, { gender: 'male' }),
    row('energy.natural_gas', i.gas),
    row('energy.diesel', i.diesel),
    row('energy.electricity', i.elec),
    row('energy.heat', i.heat),
    row('energy.green_electricity', i.green),
    row('energy.dc_electricity', i.dcElec),
    row('ghg.scope1_other', i.scope1Other),
    row('water.fresh', i.water),
    row('water.wastewater', i.wastewater),
    row('waste.hazardous', i.haz),
    row('waste.non_hazardous', i.nonHaz),
    row('office.electricity', i.officeElec),
    row('office.floor_area', i.area),
    row('office.water', i.officeWater),
    row('office.occupants', i.occupants),
    row('factor.grid_location', i.gridLoc, {}, { source: 'Grid authority 2024' }),
    row('factor.grid_market', i.gridMkt, {}, { source: 'Grid authority 2024, residual mix' }),
    row('factor.heat_ef', i.heatEf, {}, { source: 'Heat supplier' }),
    row('factor.natural_gas_ncv', i.gasNcv),
    row('factor.natural_gas_ef', i.gasEf),
    row('factor.diesel_ncv', i.dieselNcv),
    row('factor.diesel_ef', i.dieselEf),
    ...Object.entries(i.s3).map(([c, v]) => row('ghg.scope3', v, { scope3_category: c })),
  ];
}

function find(values: ComputedValue[], code: string, dims: Dims = {}): number | null | undefined {
  return values.find((v) => v.code === code && dimsKey(v.dims) === dimsKey(dims))?.value;
}

describe('derived KPIs of DESIGN.md', () => {
  const { values, missing } = computeYear(metrics, company());
  const i = inputs;
  const direct = (i.gas * i.gasNcv + i.diesel * i.dieselNcv) / 3.6;
  const indirect = i.elec + i.heat / 3.6;
  const scope1 = i.gas * i.gasEf + i.diesel * i.dieselEf + i.scope1Other;
  const scope2L = i.elec * i.gridLoc + i.heat * i.heatEf;

  it.each([
    ['energy.direct', direct],
    ['energy.indirect', indirect],
    ['energy.total', direct + indirect],
    ['energy.direct_intensity', direct / i.total],
    ['energy.indirect_intensity', indirect / i.total],
    ['energy.renewable_share_dc', (i.green / i.dcElec) * 100],
    ['ghg.scope1', scope1],
    ['ghg.scope2_location', scope2L],
    ['ghg.scope2_market', (i.elec - i.green) * i.gridMkt + i.heat * i.heatEf],
    ['ghg.scope12', scope1 + scope2L],
    ['ghg.scope12_intensity', (scope1 + scope2L) / i.total],
    ['ghg.scope3_total', 1000 + 250.5 + 120],
    ['ghg.avoided', i.green * i.gridLoc],
    ['water.fresh_intensity', i.water / i.total],
    ['water.wastewater_intensity', i.wastewater / i.total],
    ['waste.hazardous_intensity', (i.haz * 1000) / i.total],
    ['waste.non_hazardous_intensity', (i.nonHaz * 1000) / i.total],
    ['workforce.female_share', (i.female / i.fulltime) * 100],
    ['workforce.turnover_rate', (i.leavers / i.fulltime) * 100],
    ['office.electricity_intensity', i.officeElec / i.area],
    ['office.water_intensity', i.officeWater / i.occupants],
  ])('%s', (code, expected) => {
    expect(find(values, code)).toBeCloseTo(expected, 9);
  });

  it('computes the turnover rate per gender from the breakdowns', () => {
    expect(find(values, 'workforce.turnover_rate', { gender: 'female' })).toBeCloseTo((70 / 430) * 100, 9);
    expect(find(values, 'workforce.turnover_rate', { gender: 'male' })).toBeCloseTo((80 / 570) * 100, 9);
  });

  it('reports nothing missing for the inputs it needs', () => {
    const top = missing.filter((m) => Object.keys(m.dims).length === 0).map((m) => m.code);
    expect(top).not.toContain('ghg.scope12');
    expect(top).not.toContain('energy.total');
  });

  it('traces a derived value to its formula, inputs and factors with their sources', () => {
    const v = values.find((x) => x.code === 'ghg.scope2_location');
    expect(v?.trace?.formula).toBe('energy.electricity * factor.grid_location + energy.heat * factor.heat_ef');
    expect(v?.trace?.inputs.map((t) => [t.code, t.value])).toEqual([
      ['energy.electricity', i.elec],
      ['energy.heat', i.heat],
    ]);
    expect(v?.trace?.factors.map((t) => [t.code, t.value, t.source])).toEqual([
      ['factor.grid_location', i.gridLoc, 'Grid authority 2024'],
      ['factor.heat_ef', i.heatEf, 'Heat supplier'],
    ]);
  });
});

describe('missing and unusual inputs', () => {
  const without = (code: string) => company().filter((r) => r.metric !== code);

  it('leaves a derived value absent (never zero) and names the missing factor', () => {
    const { values, missing } = computeYear(metrics, without('factor.grid_location'));
    expect(find(values, 'ghg.scope2_location')).toBeUndefined();
    expect(find(values, 'ghg.scope12')).toBeUndefined();
    const m = missing.find((x) => x.code === 'ghg.scope12');
    expect(m?.missing).toEqual([{ code: 'factor.grid_location', dims: {}, reason: 'absent' }]);
    // Market-based Scope 2 does not need the location factor.
    expect(find(values, 'ghg.scope2_market')).toBeGreaterThan(0);
  });

  it('treats "not applicable" as not computable, with the reason', () => {
    const rows = company().map((r) => (r.metric === 'waste.hazardous' ? { ...r, value: null, naReason: 'no hazardous waste' } : r));
    const { values, missing } = computeYear(metrics, rows);
    expect(find(values, 'waste.hazardous')).toBeNull();
    expect(find(values, 'waste.hazardous_intensity')).toBeUndefined();
    expect(missing.find((m) => m.code === 'waste.hazardous_intensity')?.missing[0]?.reason).toBe('not_applicable');
  });

  it('never lets market-based Scope 2 go below the heat part when green power exceeds purchases', () => {
    const rows = company().map((r) => (r.metric === 'energy.green_electricity' ? { ...r, value: inputs.elec + 500 } : r));
    const { values } = computeYear(metrics, rows);
    expect(find(values, 'ghg.scope2_market')).toBeCloseTo(inputs.heat * inputs.heatEf, 9);
  });

  it('does not divide by a zero workforce', () => {
    const rows = company().map((r) => (r.metric === 'workforce.total' ? { ...r, value: 0 } : r));
    const { values, missing } = computeYear(metrics, rows);
    expect(find(values, 'water.fresh_intensity')).toBeUndefined();
    expect(missing.find((m) => m.code === 'water.fresh_intensity')?.missing[0]).toEqual({ code: 'workforce.total', dims: {}, reason: 'zero_denominator' });
  });

  it('sums values entered per site into the workspace total, unless a total row is entered', () => {
    const sites = without('energy.electricity').concat([row('energy.electricity', 5000, { site: 'A' }), row('energy.electricity', 3500, { site: 'B' })]);
    const r1 = computeYear(metrics, sites);
    expect(find(r1.values, 'energy.electricity')).toBe(8500);
    expect(r1.values.find((v) => v.code === 'energy.electricity' && dimsKey(v.dims) === '')?.fromSites).toBe(true);
    expect(find(r1.values, 'energy.indirect')).toBeCloseTo(8500 + inputs.heat / 3.6, 9);

    const withTotal = computeYear(metrics, [...sites, row('energy.electricity', 9000)]);
    expect(find(withTotal.values, 'energy.indirect')).toBeCloseTo(9000 + inputs.heat / 3.6, 9);
  });

  it('sums Scope 3 over categories only, and is absent when no category is entered', () => {
    expect(find(computeYear(metrics, without('ghg.scope3')).values, 'ghg.scope3_total')).toBeUndefined();
  });
});
