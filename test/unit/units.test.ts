import { describe, expect, it } from 'vitest';
import { convertToCanonical, isKnownUnit } from '../../shared/units.js';

const conv = (v: number, from: string, to: string) => convertToCanonical(v, from, to);

describe('unit conversion on input', () => {
  it.each([
    [1500, 'kWh', 'MWh', 1.5],
    [2, 'GWh', 'MWh', 2000],
    [3.6, 'GJ', 'MWh', 1],
    [36, 'TJ', 'MWh', 10000],
    [2500, 'kg', 't', 2.5],
    [22.63, '萬噸', 't', 226300],
    [1.5, '万t', 't', 15000],
    [3.05, '萬tCO2e', 'tCO2e', 30500],
    [800, 'kgCO2e', 'tCO2e', 0.8],
    [2, '萬立方米', 'm³', 20000],
    [5000, 'L', 'm³', 5],
    [1784.2, '萬元', 'CNY', 17842000],
    [12, '人', 'persons', 12],
    [0.5366, 'kgCO2/kWh', 'tCO2/MWh', 0.5366],
    [100, 'm2', 'm²', 100],
  ])('%s %s is %s in %s', (value, from, to, expected) => {
    const r = conv(value, from, to);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(expected as number, 9);
  });

  it('keeps scaled values free of binary noise (22.63 萬噸 is exactly 226300 t)', () => {
    const r = conv(22.63, '萬噸', 't');
    expect(r.ok && r.value).toBe(226300);
  });

  it('takes an empty unit or the canonical spelling as canonical', () => {
    expect(conv(7, '', 'MWh')).toEqual({ ok: true, value: 7, factor: 1 });
    expect(conv(7, 'MWh', 'MWh')).toEqual({ ok: true, value: 7, factor: 1 });
  });

  it.each([
    ['kg', 'MWh'],
    ['MWh', 't'],
    ['persons', 'CNY'],
    ['%', 't'],
    ['m²', 'm³'],
    ['GJ', 'persons'],
  ])('refuses %s for a metric in %s', (from, to) => {
    expect(conv(1, from, to)).toEqual({ ok: false, reason: 'incompatible' });
  });

  it('names an unknown spelling as unknown, not incompatible', () => {
    expect(conv(1, 'bananas', 't')).toEqual({ ok: false, reason: 'unknown_unit' });
  });

  it('knows every unit the catalogue uses', () => {
    for (const u of ['persons', 'count', 'person-times', '%', 'm³', 't', 'MWh', 'GJ', 'kWh', 'm²', 'tCO2e', 'tCO2/MWh', 'GJ/m³', 'tCO2/t', 'hours', 'days', 'CNY', 'kg/person', 'hours/person', 'kWh/m²']) {
      expect(isKnownUnit(u), u).toBe(true);
    }
  });
});
