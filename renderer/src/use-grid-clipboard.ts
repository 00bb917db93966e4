// The grid's clipboard and fill down: Ctrl+C copies the range as tab-separated text (what a
// spreadsheet pastes as cells), Ctrl+V lays a block copied from Excel over the rows and
// editable columns from the selected cell, Ctrl+D repeats the range's top row down over it.
// Paste and fill are one `data:set-values` call each (all or nothing, one undo step), made by
// the screen's `write`; what cannot even be sent (a block beyond the last row) is said here.
import { useCallback } from 'react';
import type { GridApi } from 'ag-grid-community';
import { SET_VALUES_MAX } from '../../shared/api/contract.js';
import { blockPatches, fillDownBlock, type BatchCellInput, type BlockField, type BlockProblem } from '../../shared/io/grid-block.js';
import { readTsv, writeTsv } from '../../shared/io/tsv.js';
import type { DisplayRow, GroupRow } from './GridCells.js';
import type { I18n } from './i18n.js';
import type { GridRange } from './use-grid-range.js';

/** The columns a block can write, by column id, and the value field each edits. */
export const BLOCK_FIELDS: Readonly<Record<string, BlockField>> = { value: 'value', estimated: 'estimated', naReason: 'naReason', note: 'note', source: 'source', enteredUnit: 'enteredUnit' };

export type BatchKind = 'paste' | 'fill';
export interface BatchRequest {
  kind: BatchKind;
  cells: (BatchCellInput & { row: number })[];
  /** The grid row each cell's `row` (its row in the block) lands on. */
  targets: DisplayRow[];
  /** Problems found before sending (a yes/no cell that is neither): the batch is not sent. */
  problems: BlockProblem[];
}

interface Options {
  api: { current: GridApi<DisplayRow | GroupRow> | null };
  range: () => GridRange | null;
  readOnly: boolean;
  i18n: I18n;
  /** The text the value editor starts with, as the row was entered ("22.63 萬噸", "NA"). */
  editText: (r: DisplayRow) => string;
  write: (req: BatchRequest) => void;
  refuse: (text: string) => void;
}

const isData = (r: DisplayRow | GroupRow | undefined): r is DisplayRow => r !== undefined && !('group' in r);
const typing = (e: { target: EventTarget | null }) => Boolean((e.target as HTMLElement | null)?.closest?.('input, textarea, [contenteditable="true"]'));

/** The data rows from a displayed index on (group headings skipped), at most `n`. */
function rowsFrom(api: GridApi<DisplayRow | GroupRow>, start: number, n: number): DisplayRow[] {
  const out: DisplayRow[] = [];
  const count = api.getDisplayedRowCount();
  for (let i = start; i < count && out.length < n; i++) {
    const d = api.getDisplayedRowAtIndex(i)?.data;
    if (isData(d)) out.push(d);
  }
  return out;
}

/** The data rows of a range (group headings skipped). */
function rowsOf(api: GridApi<DisplayRow | GroupRow>, r: GridRange): DisplayRow[] {
  return rowsFrom(api, r.top, Number.MAX_SAFE_INTEGER).slice(0, countData(api, r));
}
function countData(api: GridApi<DisplayRow | GroupRow>, r: GridRange): number {
  let n = 0;
  for (let i = r.top; i <= r.bottom; i++) if (isData(api.getDisplayedRowAtIndex(i)?.data)) n++;
  return n;
}

const plain = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : String(v));

