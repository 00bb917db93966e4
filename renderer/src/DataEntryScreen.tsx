// Data entry: one keyboard-friendly grid per year, grouped by area and owner department,
// with the prior year and the change beside each value. Every edit is saved at once through
// `data:set-value`; a rejected edit keeps its text in the cell with the reason, unsaved.
//
// A large workspace has about 48,000 rows, so the grid is fed in a way that scales: the rows
// are loaded once per year (and again only when something else changed the data); an edit
// replaces just the rows its answer carries (the metric and the KPIs that read it), and every
// other row keeps its object so the grid redraws nothing else; search and the area and
// department filters hide rows through the grid's filter instead of building a new list.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Input, Modal, Select, Space, Typography } from 'antd';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type ColDef,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type IsFullWidthRowParams,
  type IRowNode,
  type ValueSetterParams,
} from 'ag-grid-community';
import type { GridData, GridRow } from '../../shared/api/contract.js';
import type { Site } from '../../shared/domain.js';
import { dimsKey } from '../../shared/dimensions.js';
import { displayUnit } from '../../shared/fuels.js';
import { renderMessage } from '../../shared/i18n/messages.js';
import { blockPercentHits, percentQuestion, withPercentMeant, type BlockPercentHit } from '../../shared/io/percent-guess.js';
import { useGridRange } from './use-grid-range.js';
import { agGridText } from './ag-grid-text.js';
import { useGridClipboard, type BatchRequest } from './use-grid-clipboard.js';
import { AddBreakdownDialog } from './AddBreakdownDialog.js';
import { ApiCallError, call, errorText } from './api.js';
import { GRID_ROWS_EVENT, type GridRowsEvent } from './grid-rows-event.js';
import { useI18n, type I18n } from './i18n.js';
import { useCatalogue, type CatalogueIndex } from './catalogue-context.js';
import { dimsLabel } from './dims-label.js';
import { ValueCell, ChangeCell, ActionsCell, GroupCell, gridI18n, type DisplayRow, type GroupRow, type EditError } from './GridCells.js';
import { HistoryDrawer } from './HistoryDrawer.js';
import { TraceDrawer } from './TraceDrawer.js';
import { ReviewDrawer } from './ReviewDrawer.js';
import { ReviewCell, reviewKey, useReviewIndex } from './review-grid.js';

ModuleRegistry.registerModules([AllCommunityModule]);
const theme = themeQuartz.withParams({ fontSize: 13, rowHeight: 34, headerHeight: 36, spacing: 6 });

// Grid options that never change, defined once: a new object or function on every render
// would make the grid re-apply it, and some (column defaults) redraw every row.
const DEFAULT_COL_DEF: ColDef = { sortable: false, resizable: true, suppressHeaderMenuButton: true };
const getRowId = (p: GetRowIdParams<DisplayRow | GroupRow>) => p.data.id;
const isFullWidthRow = (p: IsFullWidthRowParams<DisplayRow | GroupRow>) => Boolean(p.rowNode.data && 'group' in p.rowNode.data);
// Rows drawn beyond the visible ones. A jump (dragging the scroll bar across 48,000 rows)
// redraws every drawn row, at about 1 ms of CPU each on a 2-core machine, so AG Grid's
// default of 10 above and 10 below nearly doubled the cost of each frame (bench/grid.ts); a
// wheel step draws just the rows it brings into view either way.
const ROW_BUFFER = 0;
const SEARCH_THROTTLE_MS = 100;
const nameClass = (p: { data?: DisplayRow | GroupRow }) => (p.data && !('group' in p.data) && p.data.kind === 'derived' ? 'cell-derived' : '');

/** A value shown as its number alone: no error, reason, formula, sum of sites or estimate to mark. */
const plainValue = (r: DisplayRow) => !r.error && !r.naReason && r.kind !== 'derived' && !r.fromSites && !r.estimated;

/** What the value editor starts with: the value as entered, with its unit when not the canonical one. */
function editText(r: GridRow): string {
  if (r.naReason) return 'NA';
  if (r.enteredValue === null) return r.value === null ? '' : String(r.value);
  return r.enteredUnit && r.enteredUnit !== r.unit ? `${r.enteredValue} ${r.enteredUnit}` : r.enteredValue;
}

type Field = 'editValue' | 'enteredUnit' | 'naReason' | 'note' | 'source' | 'estimated';

/** A cell to show (a jump from a check finding): its metric and breakdown; `seq` tells two jumps to one cell apart. */
export interface GridFocusRequest {
  metric: string;
  dims: Record<string, string> | null;
  seq: number;
}

interface Props {
  year: number;
  revision: number;
  readOnly: boolean;
  sites: Site[];
  onChanged: () => void;
  focusRequest?: GridFocusRequest | null;
  /** A metric to show (the collection dashboard's jump to what is missing). */
  searchJump?: { metric: string; n: number } | null;
}

