// Fuels as data (issue 18 item 1): a fuel-use metric with a `fuel` dimension, each fuel in its
// own unit with its own factors; direct energy and Scope 1 are sums over every fuel entered,
// natural gas and diesel included whether they came as their own codes or as fuels; biomass
// CO2 is reported apart from Scope 1.
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { computeYear, type EntryRow } from '../../shared/engine/compute.js';

const { metrics, dimensions } = loadTemplateCatalogue();
const row = (metric: string, value: number | null, dims: Dims = {}, extra: Partial<EntryRow> = {}): EntryRow => ({ metric, dims, value, ...extra });
const fuel = (code: string) => ({ fuel: code });

function run(rows: EntryRow[]) {
  const r = computeYear(metrics, rows, { dimensions });
  const get = (code: string, dims: Dims = {}) => r.values.find((v) => v.code === code && dimsKey(v.dims) === dimsKey(dims));
  const missingOf = (code: string) => r.missing.find((m) => m.code === code && Object.keys(m.dims).length === 0)?.missing.map((m) => `${m.code}${dimsKey(m.dims) ? `[${dimsKey(m.dims)}]` : ''}:${m.reason}`) ?? [];
  return { get, missingOf };
}

// A plant burning wood pellets (t) and petrol (L) and natural gas (m³).
const pellets = [row('energy.fuel', 120, fuel('biomass_pellets')), row('factor.fuel_ncv', 16.2, fuel('biomass_pellets')), row('factor.fuel_ef', 0.0308, fuel('biomass_pellets')), row('factor.fuel_biogenic_co2', 1.75, fuel('biomass_pellets'))];
const petrol = [row('energy.fuel', 8_500, fuel('petrol')), row('factor.fuel_ncv', 0.0328, fuel('petrol')), row('factor.fuel_ef', 0.00236, fuel('petrol'))];
const gas = [row('energy.natural_gas', 20_000), row('factor.natural_gas_ncv', 0.0389), row('factor.natural_gas_ef', 0.00216)];
const other = row('ghg.scope1_other', 5);

