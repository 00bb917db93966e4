// Everything the KPI annex shows, loaded once from the workspace. Sheet builders read only
// this model; they never query the database.
import type { PartDIndexRow } from '../../partd-index.js';
import type { DimensionDef, MetricDef } from '../../../../shared/catalogue.js';
import { dimsKey, type Dims } from '../../../../shared/dimensions.js';
import type { Company, Lang, Site } from '../../../../shared/domain.js';
import type { ComputedValue, YearResult } from '../../../../shared/engine/compute.js';
import type { TargetProgress } from '../../../../shared/targets.js';

// Sheet builders name breakdowns with the same helper as the report and department workbooks.
export { describeDims } from '../../../../shared/dimension-labels.js';

export interface FrameworkItem {
  code: string;
  kind: string;
  titleZh: string;
  titleEn: string;
}

/** Where the report discloses a framework item, or why it does not. */
export interface DisclosureEntry {
  framework: 'hkex' | 'sasb';
  code: string;
  sections: string[];
  metrics: string[];
  notApplicableReason?: string;
}

export interface AnnexModel {
  lang: Lang;
  year: number;
  /** Baseline year to report year, ascending. */
  years: number[];
  company: Company;
  metrics: readonly MetricDef[];
  dimensions: readonly DimensionDef[];
  sites: Site[];
  results: Map<number, YearResult>;
  targets: TargetProgress[];
  hkex: FrameworkItem[];
  sasb: FrameworkItem[];
  disclosure: DisclosureEntry[];
  /** The Part D index rows of a Code edition; null for an edition on the Guide (no sheet). */
  partD: PartDIndexRow[] | null;
}

export function nameOf(m: { nameZh: string; nameEn: string }, lang: Lang): string {
  return lang === 'zh-Hant' ? m.nameZh : m.nameEn;
}

export interface MetricRow {
  metric: MetricDef;
  dims: Dims;
  /** One entry per model year; undefined when there is no value that year. */
  cells: (ComputedValue | undefined)[];
}

/**
 * Rows of one metric: the total first, then each breakdown in catalogue order. Per-site
 * values are not rows of their own (a workspace may have hundreds of sites); totals that are
 * sums of sites say so in their notes.
 */
export function metricRows(model: AnnexModel, metric: MetricDef): MetricRow[] {
  const byKey = new Map<string, { dims: Dims; cells: (ComputedValue | undefined)[] }>();
  model.years.forEach((y, i) => {
    for (const v of valuesOf(model, y, metric.code)) {
      if ('site' in v.dims) continue;
      const k = dimsKey(v.dims);
      let row = byKey.get(k);
      if (!row) byKey.set(k, (row = { dims: v.dims, cells: model.years.map(() => undefined) }));
      row.cells[i] = v;
    }
  });
  const keyOrder = [...(metric.breakdown ?? []), ...metric.dimensions, 'site'];
  const rank = (dims: Dims): number[] => {
    const keys = Object.keys(dims);
    if (keys.length === 0) return [-1];
    return keys.map((k) => {
      const def = model.dimensions.find((d) => d.key === k);
      const vi = def ? def.values.findIndex((x) => x.code === dims[k]) : -1;
      return keyOrder.indexOf(k) * 1000 + (vi < 0 ? 999 : vi);
    });
  };
  return [...byKey.values()]
    .sort((a, b) => {
      const ra = rank(a.dims);
      const rb = rank(b.dims);
      for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
        const d = (ra[i] ?? -2) - (rb[i] ?? -2);
        if (d !== 0) return d;
      }
      return dimsKey(a.dims).localeCompare(dimsKey(b.dims));
    })
    .map((r) => ({ metric, dims: r.dims, cells: r.cells }));
}

const byCodeCache = new WeakMap<YearResult, Map<string, ComputedValue[]>>();

/** A year's values of one metric (indexed once per year result). */
export function valuesOf(model: AnnexModel, year: number, code: string): ComputedValue[] {
  const result = model.results.get(year);
  if (!result) return [];
  let index = byCodeCache.get(result);
  if (!index) {
    index = new Map();
    for (const v of result.values) {
      const list = index.get(v.code);
      if (list) list.push(v);
      else index.set(v.code, [v]);
    }
    byCodeCache.set(result, index);
  }
  return index.get(code) ?? [];
}

/** Excel number format for a metric's display precision; the cell keeps full precision. */
export function numberFormat(decimals: number): string {
  return decimals <= 0 ? '#,##0' : `#,##0.${'0'.repeat(Math.min(decimals, 8))}`;
}
