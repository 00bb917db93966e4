// Unit conversion for data entry. Physical conversions (kWh→MWh, GJ→MWh, kg→t, m³→L …)
// come from mathjs; this module only adds the business units ESG reports use (persons,
// counts, CNY, percent) and the Chinese spellings of large units (萬噸 = 10,000 t).
import { math } from './math.js';

// Non-physical base units, each its own dimension so that "persons" never converts to "CNY".
for (const name of ['person', 'item', 'persontime', 'CNY', 'HKD', 'pct']) {
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
  // Hong Kong dollars, as revenue denominators print them (HKD million, 百萬港元)
  'hkd': 'HKD', 'hk$': 'HKD', '港元': 'HKD', '港幣': 'HKD', '千港元': '1000 HKD', '萬港元': '10000 HKD', '百萬港元': '1000000 HKD',
  'hkdmillion': '1000000 HKD', 'hk$million': '1000000 HKD', 'hk$m': '1000000 HKD', 'hkdm': '1000000 HKD', 'hkd\'000': '1000 HKD', 'hk$\'000': '1000 HKD',
  'cnymillion': '1000000 CNY', 'rmbmillion': '1000000 CNY',
  // units produced (a production denominator): counted like items
  'units': 'item', 'unit': 'item', 'pcs': 'item', 'pieces': 'item', 'piece': 'item',
  // a plain ratio of like quantities (a data centre's PUE: total energy ÷ IT energy)
  'ratio': '1', '比值': '1',
  // shares
  '%': 'pct', 'percent': 'pct', 'pct': 'pct', '百分比': 'pct',
};

/** Suffixes naming the gas, not the quantity: tCO2e and t convert alike. */
const GAS_SUFFIX = /(co2e|co2eq|co2|二氧化碳當量|二氧化碳当量|二氧化碳)/giu;

export function normalizeUnitText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, '').replace(/²/g, '2').replace(/³/g, '3');
}

/**
 * Scales a report prints before its unit: `'000 kWh`, `000 kWh`, `thousand kWh`, `千千瓦時`,
 * `萬千瓦時`. Only these are scales; any other leading number (`0 t`, `00 GJ`, `5 kWh`) is not a
 * unit at all. Without this, mathjs reads `000kWh` as 0 × kWh and a figure silently becomes 0.
 * Tested on the text after normalizeUnitText (no spaces) and in lower case.
 */
