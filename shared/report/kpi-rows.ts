// The shape of a KPI table as printed: which row nests under which, and where a breakdown
// gets a sub-heading naming what it breaks down ("按性別劃分的全職員工人數", "Full-time
// employees by gender"), as the reference report's performance tables do. Pure: the report
// model fills in labels, units and figures.
//
// - A total row (no dimensions) nests as the author indented it, never deeper than one level
//   below the row above.
// - A breakdown row (with dimensions) belongs to the nearest total row above it of the same
//   metric, or of a metric whose formula sums this one over the row's dimension (Scope 3
//   categories under the Scope 3 total). It nests directly under that row when the row is
//   right above and the table breaks it down one way only; otherwise (several ways, another
//   row in between, or no total row at all) each run of the breakdown gets a sub-heading row,
//   and the author's indent, which may point at an unrelated row above, is ignored. A
//   breakdown row without a total above that the author did not indent stands alone.
import { compileFormula, visitExpr } from '../engine/formula.js';
import type { Dims } from '../dimensions.js';

export interface KpiRowConfig {
  metric: string;
  dims: Dims;
  indent: number;
}

export type KpiRowShape =
  | { kind: 'value'; row: number; depth: number }
  /** A sub-heading: the breakdown of `metric` by `keys` (dimension keys), over the rows that follow. */
  | { kind: 'group'; metric: string; keys: string[]; depth: number; rows: number[] };

/** Whether the formula of `total` sums `metric` over `key` (sumby(metric, "key")). */
export function sumsOver(formula: string | undefined, metric: string, key: string): boolean {
  if (!formula) return false;
  let found = false;
  try {
    visitExpr(compileFormula(formula), (e) => {
      if (e.op === 'sumby' && e.code === metric && e.key === key) found = true;
    });
  } catch {
    return false;
  }
  return found;
}

const keysOf = (dims: Dims) => Object.keys(dims);

export function shapeKpiRows(rows: readonly KpiRowConfig[], formulaOf: (metric: string) => string | undefined): KpiRowShape[] {
  // Each breakdown row's owner: the index of its total row, or -1.
  const owner = rows.map((r, i) => {
    const keys = keysOf(r.dims);
    if (!keys.length) return -1;
    for (let j = i - 1; j >= 0; j--) {
      const o = rows[j] as KpiRowConfig;
      if (keysOf(o.dims).length) continue;
      if (o.metric === r.metric || keys.every((k) => sumsOver(formulaOf(o.metric), r.metric, k))) return j;
    }
    return -1;
  });
  const waysOf = new Map<number, Set<string>>();
  rows.forEach((r, i) => {
    const o = owner[i] as number;
    if (o < 0) return;
    const ways = waysOf.get(o) ?? new Set<string>();
    ways.add(keysOf(r.dims).sort().join('+'));
    waysOf.set(o, ways);
  });

  const out: KpiRowShape[] = [];
  const depthOf = new Map<number, number>();
  let lastTotal = -1;
  let openGroup: Extract<KpiRowShape, { kind: 'group' }> | null = null;
  rows.forEach((r, i) => {
    const keys = keysOf(r.dims);
    if (!keys.length) {
      const above = lastTotal < 0 ? -1 : (depthOf.get(lastTotal) as number);
      const depth = Math.max(0, Math.min(r.indent, above + 1));
      depthOf.set(i, depth);
      out.push({ kind: 'value', row: i, depth });
      lastTotal = i;
      openGroup = null;
      return;
    }
    const o = owner[i] as number;
    // A breakdown the author set at the top level with no total above stands alone ("Full-time
    // employees (Female)").
    if (o < 0 && r.indent <= 0) {
      out.push({ kind: 'value', row: i, depth: 0 });
      openGroup = null;
      return;
    }
    const ownerDepth = o < 0 ? -1 : (depthOf.get(o) as number);
    const adjacent = o >= 0 && o === lastTotal;
    const plain = adjacent && (waysOf.get(o)?.size ?? 0) === 1;
    if (plain) {
      out.push({ kind: 'value', row: i, depth: ownerDepth + 1 });
      return;
    }
    const way = [...keys].sort().join('+');
    const previous = out[out.length - 1];
    const continues = openGroup !== null && previous?.kind === 'value' && openGroup.rows.includes(previous.row) && openGroup.metric === r.metric && [...openGroup.keys].sort().join('+') === way;
    if (!continues) {
      const depth = o < 0 ? 0 : adjacent ? ownerDepth + 1 : ownerDepth;
      openGroup = { kind: 'group', metric: r.metric, keys, depth, rows: [] };
      out.push(openGroup);
    }
    const group = openGroup as Extract<KpiRowShape, { kind: 'group' }>;
    group.rows.push(i);
    out.push({ kind: 'value', row: i, depth: group.depth + 1 });
  });
  return out;
}
