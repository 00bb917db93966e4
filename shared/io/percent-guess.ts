// A share typed as a fraction: 0.35 in a column of percentages whose last year read 35. A
// spreadsheet that formats 35% shows it but holds 0.35, and that is what a copy gives; the
// grid asks which was meant instead of saving a share a hundred times too small: for a value
// typed in a cell, and once for a pasted or filled block, naming each cell it would change.
import { trimBinaryNoise } from '../units.js';
import type { BatchCellInput } from './grid-block.js';
import { readNumber } from './validate-value.js';
import { splitValueAndUnit } from './value-with-unit.js';

/**
 * The percentage a typed number probably meant (35 for 0.35), or null when nothing looks
 * wrong: only for a metric in %, a typed value strictly between 0 and 1, and a prior-year value
 * of at least 1 (a share that was already below 1% last year may well be 0.35% now).
 */
export function percentMeant(unit: string, typed: number, prior: number | null): number | null {
  if (unit !== '%' || prior === null || !(prior >= 1)) return null;
  if (!(typed > 0 && typed < 1)) return null;
  return trimBinaryNoise(typed * 100);
}

/** What the question says about a value as typed ("0.343", "0.343 %"): the number as typed and the percentage meant, or null. */
export function percentQuestion(unit: string, text: string, prior: number | null): { typed: string; meant: number } | null {
  const split = splitValueAndUnit(text);
  const typed = split ? (split.unit === '' || split.unit === '%' ? split.value : undefined) : readNumber(text);
  const meant = typed === undefined ? null : percentMeant(unit, typed, prior);
  return meant === null ? null : { typed: split?.numberText ?? text.trim(), meant };
}

/** A cell of a block the question is about: its index among the block's cells. */
export interface BlockPercentHit {
  cell: number;
  typed: string;
  meant: number;
}

/** The cells of a block whose value looks like a share typed as a fraction; `rowOf` gives the unit and prior of a cell's row in the block. */
export function blockPercentHits(
  cells: readonly (BatchCellInput & { row: number })[],
  rowOf: (row: number) => { unit: string; prior: number | null } | undefined,
): BlockPercentHit[] {
  const hits: BlockPercentHit[] = [];
  cells.forEach((c, cell) => {
    const target = rowOf(c.row);
    const q = target && c.patch.value !== undefined ? percentQuestion(target.unit, c.patch.value, target.prior) : null;
    if (q) hits.push({ cell, ...q });
  });
  return hits;
}

/** The block's cells with each hit's value replaced by the percentage it meant. */
export function withPercentMeant<C extends BatchCellInput>(cells: readonly C[], hits: readonly BlockPercentHit[]): C[] {
  const meant = new Map(hits.map((h) => [h.cell, h.meant]));
  return cells.map((c, i) => {
    const m = meant.get(i);
    return m === undefined ? c : { ...c, patch: { ...c.patch, value: String(m) } };
  });
}
