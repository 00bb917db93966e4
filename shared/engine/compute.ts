// The calculation engine: from one year's entered values and factors to every derived KPI,
// each with its trace. Pure and synchronous; numbers stay at full precision (rounding is
// the job of whoever displays them).
import type { MetricDef, MetricKind } from '../catalogue.js';
import { SITE_KEY, dimsKey, restrictDims, type Dims } from '../dimensions.js';
import { compileFormula, formulaRefs, type Expr } from './formula.js';

export interface EntryRow {
  metric: string;
  dims: Dims;
  /** null when the value is "not applicable / not disclosed" (comply-or-explain). */
  value: number | null;
  naReason?: string;
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
}

export interface Trace {
  formula: string;
  inputs: TraceItem[];
  factors: TraceItem[];
}

export interface ComputedValue {
  code: string;
  dims: Dims;
  /** null only for entered values marked not applicable. */
  value: number | null;
  unit: string;
  kind: MetricKind;
  naReason?: string;
  source?: string;
  note?: string;
  estimated?: boolean;
  /** Entered total that no one typed: the sum of the per-site values. */
  fromSites?: boolean;
  trace?: Trace;
}

export type MissingReason = 'absent' | 'not_applicable' | 'zero_denominator';
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

export function computeYear(metrics: readonly MetricDef[], rows: readonly EntryRow[]): YearResult {
  const defs = new Map(metrics.map((m) => [m.code, m]));
  const stored = indexEntries(rows, defs);
  const memo = new Map<string, Outcome & { trace?: Trace }>();
  const inProgress = new Set<string>();

  /** Looks up an entered value or factor: the typed row, else the sum over sites. */
  function lookupEntered(def: MetricDef, dims: Dims, sink: TraceItem[]): Outcome {
    const s = stored.get(def.code);
    const key = dimsKey(dims);
    // A metric that does not sum over sites (a factor) has one workspace-wide value that
    // serves every site without a value of its own.
    const row = s?.exact.get(key) ?? (def.aggregation === 'none' && SITE_KEY in dims ? s?.exact.get(dimsKey(withoutSite(dims))) : undefined);
    if (row) {
      if (row.value === null) return { ok: false, missing: [{ code: def.code, dims, reason: 'not_applicable', ...(def.kind === 'factor' ? { blocking: true as const } : {}) }] };
      sink.push({ code: def.code, dims, value: row.value, unit: def.unit, kind: def.kind, ...(row.source ? { source: row.source } : {}) });
      return { ok: true, value: row.value };
    }
    const sum = s?.siteSums.get(key);
    if (sum) {
      sink.push({ code: def.code, dims, value: sum.value, unit: def.unit, kind: def.kind, ...(sum.sources.length ? { source: sum.sources.join('; ') } : {}) });
      return { ok: true, value: sum.value };
    }
    return { ok: false, missing: [{ code: def.code, dims, reason: 'absent' }] };
  }

  function valueOf(code: string, dims: Dims, sink: TraceItem[]): Outcome {
    const def = defs.get(code);
    if (!def) return { ok: false, missing: [{ code, dims, reason: 'absent' }] };
    if (def.kind !== 'derived') return lookupEntered(def, restrictDims(dims, def.dimensions), sink);
    const own = restrictDims(dims, def.breakdown ?? []);
    const r = derive(def, own);
    if (r.ok) sink.push({ code, dims: own, value: r.value, unit: def.unit, kind: 'derived' });
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
      case 'sumby': {
        const values = dimValues(e.code, e.key);
        let total = 0;
        let found = false;
        for (const v of values) {
          const r = valueOf(e.code, { ...dims, [e.key]: v }, sink);
          if (r.ok) {
            total += r.value;
            found = true;
          }
        }
        return found ? { ok: true, value: total } : { ok: false, missing: [{ code: e.code, dims: { ...dims, [e.key]: '*' }, reason: 'absent' }] };
      }
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
      sink.push({ code: m.code, dims: m.dims, value: 0, unit: def?.unit ?? '', kind: def?.kind ?? 'entered', notApplicable: true });
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

  function derive(def: MetricDef, dims: Dims): Outcome & { trace?: Trace } {
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
    const out = r.ok ? { ...r, trace } : r;
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
        unit: def.unit,
        kind: def.kind,
        ...(row.naReason ? { naReason: row.naReason } : {}),
        ...(row.source ? { source: row.source } : {}),
        ...(row.note ? { note: row.note } : {}),
        ...(row.estimated ? { estimated: true } : {}),
      });
    }
    for (const [key, sum] of s.siteSums) {
      if (!s.exact.has(key)) values.push({ code: def.code, dims: sum.dims, value: sum.value, unit: def.unit, kind: def.kind, fromSites: true });
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
      if (r.ok) values.push({ code: def.code, dims, value: r.value, unit: def.unit, kind: 'derived', ...(r.trace ? { trace: r.trace } : {}) });
      else missing.push({ code: def.code, dims, missing: dedupeMissing(r.missing) });
    }
  }
  return { values, missing };
}

/** Missing only because plain quantities (not factors, not denominators) are not applicable. */
function isPlainNa(missing: readonly MissingInput[]): boolean {
  return missing.length > 0 && missing.every((m) => m.reason === 'not_applicable' && !m.blocking);
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
