// Live references rendered for a year and a language: the value of the metric (in the
// report's display unit) or its change against the year before. Pure: values come through
// a lookup function.
import type { MetricDef } from '../catalogue.js';
import type { Dims } from '../dimensions.js';
import type { Lang } from '../domain.js';
import { formatChangePct, formatValue, withUnit } from './format.js';
import type { Inline, KpiRefAttrs, RichDoc, BlockNode, ListItem } from './rich-text.js';

export type Lookup = (code: string, dims: Dims, year: number) => number | null;

export interface ResolvedRef {
  text: string;
  value: number | null;
  year: number;
  missing: boolean;
}

export function refYear(attrs: KpiRefAttrs, reportYear: number): number {
  return attrs.year === 'current' ? reportYear : attrs.year === 'previous' ? reportYear - 1 : attrs.year;
}

/** What a kpiRef shows; "[code: no data 2024]" (in the language) when the value is absent. */
export function resolveKpiRef(attrs: KpiRefAttrs, ctx: { year: number; lang: Lang; lookup: Lookup; metric: (code: string) => MetricDef | undefined }): ResolvedRef {
  const year = refYear(attrs, ctx.year);
  const def = ctx.metric(attrs.code);
  const missingText = ctx.lang === 'zh-Hant' ? `[${attrs.code}:${year}年無數據]` : `[${attrs.code}: no data for ${year}]`;
  const v = ctx.lookup(attrs.code, attrs.dims, year);
  if (v === null || !def) return { text: missingText, value: null, year, missing: true };
  if (attrs.show === 'change_pct') {
    const prev = ctx.lookup(attrs.code, attrs.dims, year - 1);
    if (prev === null || prev === 0) return { text: missingText.replace(String(year), String(year - 1)), value: null, year, missing: true };
    const pct = ((v - prev) / prev) * 100;
    return { text: formatChangePct(pct, ctx.lang), value: pct, year, missing: false };
  }
  const f = formatValue(v, def, ctx.lang);
  // A count of people in English prose is a bare number: the sentence names them ("9 directors").
  const text = ctx.lang === 'en' && def.unit === 'persons' ? f.text : withUnit(f, ctx.lang);
  return { text, value: v, year, missing: false };
}

export type ResolvedInline = Inline | { type: 'kpiRef'; attrs: KpiRefAttrs; resolved: ResolvedRef };

/** Inline nodes with every kpiRef carrying its rendered text (`resolved`). */
export function resolveInlines(run: readonly Inline[], ctx: Parameters<typeof resolveKpiRef>[1]): ResolvedInline[] {
  return run.map((n) => (n.type === 'kpiRef' ? { ...n, resolved: resolveKpiRef(n.attrs, ctx) } : n));
}

/** A document with every kpiRef resolved (same tree; kpiRef nodes gain `resolved`). */
export function resolveDoc(doc: RichDoc, ctx: Parameters<typeof resolveKpiRef>[1]): RichDoc {
  const visit = <T extends BlockNode | ListItem>(n: T): T => {
    if (n.type === 'paragraph' || n.type === 'heading') return { ...n, ...(n.content ? { content: resolveInlines(n.content, ctx) } : {}) } as T;
    return { ...n, content: (n.content as (BlockNode | ListItem)[]).map(visit) } as T;
  };
  return { type: 'doc', content: doc.content.map(visit) };
}
