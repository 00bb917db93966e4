// Values asked for at a coarser level than they were entered: a headcount entered per gender ×
// region answers "female" (summing the regions) and, when one of its dimensions lists every
// value the catalogue knows, the total (summing everything). Pure; the engine calls it only
// when no row of exactly those dimensions was entered and no per-site sum exists.
import { SITE_KEY, type Dims } from '../dimensions.js';

export interface BreakdownRow {
  dims: Dims;
  /** null: entered as not applicable, which counts as zero in a sum (none of them). */
  value: number | null;
}

export interface BreakdownSum {
  value: number;
  /** The dimensions summed over, sorted (e.g. ["region"] for female = Σ female × region). */
  over: string[];
  /** The rows summed, in their stored order. */
  parts: BreakdownRow[];
}

/** Every value a closed dimension can take (catalogue dimensions.json); undefined when open or unknown. */
export type DimensionValues = (key: string) => readonly string[] | undefined;

const keysOf = (d: Dims) => Object.keys(d).sort();

/**
 * The sum that answers `want` from rows with more dimensions, or undefined when none does.
 *
 * A shape (the set of extra dimensions) answers when its rows under `want`:
 * - form a full grid (each combination of the values present once),
 * - use, for each extra dimension, the same values as the whole breakdown of that shape does
 *   (female rows cover the regions male rows cover: a slice of one consistent table), and
 * - belong to a table that covers the total: one of its dimensions lists every catalogue value
 *   (gender male and female, or the three age bands). An age breakdown with only "under 30"
 *   gives no total; "female, mainland" and "male, mainland" do.
 * Of several shapes that answer, the one with fewest dimensions is used (then by name), so that
 * the result does not depend on the order rows were entered.
 */
export function breakdownSum(rows: readonly BreakdownRow[], want: Dims, catalogueValues: DimensionValues): BreakdownSum | undefined {
  if (SITE_KEY in want) return undefined;
  const wantKeys = keysOf(want);
  const shapes = new Map<string, { extra: string[]; universe: BreakdownRow[]; group: BreakdownRow[] }>();
  for (const row of rows) {
    if (SITE_KEY in row.dims) continue;
    const keys = keysOf(row.dims);
    if (keys.length <= wantKeys.length || !wantKeys.every((k) => k in row.dims)) continue;
    const extra = keys.filter((k) => !(k in want));
    const id = extra.join('|');
    let s = shapes.get(id);
    if (!s) shapes.set(id, (s = { extra, universe: [], group: [] }));
    s.universe.push(row);
    if (wantKeys.every((k) => row.dims[k] === want[k])) s.group.push(row);
  }
  const usable = [...shapes.values()]
    .filter((s) => s.group.length > 0 && answers(s.extra, wantKeys, s.universe, s.group, catalogueValues))
    .sort((a, b) => a.extra.length - b.extra.length || a.extra.join('|').localeCompare(b.extra.join('|')));
  const best = usable[0];
  if (!best) return undefined;
  return { value: best.group.reduce((t, r) => t + (r.value ?? 0), 0), over: best.extra, parts: best.group };
}

function valuesOf(rows: readonly BreakdownRow[], key: string): Set<string> {
  return new Set(rows.map((r) => r.dims[key] as string));
}

function answers(extra: readonly string[], wantKeys: readonly string[], universe: readonly BreakdownRow[], group: readonly BreakdownRow[], catalogueValues: DimensionValues): boolean {
  let cells = 1;
  for (const k of extra) {
    const inGroup = valuesOf(group, k);
    const inAll = valuesOf(universe, k);
    if (inGroup.size !== inAll.size) return false;
    cells *= inGroup.size;
  }
  if (new Set(group.map((r) => extra.map((k) => r.dims[k]).join('|'))).size !== group.length || group.length !== cells) return false;
  return [...wantKeys, ...extra].some((k) => {
    const all = catalogueValues(k);
    if (!all || all.length === 0) return false;
    const present = valuesOf(universe, k);
    return all.every((v) => present.has(v));
  });
}
