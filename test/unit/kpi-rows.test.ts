// How a KPI table nests: breakdowns under their own total or under a sub-heading, never under
// whatever row happens to be above.
import { describe, expect, it } from 'vitest';
import { shapeKpiRows, sumsOver, type KpiRowConfig, type KpiRowShape } from '../../shared/report/kpi-rows.js';

const r = (metric: string, dims: Record<string, string> = {}, indent = 0): KpiRowConfig => ({ metric, dims, indent });
const formulas: Record<string, string> = { 'ghg.scope3_total': 'sumby(ghg.scope3, "scope3_category")' };
const shape = (rows: KpiRowConfig[]) => shapeKpiRows(rows, (m) => formulas[m]);
/** "depth:label" per printed row, the labels being metric[dims] or "by metric/keys". */
const print = (rows: KpiRowConfig[], s: KpiRowShape[]) =>
  s.map((x) => {
    if (x.kind === 'group') return `${x.depth}:by ${x.metric}/${x.keys.join('+')}`;
    const row = rows[x.row] as KpiRowConfig;
    const d = Object.values(row.dims).join('+');
    return `${x.depth}:${row.metric}${d ? `[${d}]` : ''}`;
  });

describe('shapeKpiRows', () => {
  it('gives each way a total is broken down its own sub-heading, at the level of the total', () => {
    const rows = [r('workforce.total'), r('workforce.fulltime', {}, 1), r('workforce.other', {}, 1), r('workforce.fulltime', { gender: 'male' }, 1), r('workforce.fulltime', { gender: 'female' }, 1), r('workforce.fulltime', { age: 'under30' }, 1), r('workforce.female_share')];
    expect(print(rows, shape(rows))).toEqual([
      '0:workforce.total',
      '1:workforce.fulltime',
      '1:workforce.other',
      '1:by workforce.fulltime/gender',
      '2:workforce.fulltime[male]',
      '2:workforce.fulltime[female]',
      '1:by workforce.fulltime/age',
      '2:workforce.fulltime[under30]',
      '0:workforce.female_share',
    ]);
  });

  it('does not nest a breakdown under an unrelated row the author indented it under', () => {
    const rows = [r('training.platform_courses'), r('training.avg_hours', { level: 'management' }, 1), r('training.avg_hours', { level: 'staff' }, 1), r('training.trained_share', { level: 'management' }, 1), r('training.avg_hours', { gender: 'male' }, 1)];
    expect(print(rows, shape(rows))).toEqual([
      '0:training.platform_courses',
      '0:by training.avg_hours/level',
      '1:training.avg_hours[management]',
      '1:training.avg_hours[staff]',
      '0:by training.trained_share/level',
      '1:training.trained_share[management]',
      '0:by training.avg_hours/gender',
      '1:training.avg_hours[male]',
    ]);
  });

  it('nests a breakdown of one kind right under its total, found through the total’s formula too', () => {
    const rows = [r('ghg.scope3_total'), r('ghg.scope3', { scope3_category: '1' }, 1), r('ghg.scope3', { scope3_category: '6' }, 1), r('ghg.avoided'), r('suppliers.count'), r('suppliers.count', { region: 'mainland' })];
    expect(print(rows, shape(rows))).toEqual(['0:ghg.scope3_total', '1:ghg.scope3[1]', '1:ghg.scope3[6]', '0:ghg.avoided', '0:suppliers.count', '1:suppliers.count[mainland]']);
  });

  it('never indents a total more than one level below the row above', () => {
    const rows = [r('energy.total'), r('energy.natural_gas', {}, 3)];
    expect(print(rows, shape(rows))).toEqual(['0:energy.total', '1:energy.natural_gas']);
  });

  it('reads sumby in a formula, and nothing else, as a breakdown total', () => {
    expect(sumsOver('sumby(ghg.scope3, "scope3_category")', 'ghg.scope3', 'scope3_category')).toBe(true);
    expect(sumsOver('ghg.scope3 * 2', 'ghg.scope3', 'scope3_category')).toBe(false);
    expect(sumsOver(undefined, 'ghg.scope3', 'scope3_category')).toBe(false);
  });
});

describe('shapeKpiRows, standalone breakdowns', () => {
  it('leaves a breakdown the author did not indent, with no total above, on its own', () => {
    const rows = [r('workforce.fulltime', { gender: 'female' }), r('workforce.fulltime', { gender: 'female' }, 1), r('workforce.fulltime', { gender: 'male', age: 'under30' }, 1), r('workforce.fulltime', { age: 'over50', gender: 'female' }, 1)];
    expect(print(rows, shape(rows))).toEqual(['0:workforce.fulltime[female]', '0:by workforce.fulltime/gender', '1:workforce.fulltime[female]', '0:by workforce.fulltime/gender+age', '1:workforce.fulltime[male+under30]', '1:workforce.fulltime[over50+female]']);
  });
});