describe('fuels as data', () => {
  it('sums direct energy and Scope 1 over every fuel entered, each in its own unit', () => {
    const { get } = run([...pellets, ...petrol, ...gas, other]);
    expect(get('energy.direct')?.value).toBeCloseTo((120 * 16.2 + 8_500 * 0.0328 + 20_000 * 0.0389) / 3.6, 9);
    expect(get('ghg.scope1')?.value).toBeCloseTo(120 * 0.0308 + 8_500 * 0.00236 + 20_000 * 0.00216 + 5, 9);
    // The unit of each fuel's row and factor is that fuel's.
    expect(get('energy.fuel', fuel('petrol'))?.unit).toBe('L');
    expect(get('energy.fuel', fuel('biomass_pellets'))?.unit).toBe('t');
    expect(get('factor.fuel_ncv', fuel('petrol'))?.unit).toBe('GJ/L');
    // The trace lists every fuel with its factor, natural gas under its own code.
    const trace = get('ghg.scope1')?.trace;
    expect(trace?.inputs.map((t) => `${t.code}${dimsKey(t.dims) ? `[${dimsKey(t.dims)}]` : ''}`)).toEqual(
      expect.arrayContaining(['energy.fuel[fuel=biomass_pellets]', 'energy.fuel[fuel=petrol]', 'energy.natural_gas', 'ghg.scope1_other']),
    );
    expect(trace?.factors.map((t) => t.code)).toEqual(expect.arrayContaining(['factor.fuel_ef', 'factor.natural_gas_ef']));
  });

  it('natural gas entered as a fuel row is the same as under energy.natural_gas', () => {
    const asFuel = [row('energy.fuel', 20_000, fuel('natural_gas')), row('factor.fuel_ncv', 0.0389, fuel('natural_gas')), row('factor.fuel_ef', 0.00216, fuel('natural_gas'))];
    const a = run([...asFuel, other]);
    const b = run([...gas, other]);
    expect(a.get('ghg.scope1')?.value).toBeCloseTo(b.get('ghg.scope1')?.value as number, 9);
    expect(a.get('energy.direct')?.value).toBeCloseTo(b.get('energy.direct')?.value as number, 9);
    expect(b.get('energy.direct')?.value).toBeCloseTo((20_000 * 0.0389) / 3.6, 9);
  });

  it('reports biomass CO2 apart from Scope 1, and 0 when no fuel burnt is biomass', () => {
    const { get } = run([...pellets, ...petrol, other]);
    expect(get('ghg.biogenic_co2')?.value).toBeCloseTo(120 * 1.75, 9);
    expect(get('ghg.scope1')?.value).toBeCloseTo(120 * 0.0308 + 8_500 * 0.00236 + 5, 9);
    expect(run([...petrol, other]).get('ghg.biogenic_co2')?.value).toBe(0);
  });

  it('a fuel burnt without its factor leaves Scope 1 absent and names the factor of that fuel', () => {
    const { get, missingOf } = run([...pellets, row('energy.fuel', 8_500, fuel('petrol')), row('factor.fuel_ncv', 0.0328, fuel('petrol')), other]);
    expect(get('ghg.scope1')).toBeUndefined();
    expect(missingOf('ghg.scope1')).toEqual(['factor.fuel_ef[fuel=petrol]:absent']);
    expect(get('energy.direct')?.value).toBeCloseTo((120 * 16.2 + 8_500 * 0.0328) / 3.6, 9);
  });

  it('a factor entered for a fuel not burnt adds nothing and asks for nothing', () => {
    const { get } = run([...petrol, row('factor.fuel_ef', 3.1, fuel('coal')), row('factor.fuel_ncv', 25.8, fuel('coal')), other]);
    expect(get('ghg.scope1')?.value).toBeCloseTo(8_500 * 0.00236 + 5, 9);
  });

  it('a fuel "not applicable — none used" counts as zero and needs no factor; "not disclosed" leaves Scope 1 absent', () => {
    const na = run([...petrol, row('energy.fuel', null, fuel('lpg'), { naReason: 'no LPG used' }), other]);
    expect(na.get('ghg.scope1')?.value).toBeCloseTo(8_500 * 0.00236 + 5, 9);
    expect(na.get('ghg.scope1')?.trace?.inputs.find((t) => t.dims['fuel'] === 'lpg')).toMatchObject({ value: 0, notApplicable: true });
    const nd = run([...petrol, row('energy.fuel', null, fuel('lpg'), { naReason: 'the landlord does not tell', notDisclosed: true }), other]);
    expect(nd.get('ghg.scope1')).toBeUndefined();
    expect(nd.missingOf('ghg.scope1')).toEqual(['energy.fuel[fuel=lpg]:not_disclosed']);
    expect(nd.get('energy.fuel', fuel('lpg'))).toMatchObject({ value: null, notDisclosed: true, naReason: 'the landlord does not tell' });
  });

  it('a zero of a fuel needs no factor', () => {
    const { get } = run([...petrol, row('energy.fuel', 0, fuel('coal')), other]);
    expect(get('ghg.scope1')?.value).toBeCloseTo(8_500 * 0.00236 + 5, 9);
  });

  it('sums fuels entered per site, each site with its own factor where it has one', () => {
    const rows = [
      row('energy.fuel', 100, { fuel: 'petrol', site: 'hk' }),
      row('energy.fuel', 300, { fuel: 'petrol', site: 'sz' }),
      row('factor.fuel_ef', 0.002, fuel('petrol')),
      row('factor.fuel_ef', 0.003, { fuel: 'petrol', site: 'sz' }),
      other,
    ];
    expect(run(rows).get('ghg.scope1')?.value).toBeCloseTo(100 * 0.002 + 300 * 0.003 + 5, 9);
  });
});
