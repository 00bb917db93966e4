// Figures an HKEX item's metrics have no number for, and why: "not applicable — none used"
// (counted as zero in sums, needs no factor) or "not disclosed" (the company does not publish
// it; stays absent). The HKEX index of the report and of the annex print them as such beside
// the item, so a reader sees the explanation the comply-or-explain rule asks for.
import type { MetricDef } from '../catalogue.js';
import type { ComputedValue } from '../engine/compute.js';

export type WithheldKind = 'not_applicable' | 'not_disclosed';

export interface WithheldValue {
  metric: string;
  nameZh: string;
  nameEn: string;
  kind: WithheldKind;
  reason: string;
}

/** The item's metrics (catalogue `hkex` references) whose total for the year is NA or ND. */
export function withheldForItem(item: string, metrics: readonly MetricDef[], values: readonly ComputedValue[]): WithheldValue[] {
  const out: WithheldValue[] = [];
  for (const m of metrics) {
    if (!m.hkex.includes(item)) continue;
    const v = values.find((x) => x.code === m.code && Object.keys(x.dims).length === 0);
    if (!v || v.value !== null) continue;
    out.push({ metric: m.code, nameZh: m.nameZh, nameEn: m.nameEn, kind: v.notDisclosed ? 'not_disclosed' : 'not_applicable', reason: v.naReason ?? '' });
  }
  return out;
}
