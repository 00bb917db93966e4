// The calculation engine: from one year's entered values and factors to every derived KPI,
// each with its trace. Pure and synchronous; numbers stay at full precision (rounding is
// the job of whoever displays them).
import type { DimensionDef, MetricDef, MetricKind } from '../catalogue.js';
import { SITE_KEY, dimsKey, restrictDims, type Dims } from '../dimensions.js';
import { aliasIndex, hasFlag, keptAs, resolveUnit, unitPlaceholders } from '../fuels.js';
import { compileFormula, formulaRefs, type Expr } from './formula.js';
import { breakdownSum, type BreakdownSum } from './breakdown-sums.js';

export interface EntryRow {
  metric: string;
  dims: Dims;
  /** null when the value is "not applicable / not disclosed" (comply-or-explain). */
  value: number | null;
  naReason?: string;
  /**
   * With a null value: "not disclosed" (the company does not publish it, for the reason given),
   * which stays absent; without it a null value is "not applicable — none used", zero in sums.
   */
  notDisclosed?: boolean;
  source?: string;
  note?: string;
  estimated?: boolean;
}

export interface TraceItem {
  code: string;
  dims: Dims;
  value: number;
  unit: string;
  kind: MetricKind;
  source?: string;
  /** Entered as not applicable and counted as zero in an additive sum (value is then 0). */
  notApplicable?: true;
  /** A derived total entered as published (its inputs are not kept). */
  asPublished?: true;
}

export interface Trace {
  formula: string;
  inputs: TraceItem[];
  factors: TraceItem[];
  /** The value is the figure entered as published, not computed (its inputs are not kept). */
  asPublished?: true;
}

export interface ComputedValue {
  code: string;
  dims: Dims;
  /** null only for entered values marked not applicable. */
  value: number | null;
  unit: string;
  kind: MetricKind;
  naReason?: string;
  /** Entered as "not disclosed" (null value): absent with its reason, never zero. */
  notDisclosed?: true;
  source?: string;
  note?: string;
  estimated?: boolean;
  /** Entered total that no one typed: the sum of the per-site values. */
  fromSites?: boolean;
  /**
   * Entered value that no one typed at this level: the sum of a breakdown over these
   * dimensions (a complete age breakdown gives the total; female × region gives female).
   */
  fromBreakdown?: string[];
  /** A derived total computed from its inputs that was also entered as published: that figure. */
  published?: number;
  trace?: Trace;
}

export type MissingReason = 'absent' | 'not_applicable' | 'not_disclosed' | 'zero_denominator';
export interface MissingInput {
  code: string;
  dims: Dims;
  reason: MissingReason;
  /**
   * A factor or a denominator: "not applicable" there leaves the result absent, where on a
   * plain quantity in an additive sum it counts as zero.
   */
  blocking?: true;
}
export interface MissingDerived {
  code: string;
  dims: Dims;
  missing: MissingInput[];
}

export interface YearResult {
  values: ComputedValue[];
  missing: MissingDerived[];
}

type Outcome = { ok: true; value: number } | { ok: false; missing: MissingInput[] };

interface Stored {
  exact: Map<string, EntryRow>;
  /** Sums over sites, by dimension key without the site. */
  siteSums: Map<string, { dims: Dims; value: number; sources: string[] }>;
}

function indexEntries(rows: readonly EntryRow[], defs: ReadonlyMap<string, MetricDef>): Map<string, Stored> {
  const byMetric = new Map<string, Stored>();
  for (const row of rows) {
    let s = byMetric.get(row.metric);
    if (!s) byMetric.set(row.metric, (s = { exact: new Map(), siteSums: new Map() }));
    s.exact.set(dimsKey(row.dims), row);
  }
  for (const [code, s] of byMetric) {
    // Factors, shares, rates and intensities never sum over sites (catalogue `aggregation`).
    if (defs.get(code)?.aggregation === 'none') continue;
    for (const row of s.exact.values()) {
      if (!(SITE_KEY in row.dims) || row.value === null) continue;
      const rest: Record<string, string> = { ...row.dims };
      delete rest[SITE_KEY];
      const key = dimsKey(rest);
      const acc = s.siteSums.get(key) ?? { dims: rest, value: 0, sources: [] };
      acc.value += row.value;
      if (row.source && !acc.sources.includes(row.source)) acc.sources.push(row.source);
      s.siteSums.set(key, acc);
    }
  }
  return byMetric;
}

