// Values with provenance. Every write goes through upsert(), which records the change in
// the audit log in the same transaction as the caller's.
import type { Database } from 'better-sqlite3';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import type { StoredValue, ValueInput } from '../../shared/domain.js';
import type { EntryRow as EngineRow } from '../../shared/engine/compute.js';
import type { AuditRepo } from './audit-repo.js';

interface ValueRow {
  metric: string;
  year: number;
  dims_key: string;
  dims: string;
  value: number | null;
  na_reason: string | null;
  entered_value: string | null;
  entered_unit: string | null;
  source: string | null;
  note: string | null;
  footnote_zh: string | null;
  footnote_en: string | null;
  not_disclosed: number;
  estimated: number;
  updated_at: string;
  updated_by: string;
}

// Most rows share a handful of dimension sets ({}, {site: …}, {gender: …}): parse each once.
const dimsCache = new Map<string, Dims>();
function parseDims(json: string): Dims {
  let d = dimsCache.get(json);
  if (!d) {
    d = Object.freeze(JSON.parse(json) as Dims);
    if (dimsCache.size > 50_000) dimsCache.clear();
    dimsCache.set(json, d);
  }
  return d;
}

const toValue = (r: ValueRow): StoredValue => ({
  metric: r.metric,
  year: r.year,
  dims: parseDims(r.dims),
  value: r.value,
  naReason: r.na_reason,
  enteredValue: r.entered_value,
  enteredUnit: r.entered_unit,
  source: r.source,
  note: r.note,
  footnoteZh: r.footnote_zh,
  footnoteEn: r.footnote_en,
  ...(r.not_disclosed === 1 ? { notDisclosed: true } : {}),
  estimated: r.estimated === 1,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

/** The fields that make two versions of a value different (not who or when). */
export function sameContent(a: ValueInput, b: ValueInput): boolean {
  return (
    a.value === b.value &&
    a.naReason === b.naReason &&
    (a.notDisclosed ?? false) === (b.notDisclosed ?? false) &&
    a.note === b.note &&
    a.source === b.source &&
    (a.footnoteZh ?? null) === (b.footnoteZh ?? null) &&
    (a.footnoteEn ?? null) === (b.footnoteEn ?? null) &&
    a.estimated === b.estimated &&
    a.enteredUnit === b.enteredUnit
  );
}

/**
 * A stored row's revision as a window saw it: changes with every write of its content or its
 * time and author, '' for no row. A write based on another revision than the stored one was
 * made on a stale view (another window or connection wrote since) and is refused.
 */
export function revisionOf(v: StoredValue | undefined | null): string {
  if (!v) return '';
  const text = JSON.stringify([v.value, v.naReason, ...(v.notDisclosed ? ['nd'] : []), v.enteredValue, v.enteredUnit, v.source, v.note, v.footnoteZh ?? null, v.footnoteEn ?? null, v.estimated, v.updatedAt, v.updatedBy]);
  // FNV-1a, 32 bits: a short token, not a security measure (the content itself is compared).
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + text.length.toString(36);
}

export function valueKey(metric: string, year: number, dims: Dims): string {
  return keyWithDims(metric, year, dimsKey(dims));
}

const keyWithDims = (metric: string, year: number, dimsKeyText: string) => `${metric}|${year}|${dimsKeyText}`;

export function createValuesRepo(db: Database, audit: AuditRepo, now: () => string) {
  // A row with neither a number nor a reason is a value cleared in the grid whose note, source
  // or flag were kept (migration 0080): no value to every reader but the grid (`...Kept`).
  const IS_VALUE = `(value IS NOT NULL OR na_reason IS NOT NULL)`;
  const byYear = db.prepare(`SELECT * FROM metric_value WHERE year = @year AND ${IS_VALUE} ORDER BY metric, dims_key`);
  const byYearMetric = db.prepare(`SELECT * FROM metric_value WHERE year = @year AND metric = @metric AND ${IS_VALUE}`);
  const wholeYear = db.prepare(`SELECT * FROM metric_value WHERE year = @year`);
  const keptOfYear = db.prepare(`SELECT * FROM metric_value WHERE year = @year AND value IS NULL AND na_reason IS NULL`);
  const keptOfYearMetric = db.prepare(`SELECT * FROM metric_value WHERE year = @year AND metric = @metric AND value IS NULL AND na_reason IS NULL`);
  const forEngine = db.prepare(`SELECT metric, dims, value, na_reason, not_disclosed, source, note, estimated FROM metric_value WHERE year = @year AND ${IS_VALUE}`);
  const all = db.prepare(`SELECT * FROM metric_value WHERE ${IS_VALUE} ORDER BY year, metric, dims_key`);
  const one = db.prepare(`SELECT * FROM metric_value WHERE metric = @metric AND year = @year AND dims_key = @dims_key`);
  const upsert = db.prepare(
    `INSERT INTO metric_value (metric, year, dims_key, dims, value, na_reason, entered_value, entered_unit, source, note, footnote_zh, footnote_en, not_disclosed, estimated, updated_at, updated_by)
     VALUES (@metric, @year, @dims_key, @dims, @value, @na_reason, @entered_value, @entered_unit, @source, @note, @footnote_zh, @footnote_en, @not_disclosed, @estimated, @updated_at, @updated_by)
     ON CONFLICT (metric, year, dims_key) DO UPDATE SET
       value = excluded.value, na_reason = excluded.na_reason, entered_value = excluded.entered_value,
       entered_unit = excluded.entered_unit, source = excluded.source, note = excluded.note,
       footnote_zh = excluded.footnote_zh, footnote_en = excluded.footnote_en, not_disclosed = excluded.not_disclosed,
       estimated = excluded.estimated, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const remove = db.prepare(`DELETE FROM metric_value WHERE metric = @metric AND year = @year AND dims_key = @dims_key`);
  const years = db.prepare(`SELECT DISTINCT year FROM metric_value WHERE ${IS_VALUE} ORDER BY year`);
  const siteAfter = db.prepare(`SELECT count(*) AS n FROM metric_value WHERE year > @year AND json_extract(dims, '$.site') = @site`);

  // Writes per year, so that computed results of a year can be reused until it changes.
  const revisions = new Map<number, number>();
  const bump = (year: number) => revisions.set(year, (revisions.get(year) ?? 0) + 1);

  /** The row of a key, a cleared one with its kept note included. */
  function getKept(metric: string, year: number, dims: Dims): StoredValue | undefined {
    const row = one.get({ metric, year, dims_key: dimsKey(dims) }) as ValueRow | undefined;
    return row ? toValue(row) : undefined;
  }
  function get(metric: string, year: number, dims: Dims): StoredValue | undefined {
    const v = getKept(metric, year, dims);
    return v && (v.value !== null || v.naReason !== null) ? v : undefined;
  }

  return {
    /** Values of a site in years after `year` (a site cannot retire before its own data). */
    countSiteValuesAfter(site: string, year: number): number {
      return (siteAfter.get({ site, year }) as { n: number }).n;
    },
    listYear(year: number): StoredValue[] {
      return (byYear.all({ year }) as ValueRow[]).map(toValue);
    },
    listYearMetric(year: number, metric: string): StoredValue[] {
      return (byYearMetric.all({ year, metric }) as ValueRow[]).map(toValue);
    },
    /** A year's values as the engine needs them: no ordering, no provenance beyond source. */
    listYearForEngine(year: number): EngineRow[] {
      return (forEngine.all({ year }) as Pick<ValueRow, 'metric' | 'dims' | 'value' | 'na_reason' | 'not_disclosed' | 'source' | 'note' | 'estimated'>[]).map((r) => ({
        metric: r.metric,
        dims: parseDims(r.dims),
        value: r.value,
        ...(r.na_reason !== null ? { naReason: r.na_reason } : {}),
        ...(r.not_disclosed === 1 ? { notDisclosed: true } : {}),
        ...(r.source !== null ? { source: r.source } : {}),
        ...(r.note !== null ? { note: r.note } : {}),
        ...(r.estimated === 1 ? { estimated: true } : {}),
      }));
    },
    listAll(): StoredValue[] {
      return (all.all() as ValueRow[]).map(toValue);
    },
    /**
     * Changes with every write to the year's values through this repository (this connection);
     * caches add `PRAGMA data_version` for the writes of other connections (workspace-memo.ts).
     */
    revision(year: number): number {
      return revisions.get(year) ?? 0;
    },
    yearsWithValues(): number[] {
      return (years.all() as { year: number }[]).map((r) => r.year);
    },
    get,
    getKept,
    /** The cleared values of a year (or of one metric in it) whose note, source or flag were kept. */
    listKept(year: number, metric?: string): StoredValue[] {
      return ((metric === undefined ? keptOfYear.all({ year }) : keptOfYearMetric.all({ year, metric })) as ValueRow[]).map(toValue);
    },
    /**
     * The stored rows of many keys, in order, cleared ones with their kept note included (an
     * import merges into them). Years asked for thousands of times are read in one query
     * instead of one lookup each (an import of 40 workbooks asks ~57,000).
     */
    getMany(keys: readonly { metric: string; year: number; dims: Dims }[]): (StoredValue | undefined)[] {
      const perYear = new Map<number, number>();
      for (const k of keys) perYear.set(k.year, (perYear.get(k.year) ?? 0) + 1);
      const byKey = new Map<number, Map<string, StoredValue>>();
      for (const [year, n] of perYear) {
        if (n < 1000) continue;
        const m = new Map<string, StoredValue>();
        for (const r of wholeYear.iterate({ year }) as IterableIterator<ValueRow>) m.set(`${r.metric}|${r.dims_key}`, toValue(r));
        byKey.set(year, m);
      }
      return keys.map((k) => {
        const m = byKey.get(k.year);
        return m ? m.get(`${k.metric}|${dimsKey(k.dims)}`) : getKept(k.metric, k.year, k.dims);
      });
    },
    /**
     * Writes a value; returns what happened. The caller owns the transaction. `known` is the
     * stored value the caller already read (an import plan has it), saving a lookup.
     */
    put(input: ValueInput, actor: string, context?: string, known?: StoredValue | null): 'inserted' | 'updated' | 'unchanged' {
      const before = known !== undefined ? (known ?? undefined) : getKept(input.metric, input.year, input.dims);
      if (before && sameContent(before, input)) return 'unchanged';
      const at = now();
      const key = dimsKey(input.dims);
      bump(input.year);
      upsert.run({
        metric: input.metric,
        year: input.year,
        dims_key: key,
        dims: JSON.stringify(input.dims),
        value: input.value,
        na_reason: input.naReason,
        entered_value: input.enteredValue,
        entered_unit: input.enteredUnit,
        source: input.source,
        note: input.note,
        footnote_zh: input.footnoteZh ?? null,
        footnote_en: input.footnoteEn ?? null,
        not_disclosed: input.notDisclosed && input.value === null && input.naReason !== null ? 1 : 0,
        estimated: input.estimated ? 1 : 0,
        updated_at: at,
        updated_by: actor,
      });
      audit.append({
        at,
        actor,
        action: before ? 'update' : 'insert',
        entity: 'value',
        entityKey: keyWithDims(input.metric, input.year, key),
        metric: input.metric,
        year: input.year,
        old: before ?? null,
        new: { ...input, updatedAt: at, updatedBy: actor },
        context: context ?? null,
      });
      return before ? 'updated' : 'inserted';
    },
    delete(metric: string, year: number, dims: Dims, actor: string, context?: string): boolean {
      const before = getKept(metric, year, dims);
      if (!before) return false;
      bump(year);
      remove.run({ metric, year, dims_key: dimsKey(dims) });
      audit.append({ actor, action: 'delete', entity: 'value', entityKey: valueKey(metric, year, dims), metric, year, old: before, context: context ?? null });
      return true;
    },
  };
}
export type ValuesRepo = ReturnType<typeof createValuesRepo>;
