// Data entry for the desktop app: the grid of one year beside the year before, one-value
// edits validated by the one value validator the CSV and workbook importers use, and undo.
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import type { StoredValue, ValueInput } from '../../shared/domain.js';
import type { MetricDef } from '../../shared/catalogue.js';
import { computeYear, type ComputedValue, type EntryRow, type YearResult } from '../../shared/engine/compute.js';
import { compileFormula, formulaRefs } from '../../shared/engine/formula.js';
import { msg, renderMessage, type Message } from '../../shared/i18n/messages.js';
import { isNaWord, sumKey, validateValue } from '../../shared/io/validate-value.js';
import { splitValueAndUnit } from '../../shared/io/value-with-unit.js';
import { BIG_CHANGE_PCT, type GridData, type GridRow, type HistoryEntry, type HistoryValue } from '../../shared/api/contract.js';
import { revisionOf, valueKey } from '../store/values-repo.js';
import type { Workspace } from '../store/workspace.js';
import { computeWorkspaceYear } from './kpi-service.js';
import { siteContext } from './site-context.js';
import { displayUnit, offersRow } from '../../shared/fuels.js';
import { loadWorkspaceCatalogue, type WorkspaceCatalogue } from './workspace-catalogue.js';

export class EntryError extends Error {
  constructor(
    readonly code: 'validation' | 'not_found' | 'stale',
    readonly problem: Message,
  ) {
    // English for logs; the UI renders `problem` in its language.
    super(renderMessage('en', problem));
  }
}

export interface ValuePatch {
  value?: string | undefined;
  unit?: string | undefined;
  naReason?: string | null | undefined;
  note?: string | null | undefined;
  source?: string | null | undefined;
  footnoteZh?: string | null | undefined;
  footnoteEn?: string | null | undefined;
  estimated?: boolean | undefined;
}

export interface UndoStep {
  metric: string;
  year: number;
  dims: Dims;
  before: StoredValue | undefined;
  /** The revision the edit left (''), so an undo does not put back over someone else's later write. */
  after?: string;
}

/** Several values changed by one action (a paste, a fill): undone together, as one step. */
export interface BatchUndo {
  batch: UndoStep[];
}
/** What a window's undo stack holds: one value's step, or a batch's. */
export type UndoEntry = UndoStep | BatchUndo;

// A dimension set's key, once per object: the store and the engine share one frozen object per
// distinct set (the `{site: …}` of a site serves every metric), and the grid needs the key of
// about 140,000 of them per year.
const dimsKeys = new WeakMap<Dims, string>();
function keyOf(dims: Dims): string {
  let k = dimsKeys.get(dims);
  if (k === undefined) {
    k = dimsKey(dims);
    dimsKeys.set(dims, k);
  }
  return k;
}

const rowId = (metric: string, dims: Dims) => `${metric}|${keyOf(dims)}`;

export function changePct(value: number | null, prior: number | null): number | null {
  if (value === null || prior === null || prior === 0) return null;
  return ((value - prior) / Math.abs(prior)) * 100;
}

/** The breakdown rows a metric offers even when empty: the total and one per closed dimension value. */
function offeredDims(def: MetricDef, cat: WorkspaceCatalogue): Dims[] {
  const out: Dims[] = [{}];
  for (const key of def.kind === 'derived' ? (def.breakdown ?? []) : def.dimensions) {
    const dd = cat.dimensions.find((d) => d.key === key);
    if (dd && !dd.open) for (const v of dd.values) out.push({ [key]: v.code });
  }
  return out.filter((dims) => offersRow(def, dims, cat.metrics));
}

/** A metric and breakdown with a value in either year: the computed values of both. */
interface Cell {
  dims: Dims;
  cur?: ComputedValue;
  prev?: ComputedValue;
}

/** Per metric, per dimension key. */
type ByMetric<T> = Map<string, Map<string, T>>;

