// Cell renderers of the data-entry grid, and the number formatting they use. The grid holds
// one row per metric and breakdown (about 48,000 in a large workspace), and every scroll
// renders a screenful of new rows, so each cell must cost little to draw.
import { Button, Tag, Tooltip } from 'antd';
import type { ICellRendererParams } from 'ag-grid-community';
import type { GridRow } from '../../shared/api/contract.js';
import type { Lang } from '../../shared/domain.js';
import { localeOf } from '../../shared/i18n/format.js';
import { makeI18n, type I18n } from './i18n.js';

export interface EditError {
  field: string;
  text: string;
  message: string;
}
export interface DisplayRow extends GridRow {
  name: string;
  dimsText: string;
  decimals: number;
  editValue: string;
  error: EditError | null;
  /** The metric's area and owner department, and the group row it is shown under. */
  area: string;
  owner: string;
  groupId: string;
  /** Code, names in both languages and the breakdown label, lower case: what the search box matches. */
  haystack: string;
}
export interface GroupRow {
  id: string;
  group: true;
  label: string;
}

// Building an Intl.NumberFormat costs far more than formatting with one (tens of µs against
// one): the grid formats three numbers per row it draws, so it keeps one per language and
// precision. The options are those of shared/i18n/format.ts; an end-to-end test
// (data-entry.spec.ts, "numbers in the grid …") holds the two equal.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, decimals: number, pct: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${pct}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = pct
      ? new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' })
      : new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    numberFormats.set(key, f);
  }
  return f;
}

const gridI18ns = new Map<Lang, I18n>();
/** The UI strings and formats of a language with cached number formats; one object per language, so it can be a stable dependency. */
export function gridI18n(lang: Lang): I18n {
  let i = gridI18ns.get(lang);
  if (!i) {
    const base = makeI18n(lang);
    i = {
      ...base,
      num: (v, d = 2) => (v === null || v === undefined || !Number.isFinite(v) ? '' : numberFormat(lang, d, false).format(v)),
      pct: (v) => (v === null || !Number.isFinite(v) ? '' : `${numberFormat(lang, 1, true).format(v)}%`),
    };
    gridI18ns.set(lang, i);
  }
  return i;
}

type P = ICellRendererParams<DisplayRow> & { i18n: I18n };

export function ValueCell({ data, i18n }: P) {
  if (!data) return null;
  const { t, num } = i18n;
  if (data.error) {
    return (
      <span className="cell-error" role="alert" data-testid="cell-error" title={data.error.message}>
        {data.error.text ? `“${data.error.text}” ` : ''}⚠ {data.error.message}
      </span>
    );
  }
  if (data.naReason) return <Tooltip title={data.naReason}><span className="cell-na">{t('grid.na')}: {data.naReason}</span></Tooltip>;
  if (data.kind === 'derived') {
    if (data.value === null) return <Tooltip title={t('grid.missingInputs', { codes: data.missing.join(', ') })}><span className="cell-na">—</span></Tooltip>;
    return <span className="cell-derived" title={t('grid.derived')}>ƒ {num(data.value, data.decimals)}</span>;
  }
  const text = num(data.value, data.decimals);
  return (
    <span>
      {text}
      {data.fromSites && <Tag style={{ marginLeft: 6 }}>{t('grid.fromSites')}</Tag>}
      {data.estimated && <Tag color="gold" style={{ marginLeft: 6 }}>{t('grid.estimated')}</Tag>}
    </span>
  );
}

export function ChangeCell({ data, i18n }: P) {
  if (!data || data.changePct === null) return null;
  const text = i18n.pct(data.changePct);
  return data.bigChange ? (
    <Tooltip title={i18n.t('grid.bigChange')}>
      <Tag color="red" data-testid="big-change">⚑ {text}</Tag>
    </Tooltip>
  ) : (
    <span>{text}</span>
  );
}

export function ActionsCell({ data, i18n, onOpen }: P & { onOpen: (kind: 'history' | 'trace', row: GridRow) => void }) {
  if (!data) return null;
  const kind = data.kind === 'derived' ? 'trace' : 'history';
  return (
    <Button size="small" type="link" onClick={() => onOpen(kind, data)}>
      {i18n.t(kind === 'trace' ? 'grid.trace' : 'grid.history')}
    </Button>
  );
}

/** The heading row of an area and owner department. */
export function GroupCell({ data }: ICellRendererParams<GroupRow>) {
  return <div className="group-row">{data?.label}</div>;
}
