// Rows changed elsewhere than in the grid (an undo from the header bar), handed to the
// data-entry grid so it puts them in place instead of reloading the whole year.
import type { GridRow } from '../../shared/api/contract.js';

export const GRID_ROWS_EVENT = 'esg-grid-rows';

export interface GridRowsEvent {
  year: number;
  rows: GridRow[];
}