export interface ComputeOptions {
  /**
   * The workspace's dimensions: the units of fuels (energy.fuel is in each fuel's unit) and their
   * flags; and the values of each closed dimension, so that a breakdown listing every value of
   * one (male and female) gives the total when no total row is entered (none is built without).
   */
  dimensions?: readonly DimensionDef[];
}

export function computeYear(metrics: readonly MetricDef[], rows: readonly EntryRow[], opts: ComputeOptions = {}): YearResult {
  const defs = new Map(metrics.map((m) => [m.code, m]));
  const dimensions = opts.dimensions ?? [];
  const aliases = aliasIndex(metrics);
  /** Alias codes by the code they stand for (energy.fuel → energy.natural_gas, energy.diesel). */
  const aliasesOf = new Map<string, MetricDef[]>();
  for (const a of aliases.values()) if (a.aliasOf) aliasesOf.set(a.aliasOf.code, [...(aliasesOf.get(a.aliasOf.code) ?? []), a]);
  const stored = indexEntries(rows, defs);
  const unitOf = (def: MetricDef, dims: Dims) => resolveUnit(def.unit, dims, dimensions) ?? def.unit;
  const closedValues = new Map(dimensions.filter((d) => !d.open).map((d) => [d.key, d.values.map((v) => v.code)]));
  const breakdownMemo = new Map<string, BreakdownSum | null>();

  /** An entered quantity at a level above the rows typed: the sum of a breakdown that answers it. */
  function fromBreakdown(def: MetricDef, dims: Dims): BreakdownSum | undefined {
    // Not over a dimension that sets the unit (fuels in m³, t and L do not add up).
    if (def.kind !== 'entered' || def.aggregation !== 'sum' || def.dimensions.length === 0 || unitPlaceholders(def.unit).length) return undefined;
    const key = `${def.code}|${dimsKey(dims)}`;
    let hit = breakdownMemo.get(key);
    if (hit === undefined) {
      const s = stored.get(def.code);
      hit = (s && breakdownSum([...s.exact.values()], dims, (k) => closedValues.get(k))) ?? null;
      breakdownMemo.set(key, hit);
    }
    return hit ?? undefined;
  }
  const memo = new Map<string, Outcome & { trace?: Trace }>();
  const inProgress = new Set<string>();

  /** Looks up an entered value or factor: the typed row, else the sum over sites. */
  function lookupEntered(def: MetricDef, dims: Dims, sink: TraceItem[]): Outcome {
    // energy.fuel for fuel=natural_gas is kept as energy.natural_gas: read it there.
    const s = stored.get(def.code);
    const key = dimsKey(dims);
    const kept = keptAs(def.code, dims, aliases);
    const keptDef = kept.code !== def.code ? defs.get(kept.code) : undefined;
    // (A row typed under the fuel's name, as a caller other than the import may hold, still counts.)
    if (keptDef && !s?.exact.has(key) && !s?.siteSums.has(key)) return lookupEntered(keptDef, kept.dims, sink);
    // A metric that does not sum over sites (a factor) has one workspace-wide value that
    // serves every site without a value of its own.
    const row = s?.exact.get(key) ?? (def.aggregation === 'none' && SITE_KEY in dims ? s?.exact.get(dimsKey(withoutSite(dims))) : undefined);
    if (row) {
      if (row.value === null && row.notDisclosed) return { ok: false, missing: [{ code: def.code, dims, reason: 'not_disclosed', blocking: true }] };
      if (row.value === null) return { ok: false, missing: [{ code: def.code, dims, reason: 'not_applicable', ...(def.kind === 'factor' ? { blocking: true as const } : {}) }] };
      sink.push({ code: def.code, dims, value: row.value, unit: unitOf(def, dims), kind: def.kind, ...(row.source ? { source: row.source } : {}) });
      return { ok: true, value: row.value };
    }
    const sum = s?.siteSums.get(key);
    if (sum) {
      sink.push({ code: def.code, dims, value: sum.value, unit: unitOf(def, dims), kind: def.kind, ...(sum.sources.length ? { source: sum.sources.join('; ') } : {}) });
      return { ok: true, value: sum.value };
    }
    const bd = fromBreakdown(def, dims);
    if (bd) {
      for (const p of bd.parts) sink.push({ code: def.code, dims: p.dims, value: p.value ?? 0, unit: def.unit, kind: def.kind, ...(p.value === null ? { notApplicable: true as const } : {}) });
      return { ok: true, value: bd.value };
    }
    return { ok: false, missing: [{ code: def.code, dims, reason: 'absent' }] };
  }

  function valueOf(code: string, dims: Dims, sink: TraceItem[]): Outcome {
    const def = defs.get(code);
    if (!def) return { ok: false, missing: [{ code, dims, reason: 'absent' }] };
    if (def.kind !== 'derived') return lookupEntered(def, restrictDims(dims, def.dimensions), sink);
    const own = restrictDims(dims, def.breakdown ?? []);
    const r = derive(def, own);
    if (r.ok) sink.push({ code, dims: own, value: r.value, unit: unitOf(def, own), kind: 'derived', ...(r.trace?.asPublished ? { asPublished: true as const } : {}) });
    return r;
  }

  /** Values of one dimension found in a metric's rows (for sumby and breakdowns). */
  function dimValues(code: string, key: string): string[] {
    const s = stored.get(code);
    const out = new Set<string>();
    for (const row of s?.exact.values() ?? []) {
      const v = row.dims[key];
      if (v !== undefined) out.add(v);
    }
    // Values kept under an alias (energy.natural_gas is energy.fuel for fuel=natural_gas).
    for (const a of aliasesOf.get(code) ?? []) {
      const v = a.aliasOf?.dims[key];
      if (v !== undefined && stored.has(a.code)) out.add(v);
    }
    return [...out].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  }

  function evaluate(e: Expr, dims: Dims, sink: TraceItem[]): Outcome {
    switch (e.op) {
      case 'num':
        return { ok: true, value: e.value };
      case 'ref':
        return valueOf(e.code, dims, sink);
      case 'pick':
        return valueOf(e.code, { ...dims, [e.key]: e.value }, sink);
      case 'sumby':
        return evaluateSum(e, dims, sink);
      case 'neg': {
        const a = evaluate(e.a, dims, sink);
        return a.ok ? { ok: true, value: -a.value } : a;
      }
      case 'call': {
        const parts = e.args.map((x) => evaluate(x, dims, sink));
        const bad = parts.flatMap((p) => (p.ok ? [] : p.missing));
        if (bad.length) return { ok: false, missing: bad };
        const nums = parts.map((p) => (p as { value: number }).value);
        const value = e.fn === 'max' ? Math.max(...nums) : e.fn === 'min' ? Math.min(...nums) : Math.abs(nums[0] as number);
        return { ok: true, value };
      }
      case 'bin': {
        if (e.fn === '*' && !(SITE_KEY in dims)) {
          const sites = perSiteSites(e);
          if (sites.length) return evaluatePerSite(e, dims, sites, sink);
        }
        let a = evaluate(e.a, dims, sink);
        let b = evaluate(e.b, dims, sink);
        if (e.fn === '/' && !b.ok) b = { ok: false, missing: b.missing.map((m) => ({ ...m, blocking: true as const })) };
        // None is a rate of none: 0 fatalities is a fatality rate of 0 whatever the workforce
        // or the hours worked, so an absent or not-applicable denominator does not blank it.
        // Only a zero typed as such (an entered quantity, not a difference that comes out 0),
        // and not over a zero denominator (0/0 says the denominator is wrong).
        if (e.fn === '/' && a.ok && a.value === 0 && !b.ok && isEnteredActivity(e.a) && !b.missing.some((m) => m.reason === 'zero_denominator')) return a;
        // A product with a quantity that does not apply does not apply either, whatever its
        // factor: no diesel burnt needs no diesel emission factor.
        if (e.fn === '*' && !a.ok && isPlainNa(a.missing)) return a;
        if (e.fn === '*' && !b.ok && isPlainNa(b.missing)) return b;
        // A quantity not disclosed makes the product not disclosed: its factor is not the question.
        if (e.fn === '*' && !a.ok && isNotDisclosed(a.missing)) return a;
        if (e.fn === '*' && !b.ok && isNotDisclosed(b.missing)) return b;
        // An activity of zero needs no factor either: 0 litres of petrol emit nothing. Only a
        // zero quantity: a factor of 0 (green power) says nothing of an absent quantity.
        if (e.fn === '*' && a.ok && a.value === 0 && !b.ok && isEnteredActivity(e.a)) return a;
        if (e.fn === '*' && b.ok && b.value === 0 && !a.ok && isEnteredActivity(e.b)) return b;
        if ((e.fn === '+' || e.fn === '-') && a.ok !== b.ok) {
          // "Not applicable" on one term of an additive sum (refrigerants in Scope 1) counts
          // as zero there, and the trace lists it so; on a factor or denominator it does not.
          if (!a.ok && naAsZero(a.missing, sink)) a = { ok: true, value: 0 };
          if (!b.ok && naAsZero(b.missing, sink)) b = { ok: true, value: 0 };
        }
        if (!a.ok || !b.ok) return { ok: false, missing: [...(a.ok ? [] : a.missing), ...(b.ok ? [] : b.missing)] };
        if (e.fn === '/' && b.value === 0) {
          const denom = e.b.op === 'ref' ? e.b.code : 'denominator';
          return { ok: false, missing: [{ code: denom, dims, reason: 'zero_denominator' }] };
        }
        const value = e.fn === '+' ? a.value + b.value : e.fn === '-' ? a.value - b.value : e.fn === '*' ? a.value * b.value : a.value / b.value;
        return { ok: true, value };
      }
    }
  }

  /**
   * A sum over the values of one dimension found in the quantities the expression reads (not in
   * its factors: a factor entered for a fuel not used adds nothing). Each term must be known: a
   * fuel burnt without its factor leaves the sum absent and names the factor; a term "not
   * applicable — none used" counts as zero. With no value of the dimension at all, a total
   * entered without its breakdown is the total (Scope 3 given as one figure), and "not
   * applicable" on it is a zero like any other.
   */
  function evaluateSum(e: Extract<Expr, { op: 'sumby' }>, dims: Dims, sink: TraceItem[]): Outcome {
    const domain = new Set<string>();
    for (const code of entryRefs(e.a)) {
      const d = defs.get(code);
      if (d && d.kind !== 'factor') for (const v of dimValues(code, e.key)) domain.add(v);
    }
    const all = [...domain].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const flag = e.flag;
    const values = flag ? all.filter((v) => hasFlag(dimensions, e.key, v, flag)) : all;
    if (!values.length) {
      // Fuels burnt, none of them biomass: no biogenic CO2.
      if (flag && all.length) return { ok: true, value: 0 };
      const whole = valueOf(e.code, dims, e.a.op === 'ref' ? sink : []);
      if (whole.ok ? e.a.op === 'ref' : isPlainNa(whole.missing)) return whole;
      return { ok: false, missing: [{ code: e.code, dims: { ...dims, [e.key]: '*' }, reason: 'absent' }] };
    }
    let total = 0;
    let found = false;
    const missing: MissingInput[] = [];
    const notApplicable: MissingInput[] = [];
    for (const v of values) {
      const r = evaluate(e.a, { ...dims, [e.key]: v }, sink);
      if (r.ok) {
        total += r.value;
        found = true;
      } else if (isPlainNa(r.missing)) notApplicable.push(...r.missing);
      else missing.push(...r.missing);
    }
    if (missing.length) return { ok: false, missing };
    // Every term not applicable: the sum does not apply either (a sum around it may count it zero).
    if (!found) return { ok: false, missing: notApplicable };
    naAsZero(notApplicable, sink);
    return { ok: true, value: total };
  }

  /**
   * Whether a formula node is an activity as entered (a quantity, not a factor): only a zero
   * typed as such stands for "none used"; a difference that happens to be 0 does not.
   */
  function isEnteredActivity(e: Expr): boolean {
    return (e.op === 'ref' || e.op === 'pick') && defs.get(e.code)?.kind === 'entered';
  }

  /** NA of plain quantities only: each becomes a zero item in the trace. */
  function naAsZero(missing: readonly MissingInput[], sink: TraceItem[]): boolean {
    if (!isPlainNa(missing)) return false;
    for (const m of missing) {
      const def = defs.get(m.code);
      sink.push({ code: m.code, dims: m.dims, value: 0, unit: def ? unitOf(def, m.dims) : '', kind: def?.kind ?? 'entered', notApplicable: true });
    }
    return true;
  }

  /**
   * The sites a product must be evaluated over: when it reads a metric that never sums (a
   * grid factor) that has per-site values, and a summed quantity entered per site, the
   * product is taken per site (that site's factor, else the workspace one) and summed.
   */
  const perSiteMemo = new Map<Expr, string[]>();
  function perSiteSites(e: Expr): string[] {
    let sites = perSiteMemo.get(e);
    if (!sites) perSiteMemo.set(e, (sites = findPerSiteSites(e)));
    return sites;
  }

  function findPerSiteSites(e: Expr): string[] {
    const refs = [...entryRefs(e)].map((c) => defs.get(c)).filter((d): d is MetricDef => d !== undefined && d.kind !== 'derived');
    if (!refs.some((d) => d.aggregation === 'none' && siteValues(d.code).length)) return [];
    const out = new Set<string>();
    for (const d of refs) if (d.aggregation === 'sum') for (const v of siteValues(d.code)) out.add(v);
    return [...out].sort();
  }

  function siteValues(code: string): string[] {
    return dimValues(code, SITE_KEY);
  }

  function evaluatePerSite(e: Expr, dims: Dims, sites: readonly string[], sink: TraceItem[]): Outcome {
    let total = 0;
    const missing: MissingInput[] = [];
    for (const site of sites) {
      const r = evaluate(e, { ...dims, [SITE_KEY]: site }, sink);
      if (r.ok) total += r.value;
      else missing.push(...r.missing);
    }
    return missing.length ? { ok: false, missing } : { ok: true, value: total };
  }

  /** A derived total entered as published for these dimensions (typed, or summed over sites). */
  function publishedOf(def: MetricDef, dims: Dims): EntryRow | undefined {
    const s = stored.get(def.code);
    if (!s) return undefined;
    const key = dimsKey(dims);
    const row = s.exact.get(key);
    if (row) return row;
    const sum = s.siteSums.get(key);
    return sum ? { metric: def.code, dims, value: sum.value } : undefined;
  }

  function derive(def: MetricDef, dims: Dims): Outcome & { trace?: Trace; published?: EntryRow } {
    const key = `${def.code}|${dimsKey(dims)}`;
    const hit = memo.get(key);
    if (hit) return hit;
    if (inProgress.has(key)) throw new Error(`circular formula through ${def.code}`);
    inProgress.add(key);
    const sink: TraceItem[] = [];
    const r = evaluate(compileFormula(def.formula ?? ''), dims, sink);
    inProgress.delete(key);
    const unique = new Map(sink.map((t) => [`${t.code}|${dimsKey(t.dims)}`, t]));
    const items = [...unique.values()];
    const trace: Trace = {
      formula: def.formula ?? '',
      inputs: items.filter((t) => t.kind !== 'factor'),
      factors: items.filter((t) => t.kind === 'factor'),
    };
    // Computed from its inputs where they are kept; else the figure entered as published.
    const published = publishedOf(def, dims);
    let out: Outcome & { trace?: Trace; published?: EntryRow } = r.ok ? { ...r, trace } : r;
    if (published && r.ok) out = { ...out, published };
    else if (published && published.value !== null) {
      out = { ok: true, value: published.value, trace: { formula: def.formula ?? '', inputs: [], factors: [], asPublished: true }, published };
    } else if (published) {
      const reason = published.notDisclosed ? ('not_disclosed' as const) : ('not_applicable' as const);
      out = { ok: false, missing: [{ code: def.code, dims, reason, ...(published.notDisclosed ? { blocking: true as const } : {}) }], published };
    }
    memo.set(key, out);
    return out;
  }

  const values: ComputedValue[] = [];
  const missing: MissingDerived[] = [];

  for (const def of metrics) {
    if (def.kind === 'derived') continue;
    const s = stored.get(def.code);
    if (!s) continue;
    for (const row of s.exact.values()) {
      values.push({
        code: def.code,
        dims: row.dims,
        value: row.value,
        unit: unitOf(def, row.dims),
        kind: def.kind,
        ...(row.naReason ? { naReason: row.naReason } : {}),
        ...(row.value === null && row.notDisclosed ? { notDisclosed: true as const } : {}),
        ...(row.source ? { source: row.source } : {}),
        ...(row.note ? { note: row.note } : {}),
        ...(row.estimated ? { estimated: true } : {}),
      });
    }
    for (const [key, sum] of s.siteSums) {
      if (!s.exact.has(key)) values.push({ code: def.code, dims: sum.dims, value: sum.value, unit: unitOf(def, sum.dims), kind: def.kind, fromSites: true });
    }
    // The total and each single breakdown value no one typed but a breakdown answers, with the
    // rows it sums as its trace ("sum over region").
    const asked: Dims[] = [{}, ...def.dimensions.flatMap((k) => dimValues(def.code, k).map((v) => ({ [k]: v })))];
    for (const dims of asked) {
      const key = dimsKey(dims);
      if (s.exact.has(key) || s.siteSums.has(key)) continue;
      const bd = fromBreakdown(def, dims);
      if (!bd) continue;
      const inputs: TraceItem[] = bd.parts.map((p) => ({ code: def.code, dims: p.dims, value: p.value ?? 0, unit: def.unit, kind: def.kind, ...(p.value === null ? { notApplicable: true as const } : {}) }));
      values.push({ code: def.code, dims, value: bd.value, unit: def.unit, kind: def.kind, fromBreakdown: bd.over, trace: { formula: breakdownFormula(def.code, bd.over), inputs, factors: [] } });
    }
  }

  for (const def of metrics) {
    if (def.kind !== 'derived') continue;
    const variants: Dims[] = [{}];
    const inputs = formulaRefs(compileFormula(def.formula ?? ''));
    for (const key of def.breakdown ?? []) {
      const seen = new Set<string>();
      for (const code of inputs) for (const v of dimValues(code, key)) seen.add(v);
      for (const v of [...seen].sort()) variants.push({ [key]: v });
    }
    for (const dims of variants) {
      const r = derive(def, dims);
      const pub = r.published;
      if (r.ok) {
        const published = pub && pub.value !== null && !r.trace?.asPublished ? { published: pub.value } : {};
        values.push({ code: def.code, dims, value: r.value, unit: unitOf(def, dims), kind: 'derived', ...published, ...(r.trace ? { trace: r.trace } : {}) });
      } else if (pub && pub.value === null) {
        // Entered as not applicable or not disclosed, with its reason, and nothing to compute it from.
        values.push({ code: def.code, dims, value: null, unit: unitOf(def, dims), kind: 'derived', ...(pub.naReason ? { naReason: pub.naReason } : {}), ...(pub.notDisclosed ? { notDisclosed: true as const } : {}) });
      } else missing.push({ code: def.code, dims, missing: dedupeMissing(r.missing) });
    }
  }
  return { values, missing };
}

