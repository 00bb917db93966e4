// Numbers as the report prints them, per language. The engine and --json stay in canonical
// units at full precision; only this edge formats. The Chinese report follows the reference
// report's larger units: 萬噸二氧化碳當量 for emission totals, 萬噸 for water and
// non-hazardous waste, 萬元 for money (1 萬 = 10,000). The English report keeps canonical units.
import type { Lang } from '../domain.js';
import { unitSuffix } from '../unit-labels.js';

export interface DisplayUnit {
  /** Canonical value ÷ divisor = displayed value. */
  divisor: number;
  unit: string;
  decimals: number;
}

/** Where the Chinese report uses 萬 units, as in the reference report's KPI tables. */
const ZH_LARGE_UNITS: Record<string, DisplayUnit> = {
  'ghg.scope1': { divisor: 10_000, unit: '萬噸二氧化碳當量', decimals: 2 },
  'ghg.scope2_location': { divisor: 10_000, unit: '萬噸二氧化碳當量', decimals: 2 },
  'ghg.scope2_market': { divisor: 10_000, unit: '萬噸二氧化碳當量', decimals: 2 },
  'ghg.scope12': { divisor: 10_000, unit: '萬噸二氧化碳當量', decimals: 2 },
  'ghg.scope3': { divisor: 10_000, unit: '萬噸二氧化碳當量', decimals: 2 },
  'ghg.scope3_total': { divisor: 10_000, unit: '萬噸二氧化碳當量', decimals: 2 },
  'water.fresh': { divisor: 10_000, unit: '萬噸', decimals: 2 },
  'water.wastewater': { divisor: 10_000, unit: '萬噸', decimals: 2 },
  'waste.non_hazardous': { divisor: 10_000, unit: '萬噸', decimals: 2 },
};

/** Money in the Chinese report: 萬元 to one decimal. */
const ZH_CNY: DisplayUnit = { divisor: 10_000, unit: '萬元', decimals: 1 };

const LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-Hant-HK', en: 'en-GB' };

type PrintedMetric = { code: string; unit: string; decimals: number; unitLabelZh?: string; unitLabelEn?: string };

/** The 萬 unit the Chinese report prints a metric in, if any. */
const zhLargeUnit = (metric: PrintedMetric): DisplayUnit | undefined =>
  metric.unitLabelZh ? undefined : (ZH_LARGE_UNITS[metric.code] ?? (metric.unit === 'CNY' ? ZH_CNY : undefined));

/**
 * The display precision of a metric in its canonical unit, the same in both reports and in the
 * annex's number format: the precision the Chinese report prints it at. Where that is a 萬 unit
 * to two decimals (27.61 萬噸 = 276,100 t), the canonical figure is whole (276,058 tCO2e, not
 * 276,058.42, whose hundredths no meter gives); otherwise it is the catalogue's decimals, which
 * follow the reference report (411,779.0 MWh, 18.46 MWh/person, 87.1%).
 */
export function displayDecimals(metric: PrintedMetric): number {
  const large = zhLargeUnit(metric);
  return large ? Math.max(0, large.decimals - Math.round(Math.log10(large.divisor))) : metric.decimals;
}

/** The unit as the report prints it with a figure (shared/unit-labels.ts). */
export { unitSuffix as unitLabel } from '../unit-labels.js';

/** The unit a metric is printed in for a language, and how to get there from canonical. */
export function displayUnit(metric: PrintedMetric, lang: Lang): DisplayUnit {
  // A unit that names its denominator ("tCO2e per million HKD revenue") is printed as written.
  const own = lang === 'zh-Hant' ? metric.unitLabelZh : metric.unitLabelEn;
  if (own) return { divisor: 1, unit: own, decimals: metric.decimals };
  if (lang === 'zh-Hant') {
    const large = zhLargeUnit(metric);
    if (large) return large;
  }
  return { divisor: 1, unit: unitSuffix(metric.unit, lang), decimals: displayDecimals(metric) };
}

export function formatNumber(value: number, lang: Lang, decimals: number, minDecimals = decimals): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: minDecimals, maximumFractionDigits: decimals, useGrouping: true }).format(value);
}

export interface FormattedValue {
  /** The number as printed, e.g. "27.61". */
  text: string;
  /** The unit as printed, e.g. "萬噸二氧化碳當量" (may be empty, e.g. for counts in English). */
  unit: string;
  /** The displayed number before formatting, after the unit change. */
  shown: number;
}

/** A value in canonical units, as the report prints it in `lang`. */
export function formatValue(value: number, metric: PrintedMetric, lang: Lang): FormattedValue {
  const d = displayUnit(metric, lang);
  const shown = value / d.divisor;
  // None is printed 0, not 0.0 or 0.00: the decimals say how precise a measured figure is,
  // and nothing measured is exactly none (0 fatalities, a fatality rate of 0).
  return { text: value === 0 ? formatNumber(0, lang, 0) : formatNumber(shown, lang, d.decimals), unit: d.unit, shown };
}

/** A change in percent with its sign, e.g. "+22.3%" or "−14.6%" (true minus sign). */
export function formatChangePct(pct: number, lang: Lang, decimals = 1): string {
  const rounded = Number(pct.toFixed(decimals));
  const body = formatNumber(Math.abs(rounded), lang, decimals);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${body}%`;
}

/** The value followed by its unit, with the spacing each language uses. */
export function withUnit(f: FormattedValue, lang: Lang): string {
  if (!f.unit) return f.text;
  if (f.unit === '%') return `${f.text}%`;
  return lang === 'zh-Hant' ? `${f.text}${f.unit}` : `${f.text} ${f.unit}`;
}
