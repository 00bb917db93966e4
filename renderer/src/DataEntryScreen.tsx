// Data entry: one keyboard-friendly grid per year, grouped by area and owner department,
// with the prior year and the change beside each value. Every edit is saved at once through
// `data:set-value`; a rejected edit keeps its text in the cell with the reason, unsaved.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Input, Select, Space, Typography } from 'antd';
import { AgGridReact } from 'ag-grid-react';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef, type ValueSetterParams, type ICellRendererParams } from 'ag-grid-community';
import type { GridData, GridRow } from '../../shared/api/contract.js';
import type { Site } from '../../shared/domain.js';
import { dimsKey } from '../../shared/dimensions.js';
import { AddBreakdownDialog } from './AddBreakdownDialog.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';
import { dimsLabel } from './dims-label.js';
import { ValueCell, ChangeCell, ActionsCell, type DisplayRow, type GroupRow, type EditError } from './GridCells.js';
import { HistoryDrawer } from './HistoryDrawer.js';
import { TraceDrawer } from './TraceDrawer.js';

ModuleRegistry.registerModules([AllCommunityModule]);
const theme = themeQuartz.withParams({ fontSize: 13, rowHeight: 34, headerHeight: 36, spacing: 6 });

/** What the value editor starts with: the value as entered, with its unit when not the canonical one. */
function editText(r: GridRow): string {
  if (r.naReason) return 'NA';
  if (r.enteredValue === null) return r.value === null ? '' : String(r.value);
  return r.enteredUnit && r.enteredUnit !== r.unit ? `${r.enteredValue} ${r.enteredUnit}` : r.enteredValue;
}

type Field = 'editValue' | 'enteredUnit' | 'naReason' | 'note' | 'source' | 'estimated';

interface Props {
  year: number;
  revision: number;
  readOnly: boolean;
  sites: Site[];
  onChanged: () => void;
}

/** An empty row the user asked for; it becomes a stored row once a value is saved in it. */
function emptyRow(metric: string, dims: Record<string, string>, unit: string): GridRow {
  return {
    id: `${metric}|${dimsKey(dims)}`, metric, kind: 'entered', dims, unit, value: null, enteredValue: null, enteredUnit: null, naReason: null,
    note: null, source: null, estimated: false, fromSites: false, stored: false, prior: null, changePct: null, bigChange: false, missing: [],
  };
}

