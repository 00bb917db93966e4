// Imports whose figures are each holdable but whose totals are not: the sum over sites (two
// rows of 1e308 t), or a KPI computed from them (1e200 MWh × a factor of 1e200). Refused
// before anything is written, rather than stored as an infinite total.
import { dimsKey } from '../../shared/dimensions.js';
import type { StoredValue } from '../../shared/domain.js';
import { computeYear, type EntryRow } from '../../shared/engine/compute.js';
import { msg } from '../../shared/i18n/messages.js';
import type { ImportProblem, ParsedValue } from '../../shared/io/data-package.js';
import { sumKey } from '../../shared/io/validate-value.js';
import type { Workspace } from '../store/workspace.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

/**
 * Values entered per site sum to the workspace total: a sum that cannot be held is refused,
 * naming the imported rows. The sum counts the stored site values the import does not replace.
 */
export function findSumOverflows(ws: Workspace, values: readonly ParsedValue[], whereOf: (v: ParsedValue) => string): ImportProblem[] {
  const groups = new Map<string, ParsedValue[]>();
  for (const v of values) {
    const key = sumKey(v.input);
    if (key === undefined || v.input.value === null) continue;
    const g = groups.get(key);
    if (g) g.push(v);
    else groups.set(key, [v]);
  }
  const problems: ImportProblem[] = [];
  const storedByYearMetric = new Map<string, StoredValue[]>();
  for (const [key, rows] of groups) {
    const first = rows[0] as ParsedValue;
    const { metric, year } = first.input;
    const ym = `${metric}|${year}`;
    let stored = storedByYearMetric.get(ym);
    if (!stored) storedByYearMetric.set(ym, (stored = ws.values.listYearMetric(year, metric)));
    const replaced = new Set(rows.map((r) => dimsKey(r.input.dims)));
    let sum = 0;
    for (const r of rows) sum += r.input.value as number;
    for (const s of stored) if (s.value !== null && sumKey(s) === key && !replaced.has(dimsKey(s.dims))) sum += s.value;
    if (Number.isFinite(sum)) continue;
    const { site: _site, ...rest } = first.input.dims;
    problems.push({
      file: first.file,
      line: first.line,
      ...(first.location ? { location: first.location } : {}),
      metric,
      message: msg('import.sum_overflow', { metric, year, dims: dimsKey(rest), rows: rows.map(whereOf).join(', ') }),
    });
  }
  return problems;
}

/**
 * The year is recomputed only when an imported figure exceeds this: a KPI of figures below it
 * overflows only through a stored figure far above it (1e100 × 1e100 = 1e200 < 1.8e308), and
 * finding such a stored figure would cost a scan of the year (~40 ms per 45,000 values) on
 * every import. Real data never comes near; the check costs nothing for it.
 */
const HUGE = 1e100;

/** KPIs of the imported years that would compute to a number too large to hold, with the imported values in place. */
export function findDerivedOverflows(ws: Workspace, values: readonly ParsedValue[]): ImportProblem[] {
  const byYear = new Map<number, ParsedValue[]>();
  for (const v of values) {
    const g = byYear.get(v.input.year);
    if (g) g.push(v);
    else byYear.set(v.input.year, [v]);
  }
  const problems: ImportProblem[] = [];
  for (const [year, rows] of byYear) {
    if (!rows.some((r) => Math.abs(r.input.value ?? 0) > HUGE)) continue;
    const merged = new Map<string, EntryRow>();
    for (const r of ws.values.listYearForEngine(year)) merged.set(`${r.metric}|${dimsKey(r.dims)}`, r);
    for (const r of rows) merged.set(`${r.input.metric}|${dimsKey(r.input.dims)}`, { metric: r.input.metric, dims: r.input.dims, value: r.input.value });
    const first = rows.find((r) => Math.abs(r.input.value ?? 0) > HUGE) ?? (rows[0] as ParsedValue);
    const cat = loadWorkspaceCatalogue(ws);
    for (const c of computeYear(cat.metrics, [...merged.values()], { dimensions: cat.dimensions }).values) {
      if (c.kind !== 'derived' || c.value === null || Number.isFinite(c.value)) continue;
      problems.push({
        file: first.file,
        line: first.line,
        ...(first.location ? { location: first.location } : {}),
        metric: first.input.metric,
        message: msg('import.derived_overflow', { metric: c.code, year, dims: dimsKey(c.dims) }),
      });
    }
  }
  return problems;
}
