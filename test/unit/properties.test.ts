// Properties that must hold for every input, not just the examples we thought of.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { dimsKey, parseDimsText } from '../../shared/dimensions.js';
import { computeYear, type EntryRow } from '../../shared/engine/compute.js';
import { compileFormula, formulaRefs } from '../../shared/engine/formula.js';
import { readCsv } from '../../shared/io/csv.js';
import { parseNumber } from '../../shared/io/data-package.js';
import { convertToCanonical } from '../../shared/units.js';

const { metrics } = loadTemplateCatalogue();
const byCode = new Map(metrics.map((m) => [m.code, m]));
const positive = fc.double({ min: 1e-6, max: 1e9, noNaN: true, noDefaultInfinity: true });

const FAMILIES: string[][] = [
  ['kWh', 'MWh', 'GWh', 'GJ', 'MJ', 'TJ'],
  ['kg', 't', '萬噸', 'tCO2e', 'kgCO2e'],
  ['m³', 'L', '萬立方米'],
  ['CNY', '萬元', '百萬元'],
];

describe('properties', () => {
  it('converting between compatible units and back returns the value', () => {
    fc.assert(
      fc.property(positive, fc.constantFrom(...FAMILIES), fc.nat(), fc.nat(), (v, fam, i, j) => {
        const a = fam[i % fam.length] as string;
        const b = fam[j % fam.length] as string;
        const there = convertToCanonical(v, a, b);
        expect(there.ok).toBe(true);
        if (!there.ok) return;
        const back = convertToCanonical(there.value, b, a);
        expect(back.ok && Math.abs(back.value - v) / v).toBeLessThan(1e-12);
      }),
    );
  });

  it('never converts across families', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: FAMILIES.length - 1 }), fc.integer({ min: 0, max: FAMILIES.length - 1 }), fc.nat(), fc.nat(), (f, g, i, j) => {
        fc.pre(f !== g);
        const a = FAMILIES[f]?.[i % (FAMILIES[f]?.length ?? 1)] as string;
        const b = FAMILIES[g]?.[j % (FAMILIES[g]?.length ?? 1)] as string;
        expect(convertToCanonical(1, a, b)).toEqual({ ok: false, reason: 'incompatible' });
      }),
    );
  });

  it('reads back any number written with thousands separators', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = v.toLocaleString('en', { maximumFractionDigits: 6, useGrouping: true });
        const back = parseNumber(text);
        expect(back).toBeCloseTo(Number(text.replace(/,/g, '')), 9);
      }),
    );
  });

  it('gives a dimension set one key whatever the order it is written in', () => {
    const pair = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/));
    fc.assert(
      fc.property(fc.uniqueArray(pair, { selector: (p) => p[0], maxLength: 5 }), (pairs) => {
        const text = pairs.map(([k, v]) => `${k}=${v}`).join(';');
        const reversed = [...pairs].reverse().map(([k, v]) => ` ${k} = ${v} `).join(';');
        expect(dimsKey(parseDimsText(text).dims)).toBe(dimsKey(parseDimsText(reversed).dims));
      }),
    );
  });

  it('reads any table written as CSV back cell for cell', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        fc.pre(rows.every((r) => r.some((c) => c.trim() !== '')));
        const text = Papa.unparse([['a', 'b', 'c'], ...rows], { newline: '\r\n', quotes: true });
        expect(readCsv(text).records.map((r) => r.cells)).toEqual(rows);
      }),
    );
  });

  it('computes a derived metric exactly when all of its inputs (transitively) are present', () => {
    const entered = metrics.filter((m) => m.kind !== 'derived' && m.dimensions.length === 0).map((m) => m.code);
    const needs = (code: string, seen = new Set<string>()): string[] => {
      const m = byCode.get(code);
      if (!m || seen.has(code)) return [];
      seen.add(code);
      if (m.kind !== 'derived') return [code];
      return formulaRefs(compileFormula(m.formula ?? '')).flatMap((r) => needs(r, seen));
    };
    // Sums over a dimension (every fuel burnt, every Scope 3 category) take whichever values are
    // entered, so "all of its inputs" means nothing for them nor for what is built on them.
    const overDimension = (code: string, seen = new Set<string>()): boolean => {
      const m = byCode.get(code);
      if (!m || m.kind !== 'derived' || seen.has(code)) return false;
      seen.add(code);
      if (/sumby|pick/.test(m.formula ?? '')) return true;
      return formulaRefs(compileFormula(m.formula ?? '')).some((r) => overDimension(r, seen));
    };
    const simple = metrics.filter((m) => m.kind === 'derived' && !overDimension(m.code));
    fc.assert(
      fc.property(fc.subarray(entered), fc.array(positive, { minLength: entered.length, maxLength: entered.length }), (present, values) => {
        const rows: EntryRow[] = present.map((code) => ({ metric: code, dims: {}, value: values[entered.indexOf(code)] as number }));
        const got = new Set(computeYear(metrics, rows).values.filter((v) => v.kind === 'derived' && Object.keys(v.dims).length === 0).map((v) => v.code));
        for (const m of simple) expect(got.has(m.code), m.code).toBe(needs(m.code).every((c) => present.includes(c)));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps totals equal to their parts and market-based Scope 2 within its bounds', () => {
    fc.assert(
      fc.property(positive, positive, positive, positive, positive, positive, (elec, heat, green, gm, hef, total) => {
        const rows: EntryRow[] = [
          { metric: 'energy.electricity', dims: {}, value: elec },
          { metric: 'energy.heat', dims: {}, value: heat },
          { metric: 'energy.green_electricity', dims: {}, value: green },
          { metric: 'factor.grid_market', dims: {}, value: gm % 2 },
          { metric: 'factor.heat_ef', dims: {}, value: hef % 1 },
          { metric: 'workforce.total', dims: {}, value: Math.ceil(total) },
        ];
        const v = (code: string) => computeYear(metrics, rows).values.find((x) => x.code === code)?.value as number;
        const heatPart = heat * (hef % 1);
        expect(v('ghg.scope2_market')).toBeGreaterThanOrEqual(heatPart * (1 - 1e-12));
        expect(v('ghg.scope2_market')).toBeLessThanOrEqual((elec * (gm % 2) + heatPart) * (1 + 1e-12));
        expect(v('energy.indirect_intensity') * Math.ceil(total)).toBeCloseTo(v('energy.indirect'), 6);
      }),
    );
  });
});
