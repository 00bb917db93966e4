// Unit conversion for data entry. Physical conversions (kWh→MWh, GJ→MWh, kg→t, m³→L …)
// come from mathjs; this module only adds the business units ESG reports use (persons,
// counts, CNY, percent) and the Chinese spellings of large units (萬噸 = 10,000 t).
import { math } from './math.js';

// Non-physical base units, each its own dimension so that "persons" never converts to "CNY".
for (const name of ['person', 'item', 'persontime', 'CNY', 'pct']) {
  math.createUnit(name);
}

/** Spellings users type → a mathjs unit expression. Keys are compared after normalizeUnitText. */
const ALIASES: Record<string, string> = {
  // mass (and emissions: tCO2e is a mass of CO2-equivalent)
  't': 't', 'tonne': 't', 'tonnes': 't', 'ton': 't', 'tons': 't', '噸': 't', '吨': 't',
  'kg': 'kg', '千克': 'kg', '公斤': 'kg', 'g': 'g', '克': 'g',
  '萬噸': '10000 t', '万噸': '10000 t', '万吨': '10000 t', '萬吨': '10000 t', '萬t': '10000 t', '万t': '10000 t',
  'kt': '1000 t', '千噸': '1000 t', '千吨': '1000 t',
  // energy
  'kwh': 'kWh', 'mwh': 'MWh', 'gwh': 'GWh', 'wh': 'Wh', 'twh': 'TWh',
  '千瓦時': 'kWh', '千瓦时': 'kWh', '度': 'kWh', '兆瓦時': 'MWh', '兆瓦时': 'MWh', '吉瓦時': 'GWh', '吉瓦时': 'GWh',
  '萬千瓦時': '10000 kWh', '万千瓦时': '10000 kWh',
  'gj': 'GJ', 'mj': 'MJ', 'tj': 'TJ', 'kj': 'kJ', '吉焦': 'GJ', '兆焦': 'MJ',
  // volume
  'm3': 'm^3', 'm^3': 'm^3', 'm³': 'm^3', 'cubicmeters': 'm^3', '立方米': 'm^3', '方': 'm^3',
  '萬立方米': '10000 m^3', '万立方米': '10000 m^3', '萬m3': '10000 m^3', '万m3': '10000 m^3',
  'l': 'L', 'litre': 'L', 'liter': 'L', 'litres': 'L', 'liters': 'L', '升': 'L',
  // area
  'm2': 'm^2', 'm^2': 'm^2', 'm²': 'm^2', 'sqm': 'm^2', '平方米': 'm^2', '平米': 'm^2',
  // time
  'hours': 'hour', 'hour': 'hour', 'h': 'hour', 'hrs': 'hour', '小時': 'hour', '小时': 'hour',
  'days': 'day', 'day': 'day', 'd': 'day', '天': 'day', '日': 'day',
  // people and counts
  'persons': 'person', 'person': 'person', 'people': 'person', 'headcount': 'person', '人': 'person', '名': 'person',
  'person-times': 'persontime', 'persontimes': 'persontime', '人次': 'persontime',
  'count': 'item', 'number': 'item', 'no.': 'item', '個': 'item', '个': 'item', '家': 'item', '件': 'item', '項': 'item', '次': 'item', '門': 'item', '場': 'item',
  // money
  'cny': 'CNY', 'rmb': 'CNY', '元': 'CNY', '人民幣元': 'CNY', '萬元': '10000 CNY', '万元': '10000 CNY',
  '千元': '1000 CNY', '百萬元': '1000000 CNY', '百万元': '1000000 CNY', '億元': '100000000 CNY', '亿元': '100000000 CNY',
  // shares
  '%': 'pct', 'percent': 'pct', 'pct': 'pct', '百分比': 'pct',
};

/** Suffixes naming the gas, not the quantity: tCO2e and t convert alike. */
const GAS_SUFFIX = /(co2e|co2eq|co2|二氧化碳當量|二氧化碳当量|二氧化碳)/giu;

export function normalizeUnitText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, '').replace(/²/g, '2').replace(/³/g, '3');
}

function toExpression(text: string): string | undefined {
  const clean = normalizeUnitText(text).replace(GAS_SUFFIX, '');
  if (clean === '') return undefined;
  const parts = clean.split('/');
  const mapped = parts.map((p) => ALIASES[p] ?? ALIASES[p.toLowerCase()] ?? (/^[A-Za-z^0-9]+$/.test(p) ? p : undefined));
  if (mapped.some((p) => p === undefined)) return undefined;
  return mapped.map((p, i) => (i === 0 ? `(${p})` : `/(${p})`)).join('');
}

interface ParsedUnit {
  /** Size in SI base units (mathjs' Unit.value). */
  si: number;
  /** Dimension signature; units convert only within the same one. */
  base: string;
}

function parseUnit(text: string): ParsedUnit | undefined {
  const expr = toExpression(text);
  if (!expr) return undefined;
  try {
    const node = math.evaluate(`1 * ${expr}`) as unknown;
    // A ratio of like quantities (tCO2/t, kWh/MWh) is a plain number: dimensionless.
    if (typeof node === 'number') return { si: node, base: 'dimensionless' };
    return math.isUnit(node) ? { si: node.value as number, base: JSON.stringify(node.dimensions) } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the spelling is known at all (for validating catalogue units). */
export function isKnownUnit(text: string): boolean {
  return parseUnit(text) !== undefined;
}

export type ConversionResult =
  | { ok: true; value: number; factor: number }
  | { ok: false; reason: 'unknown_unit' | 'incompatible' };

/**
 * Converts `value` from the unit as entered to the metric's canonical unit.
 * The result is trimmed to 15 significant digits so that 22.63 萬噸 becomes 226300 t,
 * not 226299.99999999997 (binary noise of the scale factor, not data).
 */
export function convertToCanonical(value: number, fromUnit: string, canonicalUnit: string): ConversionResult {
  if (fromUnit.trim() === '' || normalizeUnitText(fromUnit) === normalizeUnitText(canonicalUnit)) {
    return { ok: true, value, factor: 1 };
  }
  const from = parseUnit(fromUnit);
  const to = parseUnit(canonicalUnit);
  if (!from || !to) return { ok: false, reason: 'unknown_unit' };
  if (from.base !== to.base) return { ok: false, reason: 'incompatible' };
  const f = from.si / to.si;
  return { ok: true, value: trimBinaryNoise(value * f), factor: f };
}

export function trimBinaryNoise(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(15));
}
