// The data of a share (pie) chart for one year, in the report's language: the same figures
// the KPI tables print (display unit and decimals of the metric), the slice labels from the
// catalogue (dimension value or metric names) and the rounded shares. Read by the DOCX model
// and by the outline editor's preview (`chart:share`), so both draw the same slices.
import type { MetricDef } from '../../shared/catalogue.js';
import type { Lang } from '../../shared/domain.js';
import { displayUnit } from '../../shared/report/format.js';
import { shareSlices, type ShareChartConfig, type ShareChartData } from '../../shared/report/share-chart.js';
import type { Workspace } from '../store/workspace.js';
import { createValueSource, type ValueSource } from './report-values.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export type ShareChartResult = { ok: true; data: ShareChartData } | { ok: false; reason: 'no_data' | 'units_differ'; units?: string[] };

const pick = (lang: Lang, zh: string, en: string) => (lang === 'zh-Hant' ? zh : en);

interface Part {
  label: string;
  metric: string;
  dims: Record<string, string>;
  /** Named in the note when it has no value (a breakdown names only values entered as not applicable). */
  nameWhenMissing: boolean;
}

function partsOf(ws: Workspace, cfg: ShareChartConfig, lang: Lang, values: ValueSource, year: number): Part[] {
  const cat = loadWorkspaceCatalogue(ws);
  if (cfg.parts) {
    return cfg.parts.map((p) => {
      const def = cat.byCode.get(p.metric);
      const own = lang === 'zh-Hant' ? p.label_zh : p.label_en;
      return { label: own ?? (def ? pick(lang, def.nameZh, def.nameEn) : p.metric), metric: p.metric, dims: p.dims, nameWhenMissing: true };
    });
  }
  const metric = cfg.metric as string;
  const key = cfg.dimension as string;
  const dim = cat.dimensions.find((d) => d.key === key);
  const options = dim?.open
    ? ws.profile.sites().map((s) => ({ code: s.code, name: pick(lang, s.nameZh, s.nameEn) }))
    : (dim?.values ?? []).map((v) => ({ code: v.code, name: pick(lang, v.nameZh, v.nameEn) }));
  return options.map((o) => {
    const dims = { ...cfg.dims, [key]: o.code };
    return { label: o.name, metric, dims, nameWhenMissing: values.get(metric, dims, year)?.naReason != null };
  });
}

/** The chart's slices in `lang` for the edition `year` (the config's year is relative to it). */
export function loadShareChart(ws: Workspace, editionYear: number, lang: Lang, cfg: ShareChartConfig, values: ValueSource = createValueSource(ws)): ShareChartResult {
  const year = editionYear + cfg.year;
  const parts = partsOf(ws, cfg, lang, values, year);
  const cat = loadWorkspaceCatalogue(ws);
  const defs = [...new Set(parts.map((p) => p.metric))].map((c) => cat.byCode.get(c)).filter((d): d is MetricDef => d !== undefined);
  const units = [...new Set(defs.map((d) => d.unit))];
  if (units.length > 1) return { ok: false, reason: 'units_differ', units };
  const def = defs[0];
  if (!def) return { ok: false, reason: 'no_data' };
  const shown = displayUnit(def, lang);
  const measured = parts.map((p) => ({ p, value: values.value(p.metric, p.dims, year) }));
  const { slices } = shareSlices(measured.map((m) => ({ label: m.p.label, value: m.value === null ? null : m.value / shown.divisor })));
  if (!slices.length) return { ok: false, reason: 'no_data' };
  return {
    ok: true,
    data: {
      year,
      unit: shown.unit,
      decimals: shown.decimals,
      slices,
      total: slices.reduce((a, s) => a + s.value, 0),
      omitted: measured.filter((m) => m.value === null && m.p.nameWhenMissing).map((m) => m.p.label),
    },
  };
}
