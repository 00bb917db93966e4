// Units as KPI tables print them: a scale before the unit ('000 kWh, 萬千瓦時), water in m³.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { checkQuantity } from '../../shared/io/validate-value.js';
import { convertToCanonical, isWaterMetric } from '../../shared/units.js';

const { metrics } = loadTemplateCatalogue();
const def = (code: string) => {
  const m = metrics.find((x) => x.code === code);
  if (!m) throw new Error(code);
  return m;
};

describe('a scale printed before the unit', () => {
  it.each([
    ["'000 kWh", 1234.5, 1234.5],
    ['’000 kWh', 1234.5, 1234.5],
    ['000 kWh', 1234.5, 1234.5],
    ['1,000 kWh', 2, 2],
    ['1000 kWh', 2, 2],
    ['thousand kWh', 2, 2],
    ['Thousand kWh', 2, 2],
    ["('000 kWh)", 3, 3],
    ['千千瓦時', 7, 7],
    ['萬千瓦時', 7, 70],
    ['万千瓦时', 7, 70],
    ['10,000 kWh', 7, 70],
    ['MWh', 7, 7],
    ["'000 MWh", 7, 7000],
    ['million kWh', 1, 1000],
  ])('%s: %s is %s MWh', (unit, value, mwh) => {
    const r = convertToCanonical(value, unit, 'MWh');
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.value).toBeCloseTo(mwh, 9);
  });

  it.each([["'000 t", 'tCO2e', 2, 2000], ["'000 tCO2e", 'tCO2e', 2, 2000], ['千噸', 't', 2, 2000], ['thousand GJ', 'MWh', 3.6, 1000]])('%s → %s', (unit, to, value, expected) => {
    const r = convertToCanonical(value, unit, to);
    expect(r.ok && r.value).toBeCloseTo(expected, 9);
  });

  it.each(['0 t', '00 GJ', '0 kWh', '5 kWh', '100 kWh', '0000 kWh', "'00 kWh", '2,000 kWh', '1e3 kWh', '000', 'thousand', '萬'])(
    '%s is no unit: refused, never a factor of 0 or of a guess',
    (unit) => {
      expect(convertToCanonical(5, unit, unit.includes('t') ? 't' : 'MWh')).toEqual({ ok: false, reason: 'unknown_unit' });
    },
  );

  it('the validator takes 000 kWh as thousands and refuses 0 t, naming the unit', () => {
    expect(checkQuantity(509.7, '000 kWh', def('energy.electricity'))).toEqual({ ok: true, value: 509.7 });
    const zero = checkQuantity(5, '0 t', def('waste.hazardous'));
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.problem).toMatchObject({ code: 'value.unit_unknown', params: { unit: '0 t' } });
  });

  it('still refuses a value a scale would drive to 0 or infinity', () => {
    expect(checkQuantity(1e308, '萬千瓦時', def('energy.electricity'))).toMatchObject({ ok: false, problem: { code: 'value.conversion_overflow' } });
    expect(checkQuantity(5e-324, 'kWh', def('energy.electricity'))).toMatchObject({ ok: false, problem: { code: 'value.conversion_underflow' } });
  });

  it('property: a scaled unit is the scale times the unit, for any value', () => {
    const scales: [string, number][] = [["'000", 1e3], ['000', 1e3], ['1,000', 1e3], ['thousand', 1e3], ['萬', 1e4], ['10,000', 1e4]];
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.constantFrom(...scales), fc.constantFrom('kWh', 'MWh', 'GJ'), (v, [scale, k], unit) => {
        const plain = convertToCanonical(v, unit, 'MWh');
        const scaled = convertToCanonical(v, `${scale} ${unit}`, 'MWh');
        expect(plain.ok && scaled.ok).toBe(true);
        if (plain.ok && scaled.ok) expect(Math.abs(scaled.value - plain.value * k) / (plain.value * k)).toBeLessThan(1e-12);
      }),
    );
  });

  it('property: no unit text converts a non-zero value to 0 or infinity', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9,']{1,6} ?(kWh|t|GJ|m³)$/), fc.double({ min: 1, max: 1e6, noNaN: true }), (unit, v) => {
        for (const to of ['MWh', 't', 'm³']) {
          const r = convertToCanonical(v, unit, to);
          if (r.ok) expect(r.value > 0 && Number.isFinite(r.value)).toBe(true);
        }
      }),
    );
  });
});

describe('water in m³ at 1 t per m³', () => {
  it('knows which metrics are water', () => {
    expect(['water.fresh', 'water.wastewater', 'office.water'].every(isWaterMetric)).toBe(true);
    expect(['waste.hazardous', 'energy.natural_gas', 'factor.natural_gas_ef'].some(isWaterMetric)).toBe(false);
  });

  it.each([
    ['m³', 1200, 1200],
    ['m3', 1200, 1200],
    ['立方米', 1200, 1200],
    ['萬立方米', 1.2, 12000],
    ["'000 m³", 1.2, 1200],
    ['L', 5000, 5],
    ['t', 7, 7],
    ['萬噸', 2, 20000],
  ])('water.fresh in %s: %s is %s t', (unit, value, t) => {
    const r = checkQuantity(value, unit, def('water.fresh'));
    expect(r.ok && r.value).toBeCloseTo(t, 9);
  });

  it('takes m³ for water only: waste in m³ is refused as another quantity', () => {
    expect(checkQuantity(5, 'm³', def('waste.hazardous'))).toMatchObject({ ok: false, problem: { code: 'value.unit_incompatible' } });
    expect(convertToCanonical(5, 'm³', 't')).toEqual({ ok: false, reason: 'incompatible' });
  });

  it('converts back from tonnes to m³ and per-person intensities alike', () => {
    expect(convertToCanonical(7, 't', 'm³', { water: true })).toMatchObject({ ok: true, value: 7 });
    expect(convertToCanonical(7, 'm³/person', 't/person', { water: true })).toMatchObject({ ok: true, value: 7 });
    expect(convertToCanonical(7, 'kWh', 't', { water: true })).toEqual({ ok: false, reason: 'incompatible' });
  });
});