function put<T>(map: ByMetric<T>, metric: string, key: string, value: T): void {
  let m = map.get(metric);
  if (!m) map.set(metric, (m = new Map()));
  m.set(key, value);
}

interface GridContext {
  cat: WorkspaceCatalogue;
  /** In the order first seen: this year's values, then last year's. */
  cells: ByMetric<Cell>;
  stored: ByMetric<StoredValue>;
  /** Derived values that could not be computed: the codes of their missing inputs. */
  missing: ByMetric<string[]>;
}

function contextOf(cat: WorkspaceCatalogue, now: YearResult, before: YearResult, stored: readonly StoredValue[], only?: ReadonlySet<string>): GridContext {
  const cells: ByMetric<Cell> = new Map();
  const cellOf = (metric: string, dims: Dims): Cell | undefined => {
    if (only && !only.has(metric)) return undefined;
    const key = keyOf(dims);
    let c = cells.get(metric)?.get(key);
    if (!c) put(cells, metric, key, (c = { dims }));
    return c;
  };
  for (const v of now.values) {
    const c = cellOf(v.code, v.dims);
    if (c) c.cur = v;
  }
  for (const v of before.values) {
    const c = cellOf(v.code, v.dims);
    if (c) c.prev = v;
  }
  const byKey: ByMetric<StoredValue> = new Map();
  for (const v of stored) put(byKey, v.metric, keyOf(v.dims), v);
  const missing: ByMetric<string[]> = new Map();
  for (const m of now.missing) put(missing, m.code, keyOf(m.dims), m.missing.map((x) => x.code));
  return { cat, cells, stored: byKey, missing };
}

/** The whole year and the year before, as the engine computes them for every screen (cached per revision). */
function gridContext(ws: Workspace, year: number): GridContext {
  const stored = [...ws.values.listYear(year), ...ws.values.listKept(year)];
  return contextOf(loadWorkspaceCatalogue(ws), computeWorkspaceYear(ws, year), computeWorkspaceYear(ws, year - 1), stored);
}

// Who reads whom: per catalogue (a frozen object, replaced whenever the catalogue is written).
const formulaGraphs = new WeakMap<WorkspaceCatalogue, { readers: Map<string, string[]>; reads: Map<string, string[]> }>();

function formulaGraph(cat: WorkspaceCatalogue) {
  let g = formulaGraphs.get(cat);
  if (!g) {
    const readers = new Map<string, string[]>();
    const reads = new Map<string, string[]>();
    for (const def of cat.metrics) {
      if (def.kind !== 'derived') continue;
      const refs = formulaRefs(compileFormula(def.formula ?? ''));
      reads.set(def.code, refs);
      for (const r of refs) {
        const list = readers.get(r);
        if (list) list.push(def.code);
        else readers.set(r, [def.code]);
      }
    }
    // A formula reading energy.fuel reads energy.natural_gas too (its alias), and the other way round.
    for (const def of cat.metrics) {
      const target = def.aliasOf?.code;
      if (!target) continue;
      reads.set(target, [...(reads.get(target) ?? []), def.code]);
      readers.set(def.code, [...(readers.get(def.code) ?? []), ...(readers.get(target) ?? [])]);
    }
    formulaGraphs.set(cat, (g = { readers, reads }));
  }
  return g;
}

/** Every metric reachable from `start` through `next`, `start` included. */
function reachable(start: Iterable<string>, next: (code: string) => readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  const todo = [...start];
  for (let code = todo.pop(); code !== undefined; code = todo.pop()) {
    if (out.has(code)) continue;
    out.add(code);
    todo.push(...(next(code) ?? []));
  }
  return out;
}

/**
 * The metrics whose grid rows a change to `metric`'s values can alter: the metric itself
 * (its sums over sites) and every derived metric that reads it, directly or through another.
 */
export function affectedMetrics(cat: WorkspaceCatalogue, metric: string): string[] {
  const { readers } = formulaGraph(cat);
  const hit = reachable([metric], (c) => readers.get(c));
  return cat.metrics.filter((d) => hit.has(d.code)).map((d) => d.code);
}

