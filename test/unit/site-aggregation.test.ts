// How values aggregate over sites (catalogue `aggregation`) and the definitions of issue 11:
// per-site factors, NA on additive terms vs on factors and denominators, site rows against
// an entered total. Expectations are the formulas applied by hand.
import { describe, expect, it } from 'vitest';
import { computeYear, type ComputedValue, type EntryRow } from '../../shared/engine/compute.js';
import { checkSiteSums } from '../../shared/checks/site-sums.js';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { defaultAggregation } from '../../shared/catalogue.js';

const { metrics } = loadTemplateCatalogue();
const row = (metric: string, value: number | null, dims: Dims = {}, extra: Partial<EntryRow> = {}): EntryRow => ({ metric, dims, value, ...extra });
const find = (values: ComputedValue[], code: string, dims: Dims = {}) => values.find((v) => v.code === code && dimsKey(v.dims) === dimsKey(dims));

describe('the catalogue says how each metric aggregates over sites', () => {
  it('states it for every metric: quantities sum, factors, shares, rates and intensities never do', () => {
    const raw = loadTemplateCatalogue().metrics;
    for (const m of raw) expect(m.aggregation, m.code).toBe(defaultAggregation(m.kind, m.unit));
    const by = new Map(raw.map((m) => [m.code, m.aggregation]));
    expect(by.get('energy.electricity')).toBe('sum');
    expect(by.get('ghg.scope2_location')).toBe('sum');
    expect(by.get('factor.grid_location')).toBe('none');
    expect(by.get('workforce.female_share')).toBe('none');
    expect(by.get('water.fresh_intensity')).toBe('none');
    expect(by.get('workforce.engagement_share')).toBe('none');
  });
});

describe('per-site values', () => {
  const base = [
    row('energy.electricity', 1000, { site: 'HK' }),
    row('energy.electricity', 4000, { site: 'SZ' }),
    row('energy.heat', 0),
    row('factor.heat_ef', 0.1),
    row('factor.grid_location', 0.5),
  ];

  it('a quantity entered per site sums to the workspace total', () => {
    const { values } = computeYear(metrics, base);
    expect(find(values, 'energy.electricity')).toMatchObject({ value: 5000, fromSites: true });
  });

  it('a per-site grid factor is applied to that site, the workspace factor to the others, and the results summed', () => {
    const { values } = computeYear(metrics, [...base, row('factor.grid_location', 0.4, { site: 'HK' })]);
    const s2 = find(values, 'ghg.scope2_location');
    expect(s2?.value).toBeCloseTo(1000 * 0.4 + 4000 * 0.5, 12);
    // the trace names each site's electricity and factor
    expect(s2?.trace?.inputs.filter((i) => i.code === 'energy.electricity').map((i) => i.dims)).toEqual([{ site: 'HK' }, { site: 'SZ' }]);
    expect(s2?.trace?.factors.find((f) => f.code === 'factor.grid_location' && f.dims['site'] === 'HK')?.value).toBe(0.4);
    // and the factor itself is never summed into a "total factor" of 0.9
    expect(find(values, 'factor.grid_location')?.value).toBe(0.5);
  });

  it('with per-site factors only and no workspace factor, a site without its own factor leaves the result absent', () => {
    const rows = base.filter((r) => r.metric !== 'factor.grid_location').concat(row('factor.grid_location', 0.4, { site: 'HK' }));
    const r = computeYear(metrics, rows);
    expect(find(r.values, 'ghg.scope2_location')).toBeUndefined();
    expect(find(r.values, 'factor.grid_location')).toBeUndefined();
    expect(r.missing.find((m) => m.code === 'ghg.scope2_location')?.missing).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'factor.grid_location', dims: { site: 'SZ' } })]));
  });

  it('a share entered per site has no workspace total; a derived share is recomputed from summed parts', () => {
    const rows = [
      row('workforce.engagement_share', 80, { site: 'HK' }),
      row('workforce.engagement_share', 90, { site: 'SZ' }),
      row('workforce.fulltime', 100, { site: 'HK' }),
      row('workforce.fulltime', 300, { site: 'SZ' }),
      row('workforce.fulltime', 40, { site: 'HK', gender: 'female' }),
      row('workforce.fulltime', 60, { site: 'SZ', gender: 'female' }),
    ];
    const { values } = computeYear(metrics, rows);
    expect(find(values, 'workforce.engagement_share')).toBeUndefined();
    expect(find(values, 'workforce.female_share')?.value).toBeCloseTo((100 / 400) * 100, 12);
  });
});

