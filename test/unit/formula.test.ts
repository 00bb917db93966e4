import { describe, expect, it } from 'vitest';
import { compileFormula, formulaRefs, FormulaError } from '../../shared/engine/formula.js';

describe('formulas', () => {
  it('lists the metrics a formula reads', () => {
    const e = compileFormula('max(energy.electricity - energy.green_electricity, 0) * factor.grid_market + energy.heat * factor.heat_ef');
    expect(formulaRefs(e)).toEqual(['energy.electricity', 'energy.green_electricity', 'factor.grid_market', 'energy.heat', 'factor.heat_ef']);
  });

  it('reads sumby and pick with their dimension arguments', () => {
    expect(compileFormula('sumby(ghg.scope3, "scope3_category")')).toEqual({ op: 'sumby', a: { op: 'ref', code: 'ghg.scope3' }, code: 'ghg.scope3', key: 'scope3_category' });
    expect(compileFormula('pick(workforce.fulltime, "gender", "female")')).toEqual({ op: 'pick', code: 'workforce.fulltime', key: 'gender', value: 'female' });
  });

  it.each([
    ['energy.a ^ 2', /operator \^/],
    ['sqrt(energy.a)', /function sqrt/],
    ['x + 1', /not a metric code/],
    ['energy.a +', /cannot read formula/],
    ['sumby(energy.a)', /quoted text/],
  ])('refuses %s', (text, message) => {
    expect(() => compileFormula(text)).toThrow(FormulaError);
    expect(() => compileFormula(text)).toThrow(message);
  });
});
