// Headcounts entered as the report prints them: per gender × region, per age band only, part-time
// and new hires with their own breakdowns. The KPI asking for one dimension sums the others; a
// complete breakdown gives the total when no total row is entered, and the trace says which.
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { toDimensionDefs } from '../../shared/catalogue.js';
import { computeYear, type EntryRow } from '../../shared/engine/compute.js';
import type { Dims } from '../../shared/dimensions.js';

const cat = loadTemplateCatalogue();
const dimensions = toDimensionDefs(cat.docs['dimensions']);
const row = (metric: string, value: number | null, dims: Dims = {}): EntryRow => ({ metric, dims, value });
const run = (rows: EntryRow[]) => computeYear(cat.metrics, rows, { dimensions });
const find = (r: ReturnType<typeof run>, code: string, dims: Dims = {}) =>
  r.values.find((v) => v.code === code && JSON.stringify(v.dims) === JSON.stringify(dims));

describe('headcount breakdowns', () => {
  it('a gender × region table answers the female share and gives the total, traced', () => {
    const r = run([
      row('workforce.fulltime', 310, { gender: 'female', region: 'mainland' }),
      row('workforce.fulltime', 22, { gender: 'female', region: 'hk_macau_taiwan' }),
      row('workforce.fulltime', 540, { gender: 'male', region: 'mainland' }),
      row('workforce.fulltime', 31, { gender: 'male', region: 'hk_macau_taiwan' }),
    ]);
    const total = find(r, 'workforce.fulltime');
    expect(total?.value).toBe(310 + 22 + 540 + 31);
    expect(total?.fromBreakdown).toEqual(['gender', 'region']);
    expect(total?.trace?.inputs).toHaveLength(4);
    expect(find(r, 'workforce.fulltime', { gender: 'female' })).toMatchObject({ value: 332, fromBreakdown: ['region'] });
    expect(find(r, 'workforce.female_share')?.value).toBeCloseTo((332 / 903) * 100, 12);
  });

  it('a single "female, mainland" row counts for female when every row is mainland', () => {
    const r = run([row('workforce.fulltime', 40, { gender: 'female', region: 'mainland' }), row('workforce.fulltime', 60, { gender: 'male', region: 'mainland' })]);
    expect(find(r, 'workforce.female_share')?.value).toBeCloseTo(40, 12);
  });

  it('an age breakdown gives the total only when it lists every band', () => {
    const complete = run([
      row('workforce.total', 300, { age: 'under30' }),
      row('workforce.total', 520, { age: '30to50' }),
      row('workforce.total', 220, { age: 'over50' }),
      row('waste.packaging', 52),
    ]);
    expect(find(complete, 'workforce.total')).toMatchObject({ value: 1040, fromBreakdown: ['age'] });
    expect(find(complete, 'workforce.total')?.trace?.formula).toBe('sumby(workforce.total, "age")');
    // The per-person denominator works from it.
    expect(find(complete, 'waste.packaging_intensity')?.value).toBeCloseTo(52 / 1040, 12);

    const partial = run([row('workforce.total', 300, { age: 'under30' }), row('workforce.total', 520, { age: '30to50' }), row('waste.packaging', 52)]);
    expect(find(partial, 'workforce.total')).toBeUndefined();
    expect(find(partial, 'waste.packaging_intensity')).toBeUndefined();
  });

  it('an entered total wins over its breakdown; part-time and new hires take breakdowns too', () => {
    const r = run([
      row('workforce.fulltime', 1000),
      row('workforce.fulltime', 400, { gender: 'female' }),
      row('workforce.fulltime', 500, { gender: 'male' }),
      row('workforce.parttime', 12, { gender: 'female' }),
      row('workforce.parttime', 8, { gender: 'male' }),
      row('workforce.new_hires', 70, { age: 'under30' }),
      row('workforce.new_hires', 25, { age: '30to50' }),
      row('workforce.new_hires', 5, { age: 'over50' }),
    ]);
    expect(find(r, 'workforce.fulltime')).toMatchObject({ value: 1000 });
    expect(find(r, 'workforce.fulltime')?.fromBreakdown).toBeUndefined();
    expect(find(r, 'workforce.parttime')?.value).toBe(20);
    expect(find(r, 'workforce.new_hires')?.value).toBe(100);
  });

  it('two breakdown tables of one metric: the simpler one answers, no double count', () => {
    const r = run([
      row('workforce.leavers', 30, { gender: 'female' }),
      row('workforce.leavers', 50, { gender: 'male' }),
      row('workforce.leavers', 10, { age: 'under30' }),
      row('workforce.leavers', 60, { age: '30to50' }),
      row('workforce.leavers', 10, { age: 'over50' }),
      row('workforce.leavers', 20, { gender: 'female', level: 'staff' }),
    ]);
    const total = find(r, 'workforce.leavers');
    expect(total?.value).toBe(80);
    expect(total?.fromBreakdown).toEqual(['age']);
  });
});
