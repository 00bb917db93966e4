// One bilingual label per unit of the catalogue: the grid, the factors and targets screens,
// the KPI overview, History, the DOCX report and the XLSX annex all print a unit through
// `unitLabel`, so "persons" never reaches a Chinese screen and one unit never reads two ways.
// Symbols readers of both languages use (MWh, tCO2e, GJ, m³, %) keep their symbol in English;
// the Chinese report spells them out as the reference report does (兆瓦時, 噸二氧化碳當量).
import type { Lang } from './domain.js';

export const UNIT_LABELS: Record<string, Record<Lang, string>> = {
  '': { 'zh-Hant': '', en: '' },
  '%': { 'zh-Hant': '%', en: '%' },
  // A plain number (PUE): printed without a unit, labelled as a ratio in unit columns.
  ratio: { 'zh-Hant': '比值', en: 'ratio' },
  tCO2e: { 'zh-Hant': '噸二氧化碳當量', en: 'tCO2e' },
  'tCO2e/person': { 'zh-Hant': '噸二氧化碳當量/人', en: 'tCO2e/person' },
  'tCO2/MWh': { 'zh-Hant': '噸二氧化碳/兆瓦時', en: 'tCO2/MWh' },
  'tCO2/GJ': { 'zh-Hant': '噸二氧化碳/吉焦', en: 'tCO2/GJ' },
  'tCO2/t': { 'zh-Hant': '噸二氧化碳/噸', en: 'tCO2/t' },
  'tCO2/m³': { 'zh-Hant': '噸二氧化碳/立方米', en: 'tCO2/m³' },
  tCO2: { 'zh-Hant': '噸二氧化碳', en: 'tCO2' },
  // A fuel's own unit (m³ of natural gas, L of petrol…), where one label covers every fuel.
  '{fuel}': { 'zh-Hant': '燃料單位', en: 'fuel unit' },
  'GJ/{fuel}': { 'zh-Hant': '吉焦/燃料單位', en: 'GJ/fuel unit' },
  'tCO2e/{fuel}': { 'zh-Hant': '噸二氧化碳當量/燃料單位', en: 'tCO2e/fuel unit' },
  'tCO2/{fuel}': { 'zh-Hant': '噸二氧化碳/燃料單位', en: 'tCO2/fuel unit' },
  'HKD million': { 'zh-Hant': '百萬港元', en: 'HKD million' },
  units: { 'zh-Hant': '單位', en: 'units' },
  'CNY/tCO2e': { 'zh-Hant': '元/噸二氧化碳當量', en: 'CNY/tCO2e' },
  MWh: { 'zh-Hant': '兆瓦時', en: 'MWh' },
  'MWh/person': { 'zh-Hant': '兆瓦時/人', en: 'MWh/person' },
  kWh: { 'zh-Hant': '千瓦時', en: 'kWh' },
  'kWh/m²': { 'zh-Hant': '千瓦時/平方米', en: 'kWh/m²' },
  GJ: { 'zh-Hant': '吉焦', en: 'GJ' },
  'GJ/t': { 'zh-Hant': '吉焦/噸', en: 'GJ/t' },
  'GJ/m³': { 'zh-Hant': '吉焦/立方米', en: 'GJ/m³' },
  'GJ, %': { 'zh-Hant': '吉焦、%', en: 'GJ, %' },
  'm³': { 'zh-Hant': '立方米', en: 'm³' },
  'thousand m³, %': { 'zh-Hant': '千立方米、%', en: 'thousand m³, %' },
  'm²': { 'zh-Hant': '平方米', en: 'm²' },
  t: { 'zh-Hant': '噸', en: 't' },
  't/person': { 'zh-Hant': '噸/人', en: 't/person' },
  kg: { 'zh-Hant': '千克', en: 'kg' },
  L: { 'zh-Hant': '升', en: 'L' },
  'kg/person': { 'zh-Hant': '千克/人', en: 'kg/person' },
  persons: { 'zh-Hant': '人', en: 'persons' },
  'person-times': { 'zh-Hant': '人次', en: 'person-times' },
  count: { 'zh-Hant': '個', en: 'number' },
  number: { 'zh-Hant': '數目', en: 'number' },
  'number, %': { 'zh-Hant': '數目、%', en: 'number, %' },
  'number, days': { 'zh-Hant': '數目、天', en: 'number, days' },
  hours: { 'zh-Hant': '小時', en: 'hours' },
  'hours/person': { 'zh-Hant': '小時/人', en: 'hours/person' },
  days: { 'zh-Hant': '天', en: 'days' },
  CNY: { 'zh-Hant': '元', en: 'CNY' },
  'presentation currency': { 'zh-Hant': '呈報貨幣', en: 'presentation currency' },
  'PB, %': { 'zh-Hant': 'PB、%', en: 'PB, %' },
};

/**
 * Units a figure in the report prints without, in text and in a KPI table's unit column: a count
 * reads "12" (the measure word varies with the noun: 12件專利, 12次會議).
 */
const BARE: ReadonlySet<string> = new Set(['count', 'number', 'ratio']);

/** The unit as a label (a unit column, a heading): every catalogue unit has one per language. */
export function unitLabel(unit: string, lang: Lang): string {
  const whole = UNIT_LABELS[unit]?.[lang];
  if (whole !== undefined) return whole;
  // A factor per a fuel's own unit ("tCO2e/L", "GJ/kg"): the label of each side.
  const [per, of, ...rest] = unit.split('/');
  const a = per !== undefined ? UNIT_LABELS[per]?.[lang] : undefined;
  const b = of !== undefined ? UNIT_LABELS[of]?.[lang] : undefined;
  return a && b && rest.length === 0 ? `${a}/${b}` : unit;
}

/** The unit the report prints with a figure ('' for counts). */
export function unitSuffix(unit: string, lang: Lang): string {
  return BARE.has(unit) ? '' : unitLabel(unit, lang);
}