/** Beyond this many metrics, computing the whole (cached) year costs no more than a part of it. */
const PARTIAL_LIMIT = 400;

const toEngineRow = (v: StoredValue): EntryRow => ({
  metric: v.metric,
  dims: v.dims,
  value: v.value,
  ...(v.naReason !== null ? { naReason: v.naReason } : {}),
  ...(v.notDisclosed ? { notDisclosed: true } : {}),
  ...(v.source !== null ? { source: v.source } : {}),
  ...(v.note !== null ? { note: v.note } : {}),
  ...(v.estimated ? { estimated: true } : {}),
});

/**
 * The context for the rows of a few metrics: the engine run over those metrics and the inputs
 * their formulas read (directly or not), which gives them the very values a run over the
 * whole year gives, in milliseconds instead of a whole year's computation per edit.
 */
function partialContext(ws: Workspace, year: number, metrics: readonly string[]): GridContext {
  const cat = loadWorkspaceCatalogue(ws);
  const only = new Set(metrics);
  const { reads } = formulaGraph(cat);
  const inputs = reachable(metrics, (c) => reads.get(c));
  if (inputs.size > PARTIAL_LIMIT) {
    const stored = metrics.flatMap((m) => [...ws.values.listYearMetric(year, m), ...ws.values.listKept(year, m)]);
    return contextOf(cat, computeWorkspaceYear(ws, year), computeWorkspaceYear(ws, year - 1), stored, only);
  }
  const defs = cat.metrics.filter((d) => inputs.has(d.code));
  const current = defs.flatMap((d) => ws.values.listYearMetric(year, d.code));
  const prior = defs.flatMap((d) => ws.values.listYearMetric(year - 1, d.code));
  return contextOf(
    cat,
    computeYear(defs, current.map(toEngineRow), { dimensions: cat.dimensions }),
    computeYear(defs, prior.map(toEngineRow), { dimensions: cat.dimensions }),
    [...current.filter((v) => only.has(v.metric)), ...metrics.flatMap((m) => ws.values.listKept(year, m))],
    only,
  );
}

function metricRows(def: MetricDef, ctx: GridContext): GridRow[] {
  const cells = ctx.cells.get(def.code);
  const stored = ctx.stored.get(def.code);
  const missing = ctx.missing.get(def.code);
  // The offered rows first (the total leads), then those with a value in either year.
  const keyed = new Map<string, Dims>();
  for (const d of offeredDims(def, ctx.cat)) keyed.set(dimsKey(d), d);
  for (const [key, c] of cells ?? []) if (!keyed.has(key)) keyed.set(key, c.dims);
  const rows: GridRow[] = [];
  for (const [key, dims] of keyed) {
    const cell = cells?.get(key);
    const c = cell?.cur;
    const s = stored?.get(key);
    const prior = cell?.prev?.value ?? null;
    const value = c?.value ?? null;
    const change = changePct(value, prior);
    rows.push({
      id: `${def.code}|${key}`,
      metric: def.code,
      kind: def.kind,
      dims: { ...dims },
      unit: displayUnit(def, dims, ctx.cat.dimensions),
      value,
      enteredValue: s?.enteredValue ?? null,
      enteredUnit: s?.enteredUnit ?? null,
      naReason: s?.naReason ?? null,
      note: s?.note ?? null,
      source: s?.source ?? null,
      estimated: s?.estimated ?? false,
      revision: revisionOf(s),
      fromSites: c?.fromSites ?? false,
      stored: s !== undefined,
      prior,
      changePct: change,
      bigChange: change !== null && Math.abs(change) >= BIG_CHANGE_PCT,
      missing: missing?.get(key) ?? [],
    });
  }
  return rows;
}