export function useGridClipboard({ api, range, readOnly, i18n, editText, write, refuse }: Options) {
  const { t } = i18n;

  /** A cell as copied out: numbers as plain numbers (what a spreadsheet reads as a number), text as is. */
  const copyText = useCallback(
    (row: DisplayRow, colId: string): string => {
      switch (colId) {
        case 'value':
          return row.naReason ? 'NA' : plain(row.value);
        case 'prior':
          return plain(row.prior);
        case 'change':
          return plain(row.changePct);
        case 'estimated':
          return row.estimated ? 'TRUE' : 'FALSE';
        case 'name':
          return row.name;
        case 'dimsText':
          return row.dimsText;
        case 'unit':
          return row.unit;
        case 'naReason':
        case 'note':
        case 'source':
        case 'enteredUnit':
          return row[colId] ?? '';
        default:
          return '';
      }
    },
    [],
  );

  const onCopy = useCallback(
    (e: React.ClipboardEvent) => {
      const a = api.current;
      const r = range();
      if (!a || !r || typing(e)) return;
      const cols = r.cols.filter((c) => c !== 'actions');
      const text = writeTsv(rowsOf(a, r).map((row) => cols.map((c) => copyText(row, c))));
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    },
    [api, range, copyText],
  );

  /** Lays `block` from the range's top-left cell; refuses (says why) when it does not fit. */
  const lay = useCallback(
    (kind: BatchKind, block: string[][], startRow: number, startCol: string) => {
      const a = api.current;
      if (!a) return;
      const order = a.getAllDisplayedColumns().map((c) => c.getColId());
      if (!BLOCK_FIELDS[startCol]) return refuse(t('grid.paste.notHere'));
      const fields = order.slice(order.indexOf(startCol)).flatMap((c) => (BLOCK_FIELDS[c] ? [c] : []));
      const width = Math.max(...block.map((l) => l.length));
      if (width > fields.length) return refuse(t('grid.paste.beyondRight', { cols: width, left: fields.length }));
      if (block.length * width > SET_VALUES_MAX) return refuse(t('grid.paste.tooMany', { n: block.length * width, max: SET_VALUES_MAX }));
      const targets = rowsFrom(a, startRow, block.length);
      if (targets.length < block.length) return refuse(t('grid.paste.beyondEnd', { rows: block.length, left: targets.length }));
      const { cells, problems } = blockPatches(block, targets, fields.map((c) => BLOCK_FIELDS[c] as BlockField));
      write({ kind, cells, targets, problems });
    },
    [api, refuse, t, write],
  );

  const onPaste = useCallback(
    (e: React.ClipboardEvent) => {
      const r = range();
      if (readOnly || !r || typing(e)) return;
      e.preventDefault();
      let block = readTsv(e.clipboardData.getData('text/plain'));
      if (!block.length) return refuse(t('grid.paste.nothing'));
      const a = api.current;
      // One cell pasted over a selected range fills the range with it, as a spreadsheet does.
      if (a && block.length === 1 && block[0]?.length === 1 && (r.bottom > r.top || r.cols.length > 1)) {
        const rows = countData(a, r);
        const width = r.cols.filter((c) => BLOCK_FIELDS[c]).length;
        block = fillDownBlock(Array.from({ length: width }, () => block[0]?.[0] ?? ''), rows);
        const first = r.cols.find((c) => BLOCK_FIELDS[c]);
        return lay('paste', block, r.top, first ?? r.cols[0] ?? '');
      }
      lay('paste', block, r.top, r.cols[0] ?? '');
    },
    [readOnly, range, refuse, t, api, lay],
  );

  /** Ctrl+D: the range's top row, in its editable columns, written down over the rows below it. */
  const fillDown = useCallback(() => {
    const a = api.current;
    const r = range();
    if (readOnly || !a || !r) return;
    const rows = rowsOf(a, r);
    const cols = r.cols.filter((c) => BLOCK_FIELDS[c]);
    const top = rows[0];
    if (!top || rows.length < 2) return refuse(t('grid.fill.needRange'));
    if (!cols.length) return refuse(t('grid.paste.notHere'));
    const text = (c: string) => (c === 'value' ? editText(top) : c === 'estimated' ? (top.estimated ? 'yes' : 'no') : copyText(top, c));
    const start = rows[1] as DisplayRow;
    // The first row below the top one, as displayed, is where the block starts.
    let startIndex = r.top + 1;
    while (startIndex <= r.bottom && a.getDisplayedRowAtIndex(startIndex)?.data !== start) startIndex++;
    lay('fill', fillDownBlock(cols.map(text), rows.length - 1), startIndex, cols[0] as string);
  }, [api, range, readOnly, refuse, t, editText, copyText, lay]);

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd' && !typing(e)) {
        e.preventDefault();
        fillDown();
      }
    },
    [fillDown],
  );

  return { onCopy, onPaste, onKeyDown };
}