/** The trace's formula of a value summed from a breakdown: sumby() as formulas write it. */
export function breakdownFormula(code: string, over: readonly string[]): string {
  return over.reduce((inner, key) => `sumby(${inner}, "${key}")`, code);
}

/** Missing only because plain quantities (not factors, not denominators) are not applicable. */
function isPlainNa(missing: readonly MissingInput[]): boolean {
  return missing.length > 0 && missing.every((m) => m.reason === 'not_applicable' && !m.blocking);
}

function isNotDisclosed(missing: readonly MissingInput[]): boolean {
  return missing.length > 0 && missing.every((m) => m.reason === 'not_disclosed');
}

function withoutSite(dims: Dims): Dims {
  const rest: Record<string, string> = { ...dims };
  delete rest[SITE_KEY];
  return rest;
}

/** Metric codes a formula node reads directly (derived ones are evaluated on their own). */
function entryRefs(e: Expr, out: Set<string> = new Set()): Set<string> {
  switch (e.op) {
    case 'ref':
    case 'pick':
    case 'sumby':
      out.add(e.code);
      break;
    case 'neg':
      entryRefs(e.a, out);
      break;
    case 'call':
      for (const a of e.args) entryRefs(a, out);
      break;
    case 'bin':
      entryRefs(e.a, out);
      entryRefs(e.b, out);
      break;
    case 'num':
      break;
  }
  return out;
}

function dedupeMissing(list: MissingInput[]): MissingInput[] {
  const seen = new Map<string, MissingInput>();
  for (const m of list) seen.set(`${m.code}|${dimsKey(m.dims)}|${m.reason}`, m);
  return [...seen.values()];
}