const SCALES: readonly (readonly [RegExp, number])[] = [
  [/^['’‘`]?000(?![\d,])/u, 1e3],
  [/^1,?000(?![\d,])/u, 1e3],
  [/^10,?000(?![\d,])/u, 1e4],
  [/^1,?000,?000(?![\d,])/u, 1e6],
  [/^thousands?(?:of)?/u, 1e3],
  [/^millions?(?:of)?/u, 1e6],
  [/^百萬|^百万/u, 1e6],
  [/^千/u, 1e3],
  [/^萬|^万/u, 1e4],
];

/** A part of a unit (between slashes) as the alias table spells it, as mathjs does, or undefined. */
function mapPart(p: string): string | undefined {
  const known = ALIASES[p] ?? ALIASES[p.toLowerCase()];
  if (known !== undefined) return known;
  // A physical unit mathjs knows (MJ, kW, TJ …) starts with a letter: "0t" or "00GJ" is no unit.
  return /^[A-Za-z][A-Za-z^0-9]*$/.test(p) ? p : undefined;
}

/** The scale printed before the unit and the unit after it ('000kWh → 1000, kWh), if there is one. */
function splitScale(part: string): { scale: number; rest: string } | undefined {
  const lower = part.toLowerCase();
  for (const [re, scale] of SCALES) {
    const m = re.exec(lower);
    if (m && m[0].length < part.length) return { scale, rest: part.slice(m[0].length) };
  }
  return undefined;
}

function toExpression(text: string): string | undefined {
  let clean = normalizeUnitText(text).replace(GAS_SUFFIX, '');
  // "('000 kWh)" as a table header prints it.
  if (/^\(.*\)$/u.test(clean)) clean = clean.slice(1, -1);
  if (clean === '') return undefined;
  const parts = clean.split('/');
  const mapped = parts.map(mapPart);
  // Only the leading part may carry a printed scale, and only when it is not a unit by itself
  // (萬噸, 千克 and 千瓦時 are units in the alias table already).
  let scale = 1;
  const lead = parts[0] as string;
  if (ALIASES[lead] === undefined && ALIASES[lead.toLowerCase()] === undefined) {
    const split = splitScale(lead);
    const rest = split && mapPart(split.rest);
    if (split && rest !== undefined) {
      scale = split.scale;
      mapped[0] = rest;
    }
  }
  if (mapped.some((p) => p === undefined)) return undefined;
  const expr = mapped.map((p, i) => (i === 0 ? `(${p})` : `/(${p})`)).join('');
  return scale === 1 ? expr : `${scale} * ${expr}`;
}

interface ParsedUnit {
  /** Size in SI base units (mathjs' Unit.value). */
  si: number;
  /** Exponents of mathjs' base dimensions (mass, length, time …, then ours); [] for a plain number. */
  dims: readonly number[];
}

// Positions in mathjs' dimension vector (BASE_DIMENSIONS: MASS, LENGTH, TIME, …).
const MASS = 0;
const LENGTH = 1;

function parseUnit(text: string): ParsedUnit | undefined {
  const expr = toExpression(text);
  if (!expr) return undefined;
  try {
    const node = math.evaluate(`1 * ${expr}`) as unknown;
    // A ratio of like quantities (tCO2/t, kWh/MWh) is a plain number: dimensionless.
    const parsed = typeof node === 'number' ? { si: node, dims: [] } : math.isUnit(node) ? { si: node.value as number, dims: node.dimensions } : undefined;
    // A unit of size 0 or infinity ("0 t" read as 0 × t) would turn any figure into 0 or ∞.
    return parsed && Number.isFinite(parsed.si) && parsed.si > 0 ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const exponent = (u: ParsedUnit, i: number) => u.dims[i] ?? 0;

function sameDimension(a: ParsedUnit, b: ParsedUnit): boolean {
  const n = Math.max(a.dims.length, b.dims.length);
  for (let i = 0; i < n; i++) if (exponent(a, i) !== exponent(b, i)) return false;
  return true;
}

// The units whole things are counted in: people, items (cases, sites, incidents), person-times.
const COUNT_BASES = ['person', 'item', 'persontime'] as const;
const countUnits = new Map<string, boolean>();

/**
 * Whether a canonical unit counts whole things ("persons", "count", "person-times", "人"):
 * its values are whole numbers, so 12.5 persons is a typing slip, not a figure. Rates and
 * averages (t/person, hours/person) are not counts. Cached: every validated value asks.
 */
export function isCountUnit(text: string): boolean {
  let known = countUnits.get(text);
  if (known === undefined) {
    const u = parseUnit(text);
    known = u !== undefined && u.si === 1 && COUNT_BASES.some((b) => {
      const base = parseUnit(b);
      return base !== undefined && sameDimension(u, base);
    });
    countUnits.set(text, known);
  }
  return known;
}

/** Kilograms per cubic metre of water: reports print water in m³ or in tonnes, 1 t per m³. */
export const WATER_DENSITY_KG_PER_M3 = 1000;

/** Metrics of water (water.fresh, water.wastewater, office.water …): m³ and tonnes both accepted. */
export function isWaterMetric(code: string): boolean {
  return !code.startsWith('factor.') && /(^|[._])water([._]|$)/u.test(code);
}

/**
 * A volume of water as a mass (m³ → t, 萬立方米 → 萬噸, m³/person → t/person): `from` is `to`
 * with each tonne's dimension replaced by a cubic metre's, and its size is scaled by the
 * density. Undefined when the two are not so related.
 */
function waterVolumeAsMass(from: ParsedUnit, to: ParsedUnit): ParsedUnit | undefined {
  const k = exponent(to, MASS);
  if (k === 0 || exponent(from, MASS) !== 0 || exponent(to, LENGTH) !== 0 || exponent(from, LENGTH) !== 3 * k) return undefined;
  const dims = [...from.dims];
  dims[MASS] = k;
  dims[LENGTH] = 0;
  return { si: from.si * WATER_DENSITY_KG_PER_M3 ** k, dims };
}

/** Whether the spelling is known at all (for validating catalogue units). */
export function isKnownUnit(text: string): boolean {
  return parseUnit(text) !== undefined;
}

export type ConversionResult =
  | { ok: true; value: number; factor: number }
  | { ok: false; reason: 'unknown_unit' | 'incompatible' };

export interface ConversionOptions {
  /** The quantity is water: a volume converts to a mass at 1 t per m³. */
  water?: boolean;
}

/**
 * Converts `value` from the unit as entered to the metric's canonical unit.
 * The result is trimmed to 15 significant digits so that 22.63 萬噸 becomes 226300 t,
 * not 226299.99999999997 (binary noise of the scale factor, not data).
 */
export function convertToCanonical(value: number, fromUnit: string, canonicalUnit: string, opts: ConversionOptions = {}): ConversionResult {
  if (fromUnit.trim() === '' || normalizeUnitText(fromUnit) === normalizeUnitText(canonicalUnit)) {
    return { ok: true, value, factor: 1 };
  }
  const from = parseUnit(fromUnit);
  const to = parseUnit(canonicalUnit);
  if (!from || !to) return { ok: false, reason: 'unknown_unit' };
  const f = sameDimension(from, to) ? from.si / to.si : opts.water ? waterFactor(from, to) : undefined;
  if (f === undefined) return { ok: false, reason: 'incompatible' };
  return { ok: true, value: trimBinaryNoise(value * f), factor: f };
}

/** The factor from one unit to the other when one is a volume of water and the other its mass. */
function waterFactor(from: ParsedUnit, to: ParsedUnit): number | undefined {
  const fromAsMass = waterVolumeAsMass(from, to);
  if (fromAsMass) return fromAsMass.si / to.si;
  const toAsMass = waterVolumeAsMass(to, from);
  return toAsMass ? from.si / toAsMass.si : undefined;
}

export function trimBinaryNoise(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(15));
}
