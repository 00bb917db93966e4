// A range of cells in the data-entry grid, as a spreadsheet has one: AG Grid's community
// edition has no range selection, so the grid keeps an anchor and a focus cell itself. The
// focus moves with AG Grid's own keyboard and mouse handling; Shift held on the key or click
// that moved it extends the range from the anchor instead of starting a new one. Cells of the
// range carry a class (drawn in styles.css); the clipboard and fill-down keys act on it.
import { useCallback, useMemo, useRef } from 'react';
import type { CellClassParams, CellFocusedEvent, GridApi } from 'ag-grid-community';

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
  /** Whether the input that is moving the focus held Shift (set just before AG Grid moves it). */
  const extending = useRef(false);
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

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<T>) => {
      if (e.rowIndex === null || e.rowIndex === undefined) return;
      const colId = e.column && typeof e.column !== 'string' ? e.column.getColId() : (focus.current?.colId ?? null);
      if (!colId) return;
      const pos = { row: e.rowIndex, colId };
      focus.current = pos;
      if (!extending.current || !anchor.current) anchor.current = pos;
      extending.current = false;
      // The grid focuses the marked cell again once its row is drawn: the mark stays until the focus moves on.
      if (marked.current && (marked.current.row !== pos.row || pos.colId !== 'value')) marked.current = null;
      redraw();
    },
    [redraw],
  );

  /** Starts a range at a cell (a jump, a programmatic focus). */
  const selectCell = useCallback(
    (pos: CellPos, mark?: string) => {
      anchor.current = pos;
      focus.current = pos;
      extending.current = false;
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

  /** Keys and clicks, seen before AG Grid handles them: does Shift extend the range? */
  const onKeyDownCapture = useCallback((e: React.KeyboardEvent) => {
    if (NAV_KEYS.has(e.key)) extending.current = e.shiftKey;
  }, []);
  const onMouseDownCapture = useCallback((e: React.MouseEvent) => {
    extending.current = e.shiftKey;
  }, []);

  return { range, selectCell, onCellFocused, classRules, onKeyDownCapture, onMouseDownCapture };
}