/** A value typed as a share (0.35) where a percentage (35) is likely: the question, held until answered. */
interface PercentAsk {
  row: GridRow;
  typed: string;
  meant: number;
}

/** A pasted or filled block with such values: one question for all of them, held until answered. */
interface BatchPercentAsk {
  req: BatchRequest;
  hits: BlockPercentHit[];
}

type Status = { type: 'success' | 'error' | 'warning'; text: string; undo?: boolean; items?: string[] };

/** An empty row the user asked for; it becomes a stored row once a value is saved in it. */
function emptyRow(metric: string, dims: Record<string, string>, unit: string): GridRow {
  return {
    id: `${metric}|${dimsKey(dims)}`, metric, kind: 'entered', dims, unit, value: null, enteredValue: null, enteredUnit: null, naReason: null,
    note: null, source: null, estimated: false, revision: '', fromSites: false, stored: false, prior: null, changePct: null, bigChange: false, missing: [],
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameDims = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};
/** Whether a reloaded row shows the same as the one on screen (then the old object is kept). */
function sameRow(a: GridRow, b: GridRow): boolean {
  return (
    a.id === b.id && a.kind === b.kind && a.unit === b.unit && a.value === b.value && a.enteredValue === b.enteredValue && a.enteredUnit === b.enteredUnit &&
    a.naReason === b.naReason && a.note === b.note && a.source === b.source && a.estimated === b.estimated && a.fromSites === b.fromSites &&
    a.stored === b.stored && a.prior === b.prior && a.changePct === b.changePct && a.bigChange === b.bigChange && sameList(a.missing, b.missing) && sameDims(a.dims, b.dims)
  );
}

/** A reloaded year, keeping the objects of the rows that did not change. */
function keepUnchanged(old: readonly GridRow[], fresh: readonly GridRow[]): GridRow[] {
  const byId = new Map(old.map((r) => [r.id, r]));
  return fresh.map((r) => {
    const o = byId.get(r.id);
    return o && sameRow(o, r) ? o : r;
  });
}

/** The rows after an edit: the answer's rows take the place of every row of their metrics. */
function replaceMetricRows(rows: readonly GridRow[], fresh: readonly GridRow[]): GridRow[] {
  const byMetric = new Map<string, GridRow[]>();
  for (const r of keepUnchanged(rows, fresh)) {
    if (r.kind === 'factor') continue; // factors have their own screen
    const list = byMetric.get(r.metric);
    if (list) list.push(r);
    else byMetric.set(r.metric, [r]);
  }
  const out: GridRow[] = [];
  for (const r of rows) {
    const replaced = byMetric.get(r.metric);
    if (!replaced) out.push(r);
    else if (replaced.length) {
      out.push(...replaced);
      replaced.length = 0; // placed with the metric's first row; its other old rows go
    }
  }
  for (const list of byMetric.values()) out.push(...list);
  return out;
}

/** Display rows and group headings already made, per language and catalogue. */
interface DisplayCache {
  rows: WeakMap<GridRow, DisplayRow>;
  groups: Map<string, GroupRow>;
  /** Per metric code: its name, and its code and names in lower case for the search. */
  metrics: Map<string, { name: string; text: string }>;
  /** Per dimension key: the breakdown's label, and in lower case. */
  labels: Map<string, { text: string; lower: string }>;
}

function departmentName(cat: CatalogueIndex, lang: string, code: string): string {
  const d = cat.view.departments.find((x) => x.code === code);
  return d ? (lang === 'en' ? d.nameEn : d.nameZh) : code;
}

/** The grid's row list: group headings, each followed by its rows; added empty rows right after their metric's last row. */
function buildRows(
  gridRows: readonly GridRow[],
  extra: readonly GridRow[],
  errors: Record<string, EditError>,
  cat: CatalogueIndex,
  i18n: I18n,
  cache: DisplayCache,
): { rows: (DisplayRow | GroupRow)[]; count: number } {
  const known = new Set(gridRows.map((r) => r.id));
  const added = new Map<string, GridRow[]>();
  const orphans: GridRow[] = [];
  const metrics = new Set(gridRows.map((r) => r.metric));
  for (const r of extra) {
    if (known.has(r.id)) continue;
    if (!metrics.has(r.metric)) orphans.push(r);
    else added.set(r.metric, [...(added.get(r.metric) ?? []), r]);
  }
  const all: GridRow[] = [...orphans];
  gridRows.forEach((r, i) => {
    all.push(r);
    const more = added.get(r.metric);
    if (more && gridRows[i + 1]?.metric !== r.metric) all.push(...more);
  });
  const byGroup = new Map<string, DisplayRow[]>();
  let count = 0;
  for (const r of all) {
    let d = cache.rows.get(r);
    if (!d) {
      const def = cat.byCode.get(r.metric);
      if (!def) continue;
      // Names and labels repeat across thousands of rows (a site, a gender): made once each.
      let m = cache.metrics.get(r.metric);
      if (!m) cache.metrics.set(r.metric, (m = { name: i18n.metricName(def, r.metric), text: [r.metric, def.nameEn, def.nameZh].join('\n').toLowerCase() }));
      const key = r.id.slice(r.metric.length + 1);
      let label = cache.labels.get(key);
      if (!label) {
        const text = dimsLabel(r.dims, cat, i18n.lang, i18n.t('grid.total'));
        cache.labels.set(key, (label = { text, lower: text.toLowerCase() }));
      }
      d = {
        ...r,
        name: m.name,
        dimsText: label.text,
        decimals: def.decimals,
        error: null,
        editValue: editText(r),
        area: def.area,
        owner: def.owner,
        groupId: `group|${def.area}|${def.owner}`,
        haystack: `${m.text}\n${label.lower}`,
      };
      cache.rows.set(r, d);
    }
    const error = errors[r.id];
    const shown = error ? { ...d, error } : d;
    const list = byGroup.get(d.groupId);
    if (list) list.push(shown);
    else byGroup.set(d.groupId, [shown]);
    count++;
  }
  const out: (DisplayRow | GroupRow)[] = [];
  for (const [id, list] of byGroup) {
    let heading = cache.groups.get(id);
    if (!heading) {
      const [, a = '', o = ''] = id.split('|');
      heading = { id, group: true, label: `${i18n.t(`area.${a}` as never) || a} · ${departmentName(cat, i18n.lang, o)}` };
      cache.groups.set(id, heading);
    }
    out.push(heading);
    for (const r of list) out.push(r); // a group can hold tens of thousands: too many to spread
  }
  return { rows: out, count };
}

export function DataEntryScreen({ year, revision, readOnly, sites, onChanged, focusRequest, searchJump }: Props) {
  const { lang } = useI18n();
  // One object per language: the context's changes with every render of the app.
  const i18n = gridI18n(lang);
  const { t, metricName } = i18n;
  const cat = useCatalogue();
  const [grid, setGrid] = useState<GridData | null>(null);
  const [search, setSearch] = useState('');
  const [area, setArea] = useState<string>('');
  const [owner, setOwner] = useState<string>('');
  const [errors, setErrors] = useState<Record<string, EditError>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [missingOnly, setMissingOnly] = useState(false);
  const [ask, setAsk] = useState<PercentAsk | null>(null);
  const [batchAsk, setBatchAsk] = useState<BatchPercentAsk | null>(null);
  const [drawer, setDrawer] = useState<{ kind: 'history' | 'trace' | 'review'; row: GridRow } | null>(null);
  const review = useReviewIndex(year, revision);
  const [loadMs, setLoadMs] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [extra, setExtra] = useState<GridRow[]>([]);
  const gridApi = useRef<GridApi<DisplayRow | GroupRow> | null>(null);

  // Edits made here bump the app's revision too, but their answer already put the changed
  // rows in place: only a revision bumped by something else (undo, import, factors) reloads.
  const ownBumps = useRef(0);
  // Each edit says which revision of its row it was based on. Edits of one row wait for the
  // one before (two quick edits are both this window's), and the revision an answer gave is
  // the base of the next; a stale base means another window wrote since (refused, reloaded).
  const known = useRef(new Map<string, string>());
  const pending = useRef(new Map<string, Promise<unknown>>());
  const loadedFor = useRef<{ year: number; revision: number } | null>(null);
  const loading = useRef(false);
  useEffect(() => {
    const last = loadedFor.current;
    const own = ownBumps.current;
    ownBumps.current = 0;
    loadedFor.current = { year, revision };
    if (last && !loading.current && own > 0 && last.year === year && revision === last.revision + own) return;
    let live = true;
    loading.current = true;
    const started = performance.now();
    call('data:grid', { year }).then(
      (g) => {
        if (!live) return;
        loading.current = false;
        known.current.clear(); // the reloaded rows carry the stored revisions
        setGrid((old) => (old && old.year === g.year ? { ...g, rows: keepUnchanged(old.rows, g.rows) } : g));
        setLoadMs(Math.round(performance.now() - started));
      },
      () => {
        if (live) loading.current = false;
      },
    );
    return () => {
      live = false;
    };
  }, [year, revision]);

  /**
   * Puts in place the rows a change answered with (an edit's or an undo's: the metric's and
   * the KPIs reading it); the revision bump that follows counts as this screen's own, so the
   * year is not reloaded.
   */
  const applyRows = useCallback(
    (rows: readonly GridRow[]) => {
      // The answer's rows carry the revisions now stored (after an undo too): the base of the next edit.
      for (const r of rows) if (known.current.has(r.id)) known.current.set(r.id, r.revision);
      setGrid((g) => (g && g.year === year ? { ...g, rows: replaceMetricRows(g.rows, rows) } : g));
      ownBumps.current += 1;
    },
    [year],
  );

  useEffect(() => {
    const onRows = (e: Event) => {
      const { detail } = e as CustomEvent<GridRowsEvent>;
      if (detail.year === year && !loading.current) applyRows(detail.rows);
    };
    window.addEventListener(GRID_ROWS_EVENT, onRows);
    return () => window.removeEventListener(GRID_ROWS_EVENT, onRows);
  }, [year, applyRows]);

  const save = useCallback(
    async (row: GridRow, field: Field, raw: unknown, asked = false) => {
      const text = raw === null || raw === undefined ? '' : String(raw);
      if (field === 'editValue' && !asked) {
        // 0.35 where last year read 35: a share copied from a cell formatted as %. Asked, not guessed.
        const q = percentQuestion(row.unit, text, row.prior);
        if (q) {
          // Opened once the Enter that saved the cell is over: its keypress would otherwise
          // land on the dialog's first button and close it at once.
          const question = { row, ...q };
          setTimeout(() => setAsk(question), 0);
          return;
        }
      }
      const patch =
        field === 'editValue' ? { value: text } :
        field === 'enteredUnit' ? { unit: text } :
        field === 'estimated' ? { estimated: raw === true } :
        { [field]: text.trim() === '' ? null : text };
      const name = metricName(cat.byCode.get(row.metric), row.metric);
      const previous = pending.current.get(row.id);
      const sent = (async () => {
        await previous?.catch(() => undefined);
        return call('data:set-value', { metric: row.metric, year, dims: row.dims, patch, basedOn: known.current.get(row.id) ?? row.revision });
      })();
      pending.current.set(row.id, sent);
      try {
        const r = await sent;
        known.current.set(row.id, r.row.revision);
        applyRows(r.rows);
        setErrors((e) => {
          if (!(row.id in e)) return e;
          const { [row.id]: _gone, ...rest } = e;
          return rest;
        });
        // A cleared value (Delete on the cell, or emptied) can be put back from the message.
        const cleared = field === 'editValue' && text.trim() === '' && (row.value !== null || row.naReason !== null);
        const kept = r.row.note !== null || r.row.source !== null || r.row.estimated;
        setStatus(
          r.reopened === 'approved' ? { type: 'warning', text: `${name}: ${t('review.reopened')}` } :
          cleared ? { type: 'success', text: t(kept ? 'grid.cleared' : 'grid.clearedBare', { metric: name }), undo: true } : { type: 'success', text: t('grid.saved', { metric: name }) },
        );
        if (r.reopened) review.reload();
        onChanged();
      } catch (e) {
        if (e instanceof ApiCallError && e.error.code === 'stale') {
          // Another window wrote this value: its write stands, this view reloads to show it.
          known.current.delete(row.id);
          setStatus({ type: 'error', text: `${name}: ${t('sync.stale')}` });
          onChanged();
          return;
        }
        const message = errorText(e, lang);
        setErrors((errs) => ({ ...errs, [row.id]: { field, text, message } }));
        setStatus({ type: 'error', text: `${name}: ${t('grid.rejected', { message })}` });
      }
    },
    [year, cat, metricName, t, lang, onChanged, applyRows, review.reload],
  );
  const undoClear = useCallback(async () => {
    try {
      const r = await call('data:undo', {});
      if (r.undone) {
        applyRows(r.rows);
        const what = metricName(cat.byCode.get(r.undone.metric), r.undone.metric);
        setStatus({ type: 'success', text: r.undone.count > 1 ? t('undo.doneMany', { n: r.undone.count, what }) : t('grid.undoneClear', { metric: what }) });
        onChanged();
      } else setStatus({ type: 'error', text: t('undo.nothing') });
    } catch (e) {
      const stale = e instanceof ApiCallError && e.error.code === 'stale';
      setStatus({ type: 'error', text: stale ? t('sync.stale') : t('error.generic', { message: (e as Error).message }) });
      if (stale) onChanged();
    }
  }, [applyRows, cat, metricName, t, onChanged]);
  /** A row as a refusal names it: the metric, and its breakdown when it is not the total. */
  const rowLabel = useCallback((r: DisplayRow) => (Object.keys(r.dims).length ? `${r.name} · ${r.dimsText}` : r.name), []);

  // A paste or a fill: one call, all values or none, one undo step; a refusal names each bad cell.
  const writeBatch = useCallback(
    async (req: BatchRequest, asked = false) => {
      const { kind, cells, targets, problems } = req;
      const refused = (items: string[]) =>
        setStatus({ type: 'error', text: t(kind === 'paste' ? 'grid.paste.refused' : 'grid.fill.refused', { n: items.length }), items });
      const named = (row: number, message: string) => {
        const target = targets[row];
        return t('grid.paste.cell', { row: target ? rowLabel(target) : '', year, message });
      };
      if (problems.length) return refused(problems.map((p) => named(p.row, renderMessage(lang, p.problem))));
      // Shares typed as fractions (0.343 where last year read 34.3%): asked once for the whole block.
      const hits = asked ? [] : blockPercentHits(cells, (row) => targets[row]);
      if (hits.length) {
        setTimeout(() => setBatchAsk({ req, hits }), 0);
        return;
      }
      const sent = cells.map(({ row: _row, ...c }) => ({ ...c, basedOn: known.current.get(`${c.metric}|${dimsKey(c.dims)}`) ?? c.basedOn }));
      try {
        const r = await call('data:set-values', { year, cells: sent });
        for (const row of r.rows) if (cells.some((c) => `${c.metric}|${dimsKey(c.dims)}` === row.id)) known.current.set(row.id, row.revision);
        applyRows(r.rows);
        setErrors((e) => {
          const ids = new Set(targets.map((x) => x.id));
          return Object.keys(e).some((id) => ids.has(id)) ? Object.fromEntries(Object.entries(e).filter(([id]) => !ids.has(id))) : e;
        });
        // Said in cells, as the user selected them (a row's value and note are two).
        const n = r.changed === 0 ? 0 : cells.reduce((sum, c) => sum + Object.keys(c.patch).length, 0);
        setStatus({ type: 'success', text: t(kind === 'paste' ? 'grid.paste.done' : 'grid.fill.done', { n }), undo: r.changed > 0 });
        onChanged();
      } catch (e) {
        if (e instanceof ApiCallError && e.error.code === 'stale') {
          for (const c of cells) known.current.delete(`${c.metric}|${dimsKey(c.dims)}`);
          setStatus({ type: 'error', text: t('sync.stale') });
          onChanged();
          return;
        }
        if (e instanceof ApiCallError && e.error.cells?.length) {
          return refused(e.error.cells.map((c) => named(cells[c.index]?.row ?? -1, renderMessage(lang, c.problem))));
        }
        setStatus({ type: 'error', text: t('error.generic', { message: errorText(e, lang) }) });
      }
    },
    [t, lang, year, rowLabel, applyRows, onChanged],
  );

  // The columns call the latest save without being rebuilt when it changes.
  const saveRef = useRef(save);
  saveRef.current = save;

  // Display rows are made once per loaded row and language; an edit makes new ones for its rows only.
  const displayCache = useMemo<DisplayCache>(() => ({ rows: new WeakMap(), groups: new Map(), metrics: new Map(), labels: new Map() }), [i18n, cat]);
  const { rows, count: total } = useMemo(
    () => (grid ? buildRows(grid.rows, extra, errors, cat, i18n, displayCache) : { rows: [], count: 0 }),
    [grid, extra, errors, cat, i18n, displayCache],
  );

  // The search the grid applies: at once after a pause, at most every SEARCH_THROTTLE_MS while
  // typing, so a fast typist's keys are not each held up by a pass over every row.
  const [query, setQuery] = useState('');
  const queryAt = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, queryAt.current + SEARCH_THROTTLE_MS - performance.now());
    const timer = setTimeout(() => {
      queryAt.current = performance.now();
      setQuery(search);
    }, wait);
    return () => clearTimeout(timer);
  }, [search]);

  // Rows whose object changed keep their id, so the grid updates them in place: it redraws a
  // cell only when its value differs, but an error, a tag or a flag changes the drawing of a
  // value that stays the same. The changed rows (an edit's few) are refreshed explicitly.
  const drawn = useRef<Map<string, DisplayRow | GroupRow> | null>(null);
  useEffect(() => {
    const before = drawn.current;
    drawn.current = new Map(rows.map((r) => [r.id, r]));
    const api = gridApi.current;
    if (!api || !before) return;
    const changed: IRowNode<DisplayRow | GroupRow>[] = [];
    for (const r of rows) {
      const old = before.get(r.id);
      const node = old && old !== r && !('group' in r) ? api.getRowNode(r.id) : undefined;
      if (node) changed.push(node);
    }
    if (changed.length) api.refreshCells({ rowNodes: changed, force: true });
  }, [rows]);

  // Search and filters: the rows to show with their group headings, or null for all.
  const filter = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q && !area && !owner && !missingOnly) return null;
    const shown = new Set<DisplayRow | GroupRow>();
    let group: GroupRow | undefined;
    let count = 0;
    for (const r of rows) {
      if ('group' in r) {
        group = r;
        continue;
      }
      if ((area && r.area !== area) || (owner && r.owner !== owner) || (q && !r.haystack.includes(q))) continue;
      // Missing: an entered row with neither a number nor "not applicable" for the year shown.
      if (missingOnly && (r.kind === 'derived' || r.value !== null || r.naReason !== null)) continue;
      shown.add(r);
      if (group) shown.add(group);
      count++;
    }
    return { shown, count };
  }, [rows, query, area, owner, missingOnly]);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const isExternalFilterPresent = useCallback(() => filterRef.current !== null, []);
  const doesExternalFilterPass = useCallback((node: IRowNode<DisplayRow | GroupRow>) => !node.data || !filterRef.current || filterRef.current.shown.has(node.data), []);
  useEffect(() => {
    gridApi.current?.onFilterChanged();
  }, [filter]);
  const onGridReady = useCallback((e: GridReadyEvent<DisplayRow | GroupRow>) => {
    gridApi.current = e.api;
    if (filterRef.current) e.api.onFilterChanged();
  }, []);

  const openDrawer = useCallback((kind: 'history' | 'trace' | 'review', row: GridRow) => setDrawer({ kind, row }), []);
  const openReview = useCallback((row: GridRow) => setDrawer({ kind: 'review', row }), []);
  // The review column alone is redrawn when the year's states or evidence are loaded again.
  useEffect(() => {
    gridApi.current?.refreshCells({ columns: ['review'], force: true });
  }, [review.version]);
  // The collection dashboard's jump: the metric found, whatever the filters were.
  useEffect(() => {
    if (!searchJump) return;
    setArea('');
    setOwner('');
    setSearch(searchJump.metric);
  }, [searchJump]);

  const cellRange = useGridRange(gridApi);
  const defaultColDef = useMemo<ColDef>(() => ({ ...DEFAULT_COL_DEF, cellClassRules: cellRange.classRules }), [cellRange.classRules]);
  const clipboard = useGridClipboard({
    api: gridApi,
    range: cellRange.range,
    readOnly,
    i18n,
    editText,
    write: (req) => void writeBatch(req),
    refuse: (text) => setStatus({ type: 'error', text }),
  });
  // The range follows a navigation key first, so that Ctrl+D after Shift+arrows acts on the range drawn.
  const { onKeyDown: rangeKeyDown } = cellRange;
  const { onKeyDown: clipboardKeyDown } = clipboard;
  const onGridKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      rangeKeyDown(e);
      clipboardKeyDown(e);
    },
    [rangeKeyDown, clipboardKeyDown],
  );

  // A jump from a check finding: every filter off (the cell must be shown), then, once the
  // year's rows are in the grid, the cell is scrolled to, focused and marked.
  const jump = useRef<GridFocusRequest | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    jump.current = focusRequest;
    setSearch('');
    setQuery('');
    setArea('');
    setOwner('');
    setMissingOnly(false);
  }, [focusRequest]);
  useEffect(() => {
    const want = jump.current;
    if (!want || !grid || grid.year !== year) return;
    let tries = 0;
    const timer = setInterval(() => {
      const api = gridApi.current;
      if (!api || filterRef.current !== null) {
        if (++tries > 40) clearInterval(timer);
        return;
      }
      const exact = want.dims ? api.getRowNode(`${want.metric}|${dimsKey(want.dims)}`) : undefined;
      let node = exact ?? api.getRowNode(`${want.metric}|`);
      if (!node) api.forEachNode((n) => { if (!node && n.data && !('group' in n.data) && n.data.metric === want.metric) node = n; });
      if (!node && ++tries <= 40) return;
      clearInterval(timer);
      jump.current = null;
      if (!node || node.rowIndex === null || node.id === undefined) return;
      const { rowIndex, id } = node;
      api.ensureNodeVisible(node, 'middle');
      // Focused once the scroll has drawn the row.
      setTimeout(() => {
        cellRange.selectCell({ row: rowIndex, colId: 'value' }, id);
        api.setFocusedCell(rowIndex, 'value');
      }, 60);
      setStatus({ type: 'success', text: t('grid.jumped', { metric: metricName(cat.byCode.get(want.metric), want.metric), year }) });
    }, 50);
    return () => clearInterval(timer);
  }, [grid, year, rows, filter, cellRange.selectCell, t, metricName, cat]);

  const columns = useMemo<ColDef<DisplayRow>[]>(() => {
    const editableRow = (r: DisplayRow | undefined) => !readOnly && r !== undefined && !('group' in r) && r.kind !== 'derived';
    const setter = (field: Field) => (p: ValueSetterParams<DisplayRow>) => {
      if (p.data) void saveRef.current(p.data, field, p.newValue);
      return false; // the grid shows the saved row once the server has it, never an unsaved guess
    };
    return [
      { headerName: t('grid.metric'), field: 'name', pinned: 'left', width: 260, tooltipField: 'metric', cellClass: nameClass },
      { headerName: t('grid.dims'), field: 'dimsText', pinned: 'left', width: 170, tooltipField: 'dimsText' },
      {
        headerName: t('grid.value', { year }), colId: 'value', field: 'editValue', width: 170, editable: (p) => editableRow(p.data), valueSetter: setter('editValue'),
        // A plain number is text; a component only where there is more to show (a tag, a reason, an error).
        valueFormatter: (p) => (p.data ? i18n.num(p.data.value, p.data.decimals) : ''),
        cellRendererSelector: (p) => (p.data && plainValue(p.data) ? undefined : { component: ValueCell, params: { i18n } }),
      },
      { headerName: t('grid.unit'), field: 'unit', width: 110, valueFormatter: (p) => i18n.unit(String(p.value ?? '')) },
      { headerName: t('grid.prior', { year: year - 1 }), colId: 'prior', width: 130, valueGetter: (p) => (p.data ? i18n.num(p.data.prior, p.data.decimals) : ''), type: 'rightAligned' },
      {
        headerName: t('grid.change'), colId: 'change', width: 120, valueGetter: (p) => (p.data ? i18n.pct(p.data.changePct) : ''),
        cellRendererSelector: (p) => (p.data?.bigChange ? { component: ChangeCell, params: { i18n } } : undefined),
      },
      { headerName: t('grid.estimated'), field: 'estimated', width: 90, editable: (p) => editableRow(p.data), valueSetter: setter('estimated'), cellEditor: 'agCheckboxCellEditor', cellRenderer: 'agCheckboxCellRenderer' },
      { headerName: t('grid.naReason'), field: 'naReason', width: 180, editable: (p) => editableRow(p.data), valueSetter: setter('naReason'), cellClass: 'user-text' },
      { headerName: t('grid.note'), field: 'note', width: 220, editable: (p) => editableRow(p.data), valueSetter: setter('note'), tooltipField: 'note', cellClass: 'user-text' },
      { headerName: t('grid.source'), field: 'source', width: 180, editable: (p) => editableRow(p.data), valueSetter: setter('source'), tooltipField: 'source', cellClass: 'user-text' },
      { headerName: t('grid.enteredUnit'), field: 'enteredUnit', width: 110, editable: (p) => editableRow(p.data), valueSetter: setter('enteredUnit'), valueFormatter: (p) => (p.value ? i18n.unit(String(p.value)) : '') },
      {
        headerName: t('review.column'), colId: 'review', width: 130, pinned: 'right', valueGetter: (p) => (p.data ? reviewKey(review.index.current, p.data.id) : ''),
        cellRenderer: ReviewCell, cellRendererParams: { i18n, onOpen: openReview },
      },
      { headerName: t('grid.actions'), colId: 'actions', width: 130, pinned: 'right', cellRenderer: ActionsCell, cellRendererParams: { i18n, onOpen: openDrawer } },
    ];
  }, [i18n, t, year, readOnly, openDrawer, openReview, review.index]);

  const areas = useMemo(() => [...new Set(cat.view.metrics.map((m) => m.area))], [cat]);
  const colon = lang === 'zh-Hant' ? '：' : ': ';
  const owners = useMemo(() => [...new Set(cat.view.metrics.map((m) => m.owner))], [cat]);

  return (
    <div className="screen" data-testid="data-entry">
      <Space wrap>
        <Input.Search allowClear placeholder={t('grid.search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 400 }} aria-label={t('grid.search')} />
        <Select value={area} onChange={setArea} style={{ width: 200 }} aria-label={t('grid.area')} options={[{ value: '', label: `${t('grid.area')}${colon}${t('grid.all')}` }, ...areas.map((a) => ({ value: a, label: t(`area.${a}` as never) }))]} />
        <Select value={owner} onChange={setOwner} style={{ width: 260 }} aria-label={t('grid.owner')} options={[{ value: '', label: `${t('grid.owner')}${colon}${t('grid.all')}` }, ...owners.map((o) => ({ value: o, label: departmentName(cat, lang, o) }))]} />
        <Checkbox checked={missingOnly} onChange={(e) => setMissingOnly(e.target.checked)} data-testid="missing-only">
          {t('grid.missingOnly')}
        </Checkbox>
        <Button onClick={() => setAdding(true)} disabled={readOnly}>
          {t('grid.addRow')}
        </Button>
        <Typography.Text type="secondary" data-testid="grid-count" data-load-ms={loadMs ?? ''}>
          {t('grid.rows', { n: filter ? filter.count : total })}
        </Typography.Text>
      </Space>
      <Typography.Text type="secondary">{t('grid.editHint')} {t('grid.rangeHint')}</Typography.Text>
      <div aria-live="polite" data-testid="grid-status">
        {status && (
          <Alert type={status.type} showIcon message={status.text} closable onClose={() => setStatus(null)}
            description={status.items?.length ? <ul className="paste-problems" data-testid="paste-problems">{status.items.map((x, i) => <li key={i}>{x}</li>)}</ul> : undefined}
            action={status.undo ? <Button size="small" onClick={() => void undoClear()}>{t('grid.undoClear')}</Button> : undefined} />
        )}
      </div>
      <div className="grid-wrap" onPointerDown={cellRange.onPointerDown} onKeyDown={onGridKeyDown} onCopy={clipboard.onCopy} onPaste={clipboard.onPaste}>
        <AgGridReact<DisplayRow | GroupRow>
          theme={theme}
          rowData={rows}
          columnDefs={columns as ColDef<DisplayRow | GroupRow>[]}
          getRowId={getRowId}
          isFullWidthRow={isFullWidthRow}
          fullWidthCellRenderer={GroupCell}
          defaultColDef={defaultColDef}
          onCellFocused={cellRange.onCellFocused}
          isExternalFilterPresent={isExternalFilterPresent}
          doesExternalFilterPass={doesExternalFilterPass}
          onGridReady={onGridReady}
          animateRows={false}
          rowBuffer={ROW_BUFFER}
          localeText={agGridText(lang)}
          suppressColumnVirtualisation
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          tooltipShowDelay={400}
        />
      </div>
      {adding && (
        <AddBreakdownDialog
          sites={sites}
          onClose={() => setAdding(false)}
          onAdd={(metric, dims) => {
            setExtra((x) => [...x, emptyRow(metric, dims, displayUnit({ unit: cat.byCode.get(metric)?.unit ?? '' }, dims, cat.view.dimensions))]);
            setSearch(metric);
            setAdding(false);
          }}
        />
      )}
      {ask && (
        <Modal
          open
          title={t('grid.percent.title')}
          onCancel={() => setAsk(null)}
          footer={[
            <Button key="typed" onClick={() => { const a = ask; setAsk(null); void save(a.row, 'editValue', a.typed, true); }}>
              {t('grid.percent.asTyped', { typed: ask.typed })}
            </Button>,
            <Button key="meant" type="primary" autoFocus onClick={() => { const a = ask; setAsk(null); void save(a.row, 'editValue', String(a.meant), true); }}>
              {t('grid.percent.meant', { meant: ask.meant })}
            </Button>,
          ]}
        >
          <span data-testid="percent-question">
            {t('grid.percent.question', { typed: ask.typed, meant: ask.meant, prior: i18n.num(ask.row.prior, 2), metric: metricName(cat.byCode.get(ask.row.metric), ask.row.metric) })}
          </span>
        </Modal>
      )}
      {batchAsk && (
        <Modal
          open
          title={t('grid.percent.title')}
          onCancel={() => setBatchAsk(null)}
          footer={[
            <Button key="typed" onClick={() => { const a = batchAsk; setBatchAsk(null); void writeBatch(a.req, true); }}>
              {t('grid.percent.batchAsTyped')}
            </Button>,
            <Button key="meant" type="primary" autoFocus onClick={() => { const a = batchAsk; setBatchAsk(null); void writeBatch({ ...a.req, cells: withPercentMeant(a.req.cells, a.hits) }, true); }}>
              {t('grid.percent.batchMeant', { n: batchAsk.hits.length })}
            </Button>,
          ]}
        >
          <p data-testid="percent-question">{t('grid.percent.batchQuestion', { n: batchAsk.hits.length })}</p>
          <ul data-testid="percent-cells">
            {batchAsk.hits.map((h) => {
              const target = batchAsk.req.targets[batchAsk.req.cells[h.cell]?.row ?? -1];
              return (
                <li key={h.cell}>
                  {t('grid.percent.batchItem', { row: target ? rowLabel(target) : '', typed: h.typed, meant: h.meant, prior: i18n.num(target?.prior ?? null, 2) })}
                </li>
              );
            })}
          </ul>
        </Modal>
      )}
      {drawer?.kind === 'history' && <HistoryDrawer row={drawer.row} year={year} revision={revision} onClose={() => setDrawer(null)} />}
      {drawer?.kind === 'review' && (
        <ReviewDrawer row={drawer.row} year={year} state={review.index.current.states.get(drawer.row.id)} readOnly={readOnly} onClose={() => setDrawer(null)} onChanged={review.reload} />
      )}
      {drawer?.kind === 'trace' && <TraceDrawer metric={drawer.row.metric} dims={drawer.row.dims} year={year} revision={revision} onClose={() => setDrawer(null)} />}
    </div>
  );
}
