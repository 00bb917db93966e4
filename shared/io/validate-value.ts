// The one validator of a value, whether it was typed in the data-entry grid, read from a CSV
// row or from a department workbook's cell: metric, year, dimensions and site, number, unit
// and conversion, "not applicable" and its reason. Each caller reads its own medium (a CSV
// field, an XLSX cell) into a `ValueCandidate`; what is acceptable is decided here alone.
// Problems are message codes (shared/i18n/messages.ts), rendered at the edge.
import type { DimensionDef, MetricDef } from '../catalogue.js';
import { dimsKey, parseDimsText, SITE_KEY, type Dims } from '../dimensions.js';
import type { ValueInput } from '../domain.js';
import { msg, type Message } from '../i18n/messages.js';
import { aliasIndex, keptAs, resolveUnit, unitPlaceholders } from '../fuels.js';
import { convertToCanonical, isCountUnit, isWaterMetric } from '../units.js';
import { YEAR_MAX, YEAR_MIN } from '../years.js';

export interface ValueContext {
  metrics: ReadonlyMap<string, MetricDef>;
  dimensions: readonly DimensionDef[];
  sites: ReadonlySet<string>;
  /** Retired sites → their last year in the boundary: later values are refused. */
  retiredSites?: ReadonlyMap<string, number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Message };

const good = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (problem: Message): { ok: false; problem: Message } => ({ ok: false, problem });

/** The words that mean "not applicable", in every medium (compared after folding case and width). */
export const NA_WORDS: readonly string[] = ['na', 'n/a', '不適用', '不适用'];
const NA_SET = new Set(NA_WORDS);

/**
 * Full-width forms (U+FF01–FF5E: what a Chinese input method types for digits, signs and
 * letters) folded to ASCII, one character for one, so positions in the folded text are
 * positions in the typed one. CSV, workbook and grid all read numbers through this.
 */
export function foldFullWidth(text: string): string {
  // Tested first: nearly every text has none, and a test allocates nothing (20,000 rows × 3).
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}
const FULL_WIDTH = /[\uFF01-\uFF5E]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E]/g;
const NA_MAX_LENGTH = 16;

export function isNaWord(text: string): boolean {
  return text.length <= NA_MAX_LENGTH && NA_SET.has(foldFullWidth(text).trim().toLowerCase());
}

/**
 * The words that mean "not disclosed": the company does not publish the figure (for the reason
 * given). Unlike "not applicable — none used" it is never a zero.
 */
export const ND_WORDS: readonly string[] = ['nd', 'n.d.', 'not disclosed', '未披露', '不披露'];
const ND_SET = new Set(ND_WORDS);

export function isNdWord(text: string): boolean {
  return text.length <= NA_MAX_LENGTH && ND_SET.has(foldFullWidth(text).trim().toLowerCase().replace(/\s+/g, ' '));
}

/** A choice cell's text ("NA 不適用", as the workbook's list offers it, or a typed "n/a"): any word an NA word. */
export function isNaChoice(text: string): boolean {
  return foldFullWidth(text).trim().split(/\s+/).some(isNaWord);
}

const YES_WORDS = new Set(['1', 'true', 'yes', 'y', 'estimated', '是']);
const NO_WORDS = new Set(['0', 'false', 'no', 'n', '否']);

/** "Estimated?" as typed or chosen ("Yes 是"): true, false, or undefined for anything else. */
export function readYesNo(text: string): boolean | undefined {
  const words = foldFullWidth(text).trim().toLowerCase().split(/\s+/);
  if (words.every((w) => YES_WORDS.has(w))) return true;
  if (words.every((w) => NO_WORDS.has(w))) return false;
  return undefined;
}

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads "27,674", "-3.5", "1e3", "２７６７４"; undefined for anything else ("12 t", "abc"),
 * and for text that is a number too large to hold ("1e309" reads as Infinity).
 */
