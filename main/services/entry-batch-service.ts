// Several values of one year written by one action of the grid (a block pasted from a
// spreadsheet, a fill down): each cell goes through the same planning and the one value
// validator a single edit does, and the batch is written all or nothing, in one transaction,
// and undone as one step. A refusal names every cell that cannot be saved, by its index in
// the request, so the grid can say which row and column it is.
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { msg, renderMessage, type Message } from '../../shared/i18n/messages.js';
import type { GridRow } from '../../shared/api/contract.js';
import type { Workspace } from '../store/workspace.js';
import { affectedMetrics, applyPlanned, EntryError, gridRows, leftAt, planValue, refuseSumOverflow, type BatchUndo, type PlannedWrite, type UndoStep, type ValuePatch } from './entry-service.js';
import { siteContext } from './site-context.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export interface BatchCell {
  metric: string;
  dims: Dims;
  patch: ValuePatch;
  /** The row's revision the window showed, as for one edit: a different stored one is stale. */
  basedOn?: string | undefined;
}

export interface CellProblem {
  /** Position of the cell in the request. */
  index: number;
  problem: Message;
}

/** A batch refused whole: `stale` when any cell's view is out of date (reload), else `validation`. */
export class EntryBatchError extends Error {
  constructor(
    readonly code: 'validation' | 'stale',
    readonly cells: CellProblem[],
  ) {
    // English for logs; the UI renders each cell's problem in its language.
    super(cells.map((c) => `#${c.index}: ${renderMessage('en', c.problem)}`).join('; '));
  }
}

export interface BatchResult {
  /** How many values were written (cells whose stored value already matched count as unchanged). */
  changed: number;
  /** One undo step for the whole batch, or null when nothing changed. */
  undo: BatchUndo | null;
}

/** Validates every cell first; writes all of them in one transaction only if none is refused. */
export function setValues(ws: Workspace, year: number, cells: readonly BatchCell[], actor: string): BatchResult {
  // Planning (with its stale checks) and writing are one transaction: nothing another window
  // commits can fall between the check and the write.
  return ws.transaction(() => planAndWrite(ws, year, cells, actor));
}

function planAndWrite(ws: Workspace, year: number, cells: readonly BatchCell[], actor: string): BatchResult {
  const cat = loadWorkspaceCatalogue(ws);
  const sites = siteContext(ws);
  const problems: CellProblem[] = [];
  let stale = false;
  const plans: PlannedWrite[] = [];
  const seen = new Set<string>();
  cells.forEach((c, index) => {
    const key = `${c.metric}|${dimsKey(c.dims)}`;
    if (seen.has(key)) {
      problems.push({ index, problem: msg('value.repeated_cell', { metric: c.metric, year }) });
      return;
    }
    seen.add(key);
    try {
      plans.push(planValue(ws, cat, sites, { metric: c.metric, year, dims: c.dims }, c.patch, c.basedOn));
    } catch (e) {
      if (!(e instanceof EntryError)) throw e;
      if (e.code === 'stale') stale = true;
      problems.push({ index, problem: e.problem });
    }
  });
  if (problems.length) throw new EntryBatchError(stale ? 'stale' : 'validation', problems);

  const indexOf = new Map(cells.map((c, i) => [`${c.metric}|${dimsKey(c.dims)}`, i]));
  const steps: UndoStep[] = [];
  const changes = plans.map((p) => applyPlanned(ws, p, actor));
  // A site's sum with the other sites is checked once every cell is in place, so a pasted
  // column of sites is judged as a whole; a refusal rolls the whole batch back.
  const sums: CellProblem[] = [];
  for (const p of plans) {
    if (p.kind !== 'put' || p.input.value === null) continue;
    try {
      refuseSumOverflow(ws, p.input);
    } catch (e) {
      if (!(e instanceof EntryError)) throw e;
      sums.push({ index: indexOf.get(`${p.input.metric}|${dimsKey(p.input.dims)}`) ?? 0, problem: e.problem });
    }
  }
  if (sums.length) throw new EntryBatchError('validation', sums);
  plans.forEach((p, i) => {
    const change = changes[i];
    if (change === 'unchanged') return;
    steps.push(change === 'deleted' ? { ...p.undo, after: '' } : leftAt(ws, p.undo));
  });
  return { changed: steps.length, undo: steps.length ? { batch: steps } : null };
}

/** Every grid row a batch (or its undo) can have changed: its metrics' and the KPIs reading them. */
export function batchRows(ws: Workspace, year: number, metrics: Iterable<string>): GridRow[] {
  const cat = loadWorkspaceCatalogue(ws);
  const hit = new Set<string>();
  for (const m of new Set(metrics)) for (const a of affectedMetrics(cat, m)) hit.add(a);
  return gridRows(ws, year, [...hit]);
}