describe('not applicable in a formula', () => {
  const scope1 = [
    row('energy.natural_gas', 1000),
    row('factor.natural_gas_ef', 0.002),
    row('energy.diesel', 2),
    row('factor.diesel_ef', 3.1),
  ];

  it('on one term of an additive sum (refrigerants in Scope 1) counts as zero, and the trace says so', () => {
    const { values } = computeYear(metrics, [...scope1, row('ghg.scope1_other', null, {}, { naReason: 'no refrigerants' })]);
    const s1 = find(values, 'ghg.scope1');
    expect(s1?.value).toBeCloseTo(1000 * 0.002 + 2 * 3.1, 12);
    expect(s1?.trace?.inputs.find((i) => i.code === 'ghg.scope1_other')).toMatchObject({ value: 0, notApplicable: true });
  });

  it('on a quantity of a product term (no diesel burnt) drops that term, without needing its factor', () => {
    const rows = [row('energy.natural_gas', 1000), row('factor.natural_gas_ef', 0.002), row('energy.diesel', null, {}, { naReason: 'no generators' }), row('ghg.scope1_other', 5)];
    expect(find(computeYear(metrics, rows).values, 'ghg.scope1')?.value).toBeCloseTo(1000 * 0.002 + 5, 12);
  });

  it('on a factor leaves the result absent', () => {
    const rows = [...scope1.filter((r) => r.metric !== 'factor.diesel_ef'), row('factor.diesel_ef', null, {}, { naReason: 'n/a' }), row('ghg.scope1_other', 5)];
    const r = computeYear(metrics, rows);
    expect(find(r.values, 'ghg.scope1')).toBeUndefined();
    expect(r.missing.find((m) => m.code === 'ghg.scope1')?.missing[0]).toMatchObject({ code: 'factor.diesel_ef', reason: 'not_applicable' });
  });

  it('on a denominator leaves the result absent', () => {
    const rows = [row('water.fresh', 100), row('workforce.total', null, {}, { naReason: 'n/a' })];
    expect(find(computeYear(metrics, rows).values, 'water.fresh_intensity')).toBeUndefined();
  });

  it('on every term of a sum leaves the sum absent (not zero)', () => {
    const na = { naReason: 'none' };
    const rows = [row('energy.natural_gas', null, {}, na), row('energy.diesel', null, {}, na), row('ghg.scope1_other', null, {}, na)];
    expect(find(computeYear(metrics, rows).values, 'ghg.scope1')).toBeUndefined();
  });
});

describe('consistency.site_sum', () => {
  const check = (rows: EntryRow[]) => checkSiteSums({ year: 2024, metrics, rows, result: computeYear(metrics, rows) });

  it('flags site rows that do not add up to an entered total', () => {
    const f = check([row('water.fresh', 1000), row('water.fresh', 400, { site: 'HK' }), row('water.fresh', 500, { site: 'SZ' })]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'consistency.site_sum', severity: 'warning', metric: 'water.fresh' });
    expect(f[0]?.message).toMatch(/add up to 900, but the total entered for 2024 is 1000/);
  });

  it('is silent when they agree, and never compares a factor per site with the workspace factor', () => {
    expect(check([row('water.fresh', 900), row('water.fresh', 400, { site: 'HK' }), row('water.fresh', 500, { site: 'SZ' })])).toEqual([]);
    expect(check([row('factor.grid_location', 0.5), row('factor.grid_location', 0.4, { site: 'HK' })])).toEqual([]);
  });
});
