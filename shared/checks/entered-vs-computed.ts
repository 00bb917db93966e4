// A total entered as published (Scope 1, total energy …) and computed from its inputs too:
// when the two differ by more than the rounding of the figure as it was typed, one of them is
// wrong (a factor, a missed fuel, a typo in the published figure), and the report would print
// the computed one. The tolerance is half a unit of the last digit typed, in the unit typed:
// "0.21" 萬噸 stands for anything from 2,050 to 2,150 t.
import type { Finding } from '../checks.js';
import { dimsKey, type Dims } from '../dimensions.js';
import { finding } from './finding.js';
import type { ReportCheckInput } from './types.js';

/** Half a unit of the last digit of the number as typed, scaled to the stored (canonical) value. */
export function roundingOf(typed: string | undefined, stored: number): number {
  const floor = Math.max(1e-9, Math.abs(stored) * 1e-9);
  const text = (typed ?? '').trim().replace(/,/g, '');
  const n = Number(text);
  if (!text || !Number.isFinite(n) || n === 0 || /e/i.test(text)) return floor;
  const decimals = text.includes('.') ? (text.split('.')[1] as string).length : 0;
  return Math.max(floor, 0.5 * 10 ** -decimals * Math.abs(stored / n));
}

export function checkEnteredVsComputed(input: ReportCheckInput): Finding[] {
  const out: Finding[] = [];
  for (const v of input.result.values) {
    if (v.kind !== 'derived' || v.published === undefined || v.value === null) continue;
    const tolerance = roundingOf(input.typedOf?.(v.code, v.dims), v.published);
    if (Math.abs(v.value - v.published) <= tolerance) continue;
    out.push(
      finding('warning', 'consistency.entered_vs_computed', v.code, input.year, {
        code: 'check.entered_vs_computed',
        params: { metric: v.code, dims: dimsKey(v.dims), year: input.year, entered: v.published, computed: Number(v.value.toPrecision(12)), unit: v.unit },
      }),
    );
  }
  return out;
}

export type TypedLookup = (metric: string, dims: Dims) => string | undefined;