/** Factors have their own screen, so the grid leaves them out unless asked. */
export function buildGrid(ws: Workspace, year: number, opts: { factors?: boolean } = {}): GridData {
  const ctx = gridContext(ws, year);
  const rows = ctx.cat.metrics.filter((def) => def.kind !== 'factor' || opts.factors).flatMap((def) => metricRows(def, ctx));
  return { year, priorYear: year - 1, rows };
}

/** The rows of some metrics, in catalogue order, as `buildGrid` would give them. */
export function gridRows(ws: Workspace, year: number, metrics: readonly string[]): GridRow[] {
  const ctx = partialContext(ws, year, metrics);
  const wanted = new Set(metrics);
  return ctx.cat.metrics.filter((def) => wanted.has(def.code)).flatMap((def) => metricRows(def, ctx));
}

/**
 * What an edit changed in the grid: its own row and every row of the metric and of the
 * KPIs reading it. A cleared value whose row the grid no longer offers (a site row with no
 * value in either year) comes back as an empty row, which is what the user sees in its place.
 */
export function editedRows(ws: Workspace, ref: { metric: string; year: number; dims: Dims }, change: 'inserted' | 'updated' | 'unchanged' | 'deleted'): { row: GridRow; rows: GridRow[] } {
  const cat = loadWorkspaceCatalogue(ws);
  const rows = gridRows(ws, ref.year, affectedMetrics(cat, ref.metric));
  const id = rowId(ref.metric, ref.dims);
  const row = rows.find((r) => r.id === id);
  if (row) return { row, rows };
  const def = cat.byCode.get(ref.metric);
  if (change !== 'deleted' || !def) throw new EntryError('not_found', msg('value.no_row', { metric: ref.metric, dims: dimsKey(ref.dims), year: ref.year }));
  const empty: GridRow = {
    id, metric: ref.metric, kind: def.kind, dims: { ...ref.dims }, unit: def.unit, value: null, enteredValue: null, enteredUnit: null, naReason: null, note: null,
    source: null, estimated: false, revision: '', fromSites: false, stored: false, prior: null, changePct: null, bigChange: false, missing: [],
  };
  return { row: empty, rows };
}

/** What an edit will write, decided before anything is written (so a batch can refuse all). */
export type PlannedWrite =
  | { kind: 'put'; input: ValueInput; undo: UndoStep }
  | { kind: 'delete'; undo: UndoStep }
  | { kind: 'unchanged'; undo: UndoStep };

/**
 * Validates one edit against the catalogue, units, dimensions and sites (the one value
 * validator) and the revision it was based on, and says what it will write. Writes nothing.
 */
