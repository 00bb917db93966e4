// A range of cells in the data-entry grid, as a spreadsheet has one: AG Grid's community
// edition has no range selection, so the grid keeps an anchor and a focus cell itself. The
// focus moves with AG Grid's own keyboard and mouse handling; Shift held on the key or click
// that moved it extends the range from the anchor instead of starting a new one. Cells of the
// range carry a class (drawn in styles.css); the clipboard and fill-down keys act on it.
//
// AG Grid moves its focused cell while it handles the key or the click, but calls the
// `onCellFocused` option later, in a batch on a timer. On a busy page (the review column made
// every drawn row dearer) a second Shift+Arrow is handled before the first one's callback, so
// a Shift flag set by the key and read by the callback was spent by the first callback and the
// second restarted the range at the focus: no highlight, and Ctrl+C or Ctrl+D acted on one cell.
// So the range follows the grid's focused cell right after each key and pointer press (React's
// bubble handlers run once AG Grid's own have moved it), each with that input's own Shift; the late
// callback only catches moves no key or click of ours made (Enter after an edit, Tab).
import { useCallback, useMemo, useRef } from 'react';
import type { CellClassParams, GridApi } from 'ag-grid-community';

export interface CellPos {
  /** Displayed row index (after filtering). */
  row: number;
  colId: string;
}

export interface GridRange {
  top: number;
  bottom: number;
  /** Column ids, in display order. */
  cols: string[];
}

const NAV_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']);

export function useGridRange<T>(apiRef: { current: GridApi<T> | null }) {
  const anchor = useRef<CellPos | null>(null);
  const focus = useRef<CellPos | null>(null);
  /**
   * A Shift+key that did not move the focus while it was handled (AG Grid throttles Page Up and
   * Page Down and moves later): the next move the callback sees extends the range.
   */
  const extendLate = useRef(false);
  /** The row whose value cell a jump from a check finding marks, until the focus moves on. */
  const marked = useRef<{ id: string; row: number } | null>(null);

  /**
   * The range as last selected, worked out once per selection: the class rules ask for every
   * cell the grid draws (a scroll through 48,000 rows draws thousands), so they only read it.
   */
  const current = useRef<{ range: GridRange; cols: Set<string>; single: boolean } | null>(null);
  const compute = useCallback(() => {
    const a = anchor.current;
    const f = focus.current;
    const api = apiRef.current;
    current.current = null;
    if (!a || !f || !api) return;
    const order = api.getAllDisplayedColumns().map((c) => c.getColId());
    const i = order.indexOf(a.colId);
    const j = order.indexOf(f.colId);
    if (i < 0 || j < 0) return;
    const range = { top: Math.min(a.row, f.row), bottom: Math.max(a.row, f.row), cols: order.slice(Math.min(i, j), Math.max(i, j) + 1) };
    current.current = { range, cols: new Set(range.cols), single: range.top === range.bottom && range.cols.length === 1 };
  }, [apiRef]);
  const range = useCallback((): GridRange | null => current.current?.range ?? null, []);

  const redraw = useCallback(() => {
    compute();
    apiRef.current?.refreshCells();
  }, [apiRef, compute]);

  /** The grid's focused cell now, or null (a header, a pinned row). */
  const focusedCell = useCallback((): CellPos | null => {
    const c = apiRef.current?.getFocusedCell();
    if (!c || c.rowPinned || c.rowIndex === null || c.rowIndex === undefined) return null;
    return { row: c.rowIndex, colId: c.column.getColId() };
  }, [apiRef]);

  /** The focus is at `pos`: the range extends from the anchor, or starts there. */
  const moveTo = useCallback(
    (pos: CellPos, extend: boolean) => {
      focus.current = pos;
      if (!extend || !anchor.current) anchor.current = pos;
      // The grid focuses the marked cell again once its row is drawn: the mark stays until the focus moves on.
      if (marked.current && (marked.current.row !== pos.row || pos.colId !== 'value')) marked.current = null;
      redraw();
    },
    [redraw],
  );

  /** Late, batched: a focus change that no key or click handled here made (Enter after an edit, Tab, the grid's own). */
  const onCellFocused = useCallback(() => {
    const pos = focusedCell();
    const f = focus.current;
    if (!pos || (f && f.row === pos.row && f.colId === pos.colId)) return;
    const extend = extendLate.current;
    extendLate.current = false;
    moveTo(pos, extend);
  }, [focusedCell, moveTo]);

  /** Starts a range at a cell (a jump, a programmatic focus). */
  const selectCell = useCallback(
    (pos: CellPos, mark?: string) => {
      anchor.current = pos;
      focus.current = pos;
      extendLate.current = false;
      marked.current = mark === undefined ? null : { id: mark, row: pos.row };
      redraw();
    },
    [redraw],
  );

  // Stable across renders: AG Grid re-applies column defaults (and redraws) when they change.
  const classRules = useMemo(
    () => ({
      'cell-in-range': (p: CellClassParams<T>) => {
        const c = current.current;
        const row = p.node.rowIndex;
        if (!c || c.single || row === null) return false;
        return row >= c.range.top && row <= c.range.bottom && c.cols.has(p.column.getColId());
      },
      'cell-jumped': (p: CellClassParams<T>) => marked.current !== null && p.node.id === marked.current.id && p.column.getColId() === 'value',
    }),
    [],
  );

  /** After AG Grid has handled a navigation key: the range follows the focus, extended when Shift was held. */
  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (!NAV_KEYS.has(e.key) || (e.target as HTMLElement | null)?.closest?.('input, textarea, [contenteditable="true"]')) return;
      const pos = focusedCell();
      const f = focus.current;
      if (!pos) return;
      if (f && f.row === pos.row && f.colId === pos.colId) {
        // Not moved (yet): a Shift+Page Down moves after its throttle, or the edge of the grid.
        extendLate.current = e.shiftKey;
        if (e.shiftKey) return;
      }
      extendLate.current = false;
      moveTo(pos, e.shiftKey);
    },
    [focusedCell, moveTo],
  );
  /** After AG Grid has focused a clicked cell (it does on pointer down): a plain click starts a range there, Shift+click extends it. */
  const onPointerDown = useCallback(
    (e: React.PointerEvent) => {
      if (e.button !== 0 || !(e.target as HTMLElement | null)?.closest?.('.ag-cell')) return;
      const pos = focusedCell();
      if (!pos) return;
      extendLate.current = false;
      moveTo(pos, e.shiftKey);
    },
    [focusedCell, moveTo],
  );

  return { range, selectCell, onCellFocused, classRules, onKeyDown, onPointerDown };
}
