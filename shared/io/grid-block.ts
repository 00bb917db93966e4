// A block of cells (pasted from a spreadsheet, or the top row of a range filled down) laid
// over the grid's rows and editable columns from a starting cell: one patch per row, the
// columns of a row together, for one `data:set-values` call. Only the reading of each cell's
// text happens here (a yes/no flag); whether a value is acceptable is the one value
// validator's call on the server, which refuses the whole batch or writes all of it.
import type { Input } from '../api/contract.js';
import { msg, type Message } from '../i18n/messages.js';
import { readYesNo } from './validate-value.js';

/** The grid columns a block can write, by the value field each one edits. */
export type BlockField = 'value' | 'estimated' | 'naReason' | 'note' | 'source' | 'enteredUnit';

export type BatchCellInput = Input<'data:set-values'>['cells'][number];
type Patch = BatchCellInput['patch'];

/** A row the block lands on: what the write names, and the revision the view showed. */
export interface BlockTarget {
  metric: string;
  dims: Record<string, string>;
  revision: string;
}

export interface BlockProblem {
  /** Row and column of the block. */
  row: number;
  col: number;
  problem: Message;
}

/** A patch per row of the block (its `row` in the block); cells of a column the block does not reach are left as stored. */
export function blockPatches(
  block: readonly (readonly string[])[],
  targets: readonly BlockTarget[],
  fields: readonly BlockField[],
): { cells: (BatchCellInput & { row: number })[]; problems: BlockProblem[] } {
  const cells: (BatchCellInput & { row: number })[] = [];
  const problems: BlockProblem[] = [];
  block.forEach((line, row) => {
    const target = targets[row];
    if (!target) return;
    const patch: Patch = {};
    line.forEach((text, col) => {
      const field = fields[col];
      if (!field) return;
      const blank = text.trim() === '';
      if (field === 'value') patch.value = text.trim();
      else if (field === 'enteredUnit') patch.unit = text.trim();
      else if (field === 'estimated') {
        const yes = blank ? false : readYesNo(text);
        if (yes === undefined) problems.push({ row, col, problem: msg('value.yes_no', { text }) });
        else patch.estimated = yes;
      } else patch[field] = blank ? null : text;
    });
    cells.push({ row, metric: target.metric, dims: target.dims, patch, basedOn: target.revision });
  });
  return { cells, problems };
}

/** A range's top row repeated down over its other rows: the block a fill down writes. */
export function fillDownBlock(top: readonly string[], rows: number): string[][] {
  return Array.from({ length: rows }, () => [...top]);
}