export function planValue(
  ws: Workspace,
  cat: WorkspaceCatalogue,
  sites: ReturnType<typeof siteContext>,
  ref: { metric: string; year: number; dims: Dims },
  patch: ValuePatch,
  basedOn?: string,
): PlannedWrite {
  const def = cat.byCode.get(ref.metric);
  if (!def) throw new EntryError('not_found', msg('value.metric_unknown', { metric: ref.metric, suggestion: null }));
  if (def.kind === 'derived') throw new EntryError('validation', msg('value.metric_derived', { metric: ref.metric, formula: def.formula ?? '' }));
  const before = ws.values.getKept(ref.metric, ref.year, ref.dims);
  // The window's view of this value is not what is stored: another window wrote since.
  if (basedOn !== undefined && basedOn !== revisionOf(before)) throw new EntryError('stale', msg('value.stale', { metric: ref.metric, year: ref.year }));

  let valueText = patch.value !== undefined ? patch.value : (before?.value === null ? '' : (before?.enteredValue ?? (before ? String(before.value) : '')));
  let unit = patch.unit !== undefined ? patch.unit : (before?.enteredUnit ?? '');
  if (patch.value !== undefined) {
    // A bare number is in the unit the grid shows (the metric's canonical unit) unless a unit
    // is typed with it ("22.63 萬噸") or given separately.
    const split = splitValueAndUnit(patch.value);
    valueText = split?.numberText ?? patch.value.trim();
    unit = split?.unit || (patch.unit ?? '');
  }
  let naReason = patch.naReason !== undefined ? (patch.naReason?.trim() || null) : (before?.naReason ?? null);
  // Typing a number replaces "not applicable"; giving a reason makes the value not applicable.
  if (patch.value !== undefined && valueText !== '' && !isNaWord(valueText)) naReason = patch.naReason?.trim() || null;
  if (patch.naReason) valueText = 'NA';
  if (isNaWord(valueText) && !naReason) throw new EntryError('validation', msg('value.na_needs_reason', { place: 'reason' }));
  const note = patch.note !== undefined ? (patch.note?.trim() || null) : (before?.note ?? null);
  const source = patch.source !== undefined ? (patch.source?.trim() || null) : (before?.source ?? null);
  const footnoteZh = patch.footnoteZh !== undefined ? (patch.footnoteZh?.trim() || null) : (before?.footnoteZh ?? null);
  const footnoteEn = patch.footnoteEn !== undefined ? (patch.footnoteEn?.trim() || null) : (before?.footnoteEn ?? null);
  const estimated = patch.estimated ?? before?.estimated ?? false;
  const undo: UndoStep = { metric: ref.metric, year: ref.year, dims: ref.dims, before };

  if (valueText === '' && !naReason) {
    // Clearing the number keeps the note, source and flag beside it unless they are cleared
    // too (then the row goes): the row stays, with no value, for the grid alone.
    if (note !== null || source !== null || footnoteZh !== null || footnoteEn !== null || estimated) {
      const kept: ValueInput = { metric: ref.metric, year: ref.year, dims: ref.dims, value: null, naReason: null, enteredValue: null, enteredUnit: null, note, source, footnoteZh, footnoteEn, estimated };
      return { kind: 'put', input: kept, undo };
    }
    return before ? { kind: 'delete', undo } : { kind: 'unchanged', undo };
  }

  const isNa = naReason !== null;
  const checked = validateValue(
    { metric: ref.metric, year: ref.year, dims: ref.dims, value: isNa ? 'NA' : valueText, unit: isNa ? '' : unit, na: isNa, naReason, note, source, footnoteZh, footnoteEn, estimated },
    { metrics: cat.byCode, dimensions: cat.dimensions, ...sites },
    { numberForm: 'csv', reasonPlace: 'reason' },
  );
  if (!checked.ok) throw new EntryError('validation', checked.problem);
  return { kind: 'put', input: checked.value, undo };
}

/** Writes a planned edit (inside the caller's transaction); the year is made a workspace year on the first value. */
export function applyPlanned(ws: Workspace, plan: PlannedWrite, actor: string): 'inserted' | 'updated' | 'unchanged' | 'deleted' {
  if (plan.kind === 'unchanged') return 'unchanged';
  if (plan.kind === 'delete') {
    ws.values.delete(plan.undo.metric, plan.undo.year, plan.undo.dims, actor, 'edit');
    return 'deleted';
  }
  ws.profile.ensureYear(plan.input.year);
  return ws.values.put(plan.input, actor, 'edit');
}

/**
 * Validates one edit against the catalogue, units, dimensions and sites (the one value
 * validator) and writes it with its audit entry. Returns what changed and the undo step.
 */
export function setValue(
  ws: Workspace,
  ref: { metric: string; year: number; dims: Dims },
  patch: ValuePatch,
  actor: string,
  basedOn?: string,
): { change: 'inserted' | 'updated' | 'unchanged' | 'deleted'; undo: UndoStep } {
  // The stale check, the sum check and the write are one transaction: a write committed by
  // another window between the check and the write cannot be overwritten unseen.
  const { plan, change } = ws.transaction(() => {
    const planned = planValue(ws, loadWorkspaceCatalogue(ws), siteContext(ws), ref, patch, basedOn);
    if (planned.kind === 'put' && planned.input.value !== null) refuseSumOverflow(ws, planned.input);
    return { plan: planned, change: applyPlanned(ws, planned, actor) };
  });
  if (change === 'deleted') return { change, undo: { ...plan.undo, after: '' } };
  return { change, undo: change === 'unchanged' ? plan.undo : leftAt(ws, plan.undo) };
}

