// What the report says of each HKEX item (Parts B, C, D) in a year: disclosed (a mapped or
// catalogued metric has data; for an item no metric measures, a mapped section holds content), explained (marked not
// applicable with a reason in the disclosure map, or a candidate metric entered as NA with a
// reason), or nothing. The same reading as the HKEX completeness check, for any item.
import type { MetricDef } from '../catalogue.js';
import type { EntryRow, YearResult } from '../engine/compute.js';
import type { DisclosureEntry, Framework } from '../report/disclosure.js';

export type DisclosureState = 'disclosed' | 'explained' | 'none';

export interface DisclosureStateInput {
  items: readonly { code: string; framework: Extract<Framework, 'hkex' | 'partd'> }[];
  metrics: readonly MetricDef[];
  rows: readonly EntryRow[];
  result: YearResult;
  disclosure: readonly DisclosureEntry[];
  sectionsWithContent: ReadonlySet<string>;
}

export function disclosureStates(input: DisclosureStateInput): Map<string, DisclosureState> {
  const { items, metrics, rows, result, disclosure, sectionsWithContent } = input;
  const withData = new Set(result.values.filter((v) => v.value !== null && v.kind !== 'factor').map((v) => v.code));
  const naMetrics = new Set(rows.filter((r) => r.value === null && r.naReason).map((r) => r.metric));
  const out = new Map<string, DisclosureState>();
  for (const item of items) {
    const entry = disclosure.find((d) => d.framework === item.framework && d.itemCode === item.code);
    if (entry?.status === 'not_applicable') {
      out.set(item.code, 'explained');
      continue;
    }
    const catalogued = metrics.filter((m) => (item.framework === 'hkex' ? m.hkex : m.partd).includes(item.code)).map((m) => m.code);
    const candidates = [...new Set([...(entry?.metrics ?? []), ...catalogued])];
    // An item measured by metrics is disclosed by their data: a section showing a KPI table of
    // metrics with no value for the year discloses nothing. Narrative items, by their sections.
    const disclosed = candidates.length > 0 ? candidates.some((c) => withData.has(c)) : (entry?.sections ?? []).some((s) => sectionsWithContent.has(s));
    out.set(item.code, disclosed ? 'disclosed' : candidates.some((c) => naMetrics.has(c)) ? 'explained' : 'none');
  }
  return out;
}
