// Zero and "not applicable — none used" in formulas: a company that burns no diesel and buys
// no heat says so, and its totals are still computed, with no factor asked for what it does not use.
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { computeYear, type EntryRow } from '../../shared/engine/compute.js';

const { metrics } = loadTemplateCatalogue();
const row = (metric: string, value: number | null, naReason?: string): EntryRow => ({ metric, dims: {}, value, ...(naReason ? { naReason } : {}) });

// A small manufacturer: natural gas and electricity; no diesel, no purchased heat.
const base = (): EntryRow[] => [
  row('workforce.total', 1000),
  row('energy.natural_gas', 20_000),
  row('energy.electricity', 4_000),
  row('factor.natural_gas_ncv', 0.0389),
  row('factor.natural_gas_ef', 0.00216),
  row('factor.grid_location', 0.5703),
  row('ghg.scope1_other', null, 'no refrigerant top-ups'),
];

function result(rows: EntryRow[]) {
  const r = computeYear(metrics, rows);
  const get = (code: string, dims: Dims = {}) => r.values.find((v) => v.code === code && dimsKey(v.dims) === dimsKey(dims));
  const missingOf = (code: string) => r.missing.find((m) => m.code === code)?.missing.map((m) => `${m.code}:${m.reason}`) ?? [];
  return { get, missingOf };
}

const gas = 20_000 * 0.00216;
const direct = (20_000 * 0.0389) / 3.6;

describe('zero and "not applicable — none used"', () => {
  it('NA diesel and NA heat count as zero in totals and need no factor', () => {
    const { get, missingOf } = result([...base(), row('energy.diesel', null, 'no diesel used'), row('energy.heat', null, 'no purchased heat')]);
    expect(get('ghg.scope1')?.value).toBeCloseTo(gas, 9);
    expect(get('energy.direct')?.value).toBeCloseTo(direct, 9);
    expect(get('energy.total')?.value).toBeCloseTo(direct + 4_000, 9);
    expect(get('ghg.scope2_location')?.value).toBeCloseTo(4_000 * 0.5703, 9);
    expect(missingOf('ghg.scope1')).toEqual([]);
    // The trace says the terms did not apply, at zero.
    const traced = get('ghg.scope1')?.trace?.inputs.filter((t) => t.notApplicable).map((t) => t.code);
    expect(traced).toEqual(expect.arrayContaining(['energy.diesel', 'ghg.scope1_other']));
  });

  it('an activity of 0 needs no factor: 0 t of diesel and 0 GJ of heat, without their factors', () => {
    const { get } = result([...base(), row('energy.diesel', 0), row('energy.heat', 0)]);
    expect(get('ghg.scope1')?.value).toBeCloseTo(gas, 9);
    expect(get('energy.direct')?.value).toBeCloseTo(direct, 9);
    expect(get('ghg.scope2_location')?.value).toBeCloseTo(4_000 * 0.5703, 9);
  });

  it('a non-zero activity without its factor leaves the total absent and names the factor', () => {
    const { get, missingOf } = result([...base(), row('energy.diesel', 3), row('energy.heat', 0)]);
    expect(get('ghg.scope1')).toBeUndefined();
    expect(missingOf('ghg.scope1')).toContain('factor.diesel_ef:absent');
  });

  it('a factor of 0 does not stand for an absent quantity', () => {
    const rows = base().filter((r) => r.metric !== 'energy.electricity' && r.metric !== 'factor.grid_location');
    const { get, missingOf } = result([...rows, row('factor.grid_location', 0), row('energy.heat', 0)]);
    expect(get('ghg.scope2_location')).toBeUndefined();
    expect(missingOf('ghg.scope2_location')).toContain('energy.electricity:absent');
  });

  it('NA on a factor of a used fuel still leaves the result absent', () => {
    const rows = base().filter((r) => r.metric !== 'factor.natural_gas_ef');
    const { get, missingOf } = result([...rows, row('factor.natural_gas_ef', null, 'unknown'), row('energy.diesel', 0)]);
    expect(get('ghg.scope1')).toBeUndefined();
    expect(missingOf('ghg.scope1')).toContain('factor.natural_gas_ef:not_applicable');
  });
});

describe('a rate of none', () => {
  it('is 0 when nothing happened, whether or not the denominator is there', () => {
    // No workforce figure for the year (only the fatality count was kept): still a rate of 0.
    const { get, missingOf } = result([row('safety.fatalities', 0)]);
    expect(get('safety.fatality_rate')?.value).toBe(0);
    expect(missingOf('safety.fatality_rate')).toEqual([]);
    // Not applicable denominator: same.
    expect(result([row('safety.fatalities', 0), row('workforce.total', null, 'not tracked')]).get('safety.fatality_rate')?.value).toBe(0);
  });

  it('still needs the denominator when something happened, and never divides by a zero', () => {
    const one = result([row('safety.fatalities', 1)]);
    expect(one.get('safety.fatality_rate')).toBeUndefined();
    expect(one.missingOf('safety.fatality_rate')).toEqual(['workforce.total:absent']);
    const zeroOverZero = result([row('safety.fatalities', 0), row('workforce.total', 0)]);
    expect(zeroOverZero.get('safety.fatality_rate')).toBeUndefined();
    expect(zeroOverZero.missingOf('safety.fatality_rate')).toEqual(['workforce.total:zero_denominator']);
    expect(result([row('safety.fatalities', 2), row('workforce.total', 1000)]).get('safety.fatality_rate')?.value).toBeCloseTo(0.2, 12);
  });
});