export const leftAt = (ws: Workspace, step: UndoStep): UndoStep => ({ ...step, after: revisionOf(ws.values.getKept(step.metric, step.year, step.dims)) });

/** A site's value whose sum with the other sites (the workspace total) cannot be held is refused, as at import. */
export function refuseSumOverflow(ws: Workspace, input: ValueInput): void {
  const key = sumKey(input);
  if (key === undefined || input.value === null) return;
  const own = dimsKey(input.dims);
  let sum = input.value;
  for (const s of ws.values.listYearMetric(input.year, input.metric)) if (s.value !== null && sumKey(s) === key && dimsKey(s.dims) !== own) sum += s.value;
  if (Number.isFinite(sum)) return;
  const { site: _site, ...rest } = input.dims;
  throw new EntryError('validation', msg('value.sum_overflow', { metric: input.metric, year: input.year, dims: dimsKey(rest) }));
}

/**
 * Puts values back the way they were before an edit or a batch (itself audited, as an undo),
 * all or none: a batch is one step, refused whole if any of its values was written since.
 */
export function undoStep(ws: Workspace, entry: UndoEntry, actor: string): void {
  const steps = 'batch' in entry ? entry.batch : [entry];
  ws.transaction(() => {
    for (const step of steps) {
      // Someone else wrote the value after this window's edit: undoing would erase their write.
      if (step.after !== undefined && revisionOf(ws.values.getKept(step.metric, step.year, step.dims)) !== step.after) {
        throw new EntryError('stale', msg('value.stale', { metric: step.metric, year: step.year }));
      }
    }
    for (const step of steps) {
      if (step.before) {
        const { updatedAt: _a, updatedBy: _b, ...input } = step.before;
        ws.values.put(input, actor, 'undo');
      } else {
        ws.values.delete(step.metric, step.year, step.dims, actor, 'undo');
      }
    }
  });
}

/** A stored value as History shows it; an entered text that already names its unit ("520,000 MWh") is not given the unit twice. */
export function describeValue(v: unknown): string | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Partial<StoredValue>;
  const entered = String(o.enteredValue ?? o.value);
  const unit = o.enteredUnit && !entered.trim().endsWith(o.enteredUnit) ? ` ${o.enteredUnit}` : '';
  const main = o.value === null || o.value === undefined ? (o.naReason ? `NA (${o.naReason})` : '—') : `${entered}${unit}`;
  const extras = [o.estimated ? 'estimated' : '', o.note ? `note: ${o.note}` : '', o.source ? `source: ${o.source}` : ''].filter(Boolean);
  return extras.length ? `${main}; ${extras.join('; ')}` : main;
}

/** A stored value's parts, for History to word in the UI's language. */
export function historyValue(v: unknown): HistoryValue | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Partial<StoredValue>;
  const hasValue = o.value !== null && o.value !== undefined;
  const entered = String(o.enteredValue ?? o.value);
  const unit = o.enteredUnit && !entered.trim().endsWith(o.enteredUnit) ? ` ${o.enteredUnit}` : '';
  return { entered: hasValue ? `${entered}${unit}` : null, naReason: hasValue ? null : (o.naReason ?? null), estimated: Boolean(o.estimated), note: o.note ?? null, source: o.source ?? null };
}

export function valueHistory(ws: Workspace, metric: string, year: number, dims: Dims): HistoryEntry[] {
  return ws.audit.valueHistory(metric, year, valueKey(metric, year, dims)).map((e) => ({
    id: e.id,
    at: e.at,
    actor: e.actor,
    action: e.action,
    context: e.context,
    oldText: describeValue(e.old),
    newText: describeValue(e.new),
    old: historyValue(e.old),
    new: historyValue(e.new),
  }));
}