export function DataEntryScreen({ year, revision, readOnly, sites, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang, metricName } = i18n;
  const cat = useCatalogue();
  const [grid, setGrid] = useState<GridData | null>(null);
  const [search, setSearch] = useState('');
  const [area, setArea] = useState<string>('');
  const [owner, setOwner] = useState<string>('');
  const [errors, setErrors] = useState<Record<string, EditError>>({});
  const [status, setStatus] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [drawer, setDrawer] = useState<{ kind: 'history' | 'trace'; row: GridRow } | null>(null);
  const [loadMs, setLoadMs] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [extra, setExtra] = useState<GridRow[]>([]);

  useEffect(() => {
    let live = true;
    const started = performance.now();
    void call('data:grid', { year }).then((g) => {
      if (!live) return;
      setGrid(g);
      setLoadMs(Math.round(performance.now() - started));
    });
    return () => {
      live = false;
    };
  }, [year, revision]);

  const save = useCallback(
    async (row: GridRow, field: Field, raw: unknown) => {
      const text = raw === null || raw === undefined ? '' : String(raw);
      const patch =
        field === 'editValue' ? { value: text } :
        field === 'enteredUnit' ? { unit: text } :
        field === 'estimated' ? { estimated: raw === true } :
        { [field]: text.trim() === '' ? null : text };
      const name = metricName(cat.byCode.get(row.metric), row.metric);
      try {
        const r = await call('data:set-value', { metric: row.metric, year, dims: row.dims, patch });
        // Show the saved row at once; the refetch that follows brings the recomputed KPIs.
        setGrid((g) => (g ? { ...g, rows: g.rows.map((x) => (x.id === r.row.id ? r.row : x)) } : g));
        setErrors((e) => {
          const { [row.id]: _gone, ...rest } = e;
          return rest;
        });
        setStatus({ type: 'success', text: t('grid.saved', { metric: name }) });
        onChanged();
      } catch (e) {
        const message = (e as Error).message;
        setErrors((errs) => ({ ...errs, [row.id]: { field, text, message } }));
        setStatus({ type: 'error', text: `${name}: ${t('grid.rejected', { message })}` });
      }
    },
    [year, cat, metricName, t, onChanged],
  );

  const rows = useMemo<(DisplayRow | GroupRow)[]>(() => {
    if (!grid) return [];
    const q = search.trim().toLowerCase();
    const out: (DisplayRow | GroupRow)[] = [];
    const deptName = (code: string) => {
      const d = cat.view.departments.find((x) => x.code === code);
      return d ? (lang === 'en' ? d.nameEn : d.nameZh) : code;
    };
    const byGroup = new Map<string, DisplayRow[]>();
    const known = new Set(grid.rows.map((r) => r.id));
    const added = extra.filter((r) => !known.has(r.id));
    const all = [...grid.rows];
    for (const r of added) {
      // Right after the metric's last row.
      let at = -1;
      all.forEach((x, i) => { if (x.metric === r.metric) at = i; });
      all.splice(at + 1, 0, r);
    }
    for (const r of all) {
      const def = cat.byCode.get(r.metric);
      if (!def) continue;
      if (area && def.area !== area) continue;
      if (owner && def.owner !== owner) continue;
      const label = dimsLabel(r.dims, cat, lang, t('grid.total'));
      if (q && ![r.metric, def.nameEn, def.nameZh, label].some((s) => s.toLowerCase().includes(q))) continue;
      const key = `${def.area}|${def.owner}`;
      const list = byGroup.get(key) ?? [];
      list.push({ ...r, name: metricName(def, r.metric), dimsText: label, decimals: def.decimals, error: errors[r.id] ?? null, editValue: editText(r) });
      byGroup.set(key, list);
    }
    const areaLabel = (a: string) => (i18n.t(`area.${a}` as never) || a);
    for (const [key, list] of byGroup) {
      const [a = '', o = ''] = key.split('|');
      out.push({ id: `group|${key}`, group: true, label: `${areaLabel(a)} · ${deptName(o)}` });
      out.push(...list);
    }
    return out;
  }, [grid, extra, search, area, owner, cat, lang, t, metricName, errors, i18n]);

  const editableRow = (r: DisplayRow | undefined) => !readOnly && r !== undefined && !('group' in r) && r.kind !== 'derived';
  const setter = (field: Field) => (p: ValueSetterParams<DisplayRow>) => {
    if (p.data) void save(p.data, field, p.newValue);
    return false; // the grid shows the saved row once the server has it, never an unsaved guess
  };

  const columns = useMemo<ColDef<DisplayRow>[]>(
    () => [
      { headerName: t('grid.metric'), field: 'name', pinned: 'left', width: 260, tooltipField: 'metric', cellRenderer: (p: ICellRendererParams<DisplayRow>) => (p.data ? <span className={p.data.kind === 'derived' ? 'cell-derived' : ''}>{p.data.name}</span> : null) },
      { headerName: t('grid.dims'), field: 'dimsText', pinned: 'left', width: 170, tooltipField: 'dimsText' },
      { headerName: t('grid.value', { year }), colId: 'value', field: 'editValue', width: 170, editable: (p) => editableRow(p.data), valueSetter: setter('editValue'), cellRenderer: ValueCell, cellRendererParams: { i18n } },
      { headerName: t('grid.unit'), field: 'unit', width: 110 },
      { headerName: t('grid.prior', { year: year - 1 }), colId: 'prior', width: 130, valueGetter: (p) => (p.data ? i18n.num(p.data.prior, p.data.decimals) : ''), type: 'rightAligned' },
      { headerName: t('grid.change'), colId: 'change', width: 120, cellRenderer: ChangeCell, cellRendererParams: { i18n } },
      { headerName: t('grid.estimated'), field: 'estimated', width: 90, editable: (p) => editableRow(p.data), valueSetter: setter('estimated'), cellEditor: 'agCheckboxCellEditor', cellRenderer: 'agCheckboxCellRenderer' },
      { headerName: t('grid.naReason'), field: 'naReason', width: 180, editable: (p) => editableRow(p.data), valueSetter: setter('naReason') },
      { headerName: t('grid.note'), field: 'note', width: 220, editable: (p) => editableRow(p.data), valueSetter: setter('note'), tooltipField: 'note' },
      { headerName: t('grid.source'), field: 'source', width: 180, editable: (p) => editableRow(p.data), valueSetter: setter('source'), tooltipField: 'source' },
      { headerName: t('grid.enteredUnit'), field: 'enteredUnit', width: 110, editable: (p) => editableRow(p.data), valueSetter: setter('enteredUnit') },
      { headerName: t('grid.actions'), colId: 'actions', width: 130, pinned: 'right', cellRenderer: ActionsCell, cellRendererParams: { i18n, onOpen: (kind: 'history' | 'trace', row: GridRow) => setDrawer({ kind, row }) } },
    ],
    // Rebuilt when what the headers and editors depend on changes; i18n follows lang.
    [lang, year, readOnly, save],
  );

  const areas = [...new Set(cat.view.metrics.map((m) => m.area))];
  const owners = [...new Set(cat.view.metrics.map((m) => m.owner))];
  const deptName = (code: string) => {
    const d = cat.view.departments.find((x) => x.code === code);
    return d ? (lang === 'en' ? d.nameEn : d.nameZh) : code;
  };

  return (
    <div className="screen" data-testid="data-entry">
      <Space wrap>
        <Input.Search allowClear placeholder={t('grid.search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 400 }} aria-label={t('grid.search')} />
        <Select value={area} onChange={setArea} style={{ width: 200 }} aria-label={t('grid.area')} options={[{ value: '', label: `${t('grid.area')}: ${t('grid.all')}` }, ...areas.map((a) => ({ value: a, label: t(`area.${a}` as never) }))]} />
        <Select value={owner} onChange={setOwner} style={{ width: 260 }} aria-label={t('grid.owner')} options={[{ value: '', label: `${t('grid.owner')}: ${t('grid.all')}` }, ...owners.map((o) => ({ value: o, label: deptName(o) }))]} />
        <Button onClick={() => setAdding(true)} disabled={readOnly}>
          {t('grid.addRow')}
        </Button>
        <Typography.Text type="secondary" data-testid="grid-count" data-load-ms={loadMs ?? ''}>
          {t('grid.rows', { n: rows.filter((r) => !('group' in r)).length })}
        </Typography.Text>
      </Space>
      <Typography.Text type="secondary">{t('grid.editHint')}</Typography.Text>
      <div aria-live="polite" data-testid="grid-status">
        {status && <Alert type={status.type} showIcon message={status.text} closable onClose={() => setStatus(null)} />}
      </div>
      <div className="grid-wrap">
        <AgGridReact<DisplayRow | GroupRow>
          theme={theme}
          rowData={rows}
          columnDefs={columns as ColDef<DisplayRow | GroupRow>[]}
          getRowId={(p) => p.data.id}
          isFullWidthRow={(p) => Boolean(p.rowNode.data && 'group' in p.rowNode.data)}
          fullWidthCellRenderer={(p: ICellRendererParams<GroupRow>) => <div className="group-row">{p.data?.label}</div>}
          defaultColDef={{ sortable: false, resizable: true, suppressHeaderMenuButton: true }}
          animateRows={false}
          localeText={lang === 'en' ? undefined : { noRowsToShow: '沒有符合的指標', loadingOoo: '載入中…' }}
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
            setExtra((x) => [...x, emptyRow(metric, dims, cat.byCode.get(metric)?.unit ?? '')]);
            setSearch(metric);
            setAdding(false);
          }}
        />
      )}
      {drawer?.kind === 'history' && <HistoryDrawer row={drawer.row} year={year} revision={revision} onClose={() => setDrawer(null)} />}
      {drawer?.kind === 'trace' && <TraceDrawer metric={drawer.row.metric} dims={drawer.row.dims} year={year} revision={revision} onClose={() => setDrawer(null)} />}
    </div>
  );
}
