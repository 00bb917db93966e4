// Numbers as the report prints them, per language. The engine and --json stay in canonical
// units at full precision; only this edge formats. The Chinese report follows the reference
// report's larger units: 萬噸二氧化碳當量 for emission totals, 萬噸 for water and
// non-hazardous waste, 萬元 for money (1 萬 = 10,000). The English report keeps canonical units.
import type { Lang } from '../domain.js';

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

const UNIT_NAMES: Record<string, { zh: string; en: string }> = {
  tCO2e: { zh: '噸二氧化碳當量', en: 'tCO2e' },
  'tCO2e/person': { zh: '噸二氧化碳當量/人', en: 'tCO2e/person' },
  MWh: { zh: '兆瓦時', en: 'MWh' },
  'MWh/person': { zh: '兆瓦時/人', en: 'MWh/person' },
  GJ: { zh: '吉焦', en: 'GJ' },
  'm³': { zh: '立方米', en: 'm³' },
  t: { zh: '噸', en: 't' },
  't/person': { zh: '噸/人', en: 't/person' },
  kg: { zh: '千克', en: 'kg' },
  'kg/person': { zh: '千克/人', en: 'kg/person' },
  kWh: { zh: '千瓦時', en: 'kWh' },
  'kWh/m²': { zh: '千瓦時/平方米', en: 'kWh/m²' },
  'm²': { zh: '平方米', en: 'm²' },
  persons: { zh: '人', en: 'persons' },
  'person-times': { zh: '人次', en: 'person-times' },
  count: { zh: '', en: '' },
  hours: { zh: '小時', en: 'hours' },
  'hours/person': { zh: '小時/人', en: 'hours/person' },
  days: { zh: '天', en: 'days' },
  CNY: { zh: '元', en: 'CNY' },
  '%': { zh: '%', en: '%' },
  'HKD million': { zh: '百萬港元', en: 'HKD million' },
  units: { zh: '單位', en: 'units' },
};

const LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-Hant-HK', en: 'en-GB' };

export function unitLabel(unit: string, lang: Lang): string {
  const n = UNIT_NAMES[unit];
  return n ? (lang === 'zh-Hant' ? n.zh : n.en) : unit;
}

/** The unit a metric is printed in for a language, and how to get there from canonical. */
export function displayUnit(metric: { code: string; unit: string; decimals: number; unitLabelZh?: string; unitLabelEn?: string }, lang: Lang): DisplayUnit {
  // A unit that names its denominator ("tCO2e per million HKD revenue") is printed as written.
  const own = lang === 'zh-Hant' ? metric.unitLabelZh : metric.unitLabelEn;
  if (own) return { divisor: 1, unit: own, decimals: metric.decimals };
  if (lang === 'zh-Hant') {
    const large = ZH_LARGE_UNITS[metric.code];
    if (large) return large;
    if (metric.unit === 'CNY') return { divisor: 10_000, unit: '萬元', decimals: 1 };
  }
  return { divisor: 1, unit: unitLabel(metric.unit, lang), decimals: metric.decimals };
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
export function formatValue(value: number, metric: { code: string; unit: string; decimals: number; unitLabelZh?: string; unitLabelEn?: string }, lang: Lang): FormattedValue {
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