export function readNumber(text: string): number | undefined {
  const t = foldFullWidth(text).trim();
  const n = PLAIN.test(t) ? Number(t) : GROUPED.test(t) ? Number(t.replace(/,/g, '')) : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** Whether the text has the shape of a number, finite or not: "1e309" is a number too large, not a word. */
export function looksNumeric(text: string): boolean {
  const t = foldFullWidth(text).trim();
  return PLAIN.test(t) || GROUPED.test(t);
}

/** Closest catalogue code, to suggest when a code is mistyped. */
export function suggestCode(code: string, codes: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of codes) {
    const d = editDistance(code, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(code.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number;
      prev[j] = Math.min((prev[j] as number) + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] as number;
}

/** A metric values can be given for: known to the workspace, and entered (or a factor), not derived. */
export function checkMetric(code: string, metrics: ReadonlyMap<string, MetricDef>): Checked<MetricDef> {
  if (code === '') return bad(msg('value.metric_empty'));
  const def = metrics.get(code);
  if (!def) return bad(msg('value.metric_unknown', { metric: null, suggestion: suggestCode(code, metrics.keys()) ?? null }));
  // A total such as Scope 1 may be entered as published when its inputs are not kept.
  if (def.kind === 'derived' && !def.asPublished) return bad(msg('value.metric_derived', { metric: code, formula: def.formula ?? '' }));
  return good(def);
}

export function checkYear(year: string | number): Checked<number> {
  const t = typeof year === 'number' ? String(year) : foldFullWidth(year).trim();
  if (!/^\d{4}$/.test(t)) return bad(msg('value.year_format', { text: String(year) }));
  const y = Number(t);
  if (y < YEAR_MIN || y > YEAR_MAX) return bad(msg('value.year_range', { year: y, min: YEAR_MIN, max: YEAR_MAX }));
  return good(y);
}

const together = (items: Message[]): Message => (items.length === 1 ? (items[0] as Message) : msg('many', { items }));

/** Dimensions as text (`gender=female;site=bj`) or as pairs: known keys of the metric, known values, known sites. */
export function checkDims(dims: string | Dims, def: MetricDef, ctx: Pick<ValueContext, 'dimensions' | 'sites' | 'retiredSites'>, year?: number): Checked<Dims> {
  const parsed = typeof dims === 'string' ? parseDimsText(dims) : { dims, errors: [] };
  const errors: Message[] = [...parsed.errors];
  for (const [key, v] of Object.entries(parsed.dims)) {
    if (key === SITE_KEY) {
      if (!ctx.sites.has(v)) errors.push(msg('dims.unknown_site', { site: v, sites: [...ctx.sites].join(', ') }));
      const retired = ctx.retiredSites?.get(v);
      if (year !== undefined && retired !== undefined && year > retired) errors.push(msg('dims.site_retired', { site: v, year, retired }));
      continue;
    }
    if (!def.dimensions.includes(key)) {
      errors.push(msg('dims.not_applicable', { key, metric: def.code, allowed: [...def.dimensions, SITE_KEY].join(', ') }));
      continue;
    }
    const dd = ctx.dimensions.find((d) => d.key === key);
    if (dd && !dd.open && !dd.values.some((x) => x.code === v)) {
      errors.push(msg('dims.unknown_value', { value: v, key, expected: dd.values.map((x) => x.code).join(', ') }));
    }
  }
  return errors.length ? bad(together(errors)) : good(parsed.dims);
}

/**
 * A number in a unit, to the metric's canonical unit: refused when the unit is unknown or of
 * another quantity (water alone converts m³ to t, at 1 t per m³), when the number cannot be held before or after conversion (1e308 萬噸),
 * when a non-zero number would read 0 after it, when negative, a percentage above 100, or a
 * count (persons, cases) with a fraction.
 */
export function checkQuantity(value: number, unit: string, def: MetricDef, canonical: string = def.unit): Checked<number> {
  if (!Number.isFinite(value)) return bad(msg('value.not_finite'));
  const conv = convertToCanonical(value, unit, canonical, { water: isWaterMetric(def.code) });
  if (!conv.ok) {
    const params = { unit, metric: def.code, expected: canonical };
    return bad(conv.reason === 'unknown_unit' ? msg('value.unit_unknown', params) : msg('value.unit_incompatible', params));
  }
  if (!Number.isFinite(conv.value)) return bad(msg('value.conversion_overflow', { unit, expected: canonical }));
  if (conv.value === 0 && value !== 0) return bad(msg('value.conversion_underflow', { unit, expected: canonical }));
  if (conv.value < 0) return bad(msg('value.negative'));
  if (canonical === '%' && conv.value > 100) return bad(msg('value.percent_range'));
  // Persons, cases, items are counted: 12.5 persons is a slip of the keyboard, not a figure.
  if (!Number.isInteger(conv.value) && isCountUnit(canonical)) return bad(msg('value.not_whole', { unit: canonical, value: conv.value }));
  return good(conv.value);
}

/** Where a medium asks for the reason of "not applicable", for the message that it is missing. */
export type ReasonPlace = 'note_column' | 'this_cell' | 'reason';

/** One value as a medium read it, before any judgement. */
export interface ValueCandidate {
  metric: string;
  year: string | number;
  dims: string | Dims;
  /** The value as typed (number text, or an NA word), or a number a spreadsheet cell held. */
  value: string | number;
  /** The unit as typed; '' for the metric's canonical unit. */
  unit: string;
  /** Not applicable: set by a medium that has its own NA field (workbook column, grid reason). */
  na?: boolean;
  /** Not disclosed (with a reason): set by a medium that has its own field for it. */
  notDisclosed?: boolean;
  /** The reason of "not applicable" when the value is NA. */
  naReason?: string | null;
  note?: string | null;
  source?: string | null;
  /** The report's footnote of the value, per language (optional columns of a data package). */
  footnoteZh?: string | null;
  footnoteEn?: string | null;
  estimated?: boolean;
  /** The value as it is recorded as entered (provenance); defaults to the text typed. */
  enteredValue?: string;
}

export interface ValidateOptions {
  /** How a medium says "expected a number": the CSV form names the NA column, the cell form the unit. */
  numberForm: 'csv' | 'cell';
  reasonPlace: ReasonPlace;
}

/** Which of the candidate's fields a problem is about, so a workbook can name the cell. */
export type ProblemField = 'metric' | 'year' | 'dims' | 'value' | 'reason';

export type ValidatedValue = { ok: true; value: ValueInput; def: MetricDef } | { ok: false; problem: Message; field: ProblemField };

const blank = (s: string | null | undefined) => (s ?? '').trim() === '';

// Aliases per catalogue map, built once: validation runs per row, 450,000 rows a year.
const aliasCache = new WeakMap<ReadonlyMap<string, MetricDef>, ReturnType<typeof aliasIndex>>();
function aliasesOf(metrics: ReadonlyMap<string, MetricDef>): ReturnType<typeof aliasIndex> {
  let a = aliasCache.get(metrics);
  if (!a) aliasCache.set(metrics, (a = aliasIndex(metrics.values())));
  return a;
}

export function validateValue(c: ValueCandidate, ctx: ValueContext, opts: ValidateOptions): ValidatedValue {
  const metric = checkMetric(c.metric, ctx.metrics);
  if (!metric.ok) return { ...metric, field: 'metric' };
  let def = metric.value;
  const year = checkYear(c.year);
  if (!year.ok) return { ...year, field: 'year' };
  const checked = checkDims(c.dims, def, ctx, year.value);
  if (!checked.ok) return { ...checked, field: 'dims' };
  // energy.fuel for fuel=natural_gas is kept as energy.natural_gas: one value, whichever name it came by.
  const kept = keptAs(def.code, checked.value, aliasesOf(ctx.metrics));
  const keptDef = kept.code !== def.code ? ctx.metrics.get(kept.code) : undefined;
  if (keptDef) def = keptDef;
  const dims = { ok: true as const, value: keptDef ? kept.dims : checked.value };
  // A fuel's quantity is in that fuel's unit: energy.fuel needs to know which fuel.
  const canonical = resolveUnit(def.unit, dims.value, ctx.dimensions);
  if (canonical === undefined) {
    return { ok: false, problem: msg('value.unit_needs_dimension', { metric: def.code, key: unitPlaceholders(def.unit).join(', ') }), field: 'dims' };
  }
  const typed = typeof c.value === 'number' ? String(c.value) : c.value.trim();
  let value: number | null = null;
  let naReason: string | null = null;
  const notDisclosed = c.notDisclosed === true || (typeof c.value === 'string' && isNdWord(c.value));
  if (c.na || notDisclosed || (typeof c.value === 'string' && isNaWord(c.value))) {
    if (blank(c.naReason)) return { ok: false, problem: msg('value.na_needs_reason', { place: opts.reasonPlace }), field: 'reason' };
    naReason = (c.naReason as string).trim();
  } else {
    const n = typeof c.value === 'number' ? c.value : readNumber(c.value);
    if (n === undefined) {
      const problem = looksNumeric(c.value as string) ? msg('value.not_finite') : msg('value.not_a_number', { form: opts.numberForm, unit: def.unit, empty: typed === '' });
      return { ok: false, problem, field: 'value' };
    }
    const q = checkQuantity(n, c.unit.trim(), def, canonical);
    if (!q.ok) return { ...q, field: 'value' };
    value = q.value;
  }
  // Every field in one literal, in one order: one hidden class for all values (a spread of a
  // shared base gave each value its own, 19 MB for 57,000 values).
  const input: ValueInput = {
    metric: def.code,
    year: year.value,
    dims: dims.value,
    value,
    naReason,
    notDisclosed: notDisclosed && value === null,
    enteredValue: c.enteredValue ?? (typed || 'NA'),
    enteredUnit: value === null || c.unit.trim() === '' ? null : c.unit.trim(),
    source: blank(c.source) ? null : (c.source as string).trim(),
    note: blank(c.note) ? null : (c.note as string).trim(),
    footnoteZh: blank(c.footnoteZh) ? null : (c.footnoteZh as string).trim(),
    footnoteEn: blank(c.footnoteEn) ? null : (c.footnoteEn as string).trim(),
    estimated: c.estimated ?? false,
  };
  return { ok: true, value: input, def };
}

/** Rows whose values are summed (over sites) to one total: the key of that total. */
export function sumKey(v: { metric: string; year: number; dims: Dims }): string | undefined {
  if (!(SITE_KEY in v.dims)) return undefined;
  const { [SITE_KEY]: _site, ...rest } = v.dims;
  return `${v.metric}|${v.year}|${dimsKey(rest)}`;
}
