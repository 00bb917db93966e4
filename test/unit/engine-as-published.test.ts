// Totals entered as published (issue 18 item 2): a company that keeps only the totals of its
// report enters Scope 1, Scope 2, total energy or Scope 3 as printed; they are used where they
// cannot be computed, the trace says so, and `check` names both figures when a computed value
// contradicts the published one beyond the rounding it was typed with.
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { checkEnteredVsComputed, roundingOf } from '../../shared/checks/entered-vs-computed.js';
import type { ReportCheckInput } from '../../shared/checks/types.js';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { computeYear, type EntryRow } from '../../shared/engine/compute.js';

const { metrics, dimensions } = loadTemplateCatalogue();
const row = (metric: string, value: number | null, dims: Dims = {}, extra: Partial<EntryRow> = {}): EntryRow => ({ metric, dims, value, ...extra });

function run(rows: EntryRow[]) {
  const result = computeYear(metrics, rows, { dimensions });
  const get = (code: string, dims: Dims = {}) => result.values.find((v) => v.code === code && dimsKey(v.dims) === dimsKey(dims));
  return { result, get };
}

function findings(rows: EntryRow[], typed: Record<string, string>) {
  const { result } = run(rows);
  const input = { year: 2024, metrics, rows, result, typedOf: (m: string) => typed[m] } as unknown as ReportCheckInput;
  return checkEnteredVsComputed(input);
}

describe('totals entered as published', () => {
  it('takes Scope 1, both Scope 2 and total energy as published when their inputs are not kept', () => {
    const { get } = run([row('ghg.scope1', 2_100), row('ghg.scope2_location', 274_000), row('ghg.scope2_market', 57_800), row('energy.total', 520_171.04), row('workforce.total', 27_674)]);
    expect(get('ghg.scope1')).toMatchObject({ value: 2_100, kind: 'derived', trace: { asPublished: true } });
    expect(get('ghg.scope2_market')?.value).toBe(57_800);
    // Totals built on them are computed from the published figures, and say so in their trace.
    expect(get('ghg.scope12')?.value).toBe(276_100);
    expect(get('ghg.scope12')?.trace?.inputs.find((t) => t.code === 'ghg.scope1')).toMatchObject({ value: 2_100, asPublished: true });
    expect(get('ghg.scope12_intensity')?.value).toBeCloseTo(276_100 / 27_674, 12);
    expect(get('energy.total')?.value).toBe(520_171.04);
  });

  it('a Scope 3 total entered without categories is the Scope 3 total, as ghg.scope3_total or as an undivided ghg.scope3', () => {
    expect(run([row('ghg.scope3_total', 1_234.5)]).get('ghg.scope3_total')).toMatchObject({ value: 1_234.5, trace: { asPublished: true } });
    expect(run([row('ghg.scope3', 1_234.5)]).get('ghg.scope3_total')?.value).toBe(1_234.5);
    // With categories, the categories are summed.
    expect(run([row('ghg.scope3', 1_000, { scope3_category: '1' }), row('ghg.scope3', 234.5, { scope3_category: '6' })]).get('ghg.scope3_total')?.value).toBe(1_234.5);
  });

  it('computes a total whose inputs are kept, and keeps the published figure beside it', () => {
    const inputs = [row('energy.natural_gas', 20_000), row('factor.natural_gas_ef', 0.00216), row('ghg.scope1_other', 0)];
    const { get } = run([...inputs, row('ghg.scope1', 45)]);
    expect(get('ghg.scope1')).toMatchObject({ value: 43.2, published: 45 });
    expect(get('ghg.scope1')?.trace?.asPublished).toBeUndefined();
  });

  it('check names both figures when they differ beyond the rounding typed, and is quiet within it', () => {
    const inputs = [row('energy.natural_gas', 1_000_000), row('factor.natural_gas_ef', 0.0021), row('ghg.scope1_other', 34)]; // 2,134 t
    // "0.21" 萬噸 is 2,050 to 2,150 t: 2,134 is within it.
    expect(findings([...inputs, row('ghg.scope1', 2_100)], { 'ghg.scope1': '0.21' })).toEqual([]);
    // "2,100" t is 2,099.5 to 2,100.5 t: 2,134 is not.
    const f = findings([...inputs, row('ghg.scope1', 2_100)], { 'ghg.scope1': '2,100' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'consistency.entered_vs_computed', metric: 'ghg.scope1', severity: 'warning' });
    expect(f[0]?.message).toContain('2100');
    expect(f[0]?.message).toContain('2134');
  });

  it('reads the rounding of a figure from the digits typed, in the unit typed', () => {
    expect(roundingOf('0.21', 2_100)).toBeCloseTo(50, 9);
    expect(roundingOf('2,100', 2_100)).toBeCloseTo(0.5, 9);
    expect(roundingOf('520,171.04', 520_171.04)).toBeCloseTo(0.005, 9);
  });

  it('a total entered as not disclosed stays absent with its reason', () => {
    const { get, result } = run([row('ghg.scope3_total', null, {}, { naReason: 'not yet measured', notDisclosed: true })]);
    expect(get('ghg.scope3_total')).toMatchObject({ value: null, notDisclosed: true, naReason: 'not yet measured' });
    expect(result.missing.find((m) => m.code === 'ghg.scope3_total')).toBeUndefined();
  });
});
