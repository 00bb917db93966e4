// Cell renderers of the data-entry grid.
import { Button, Space, Tag, Tooltip } from 'antd';
import type { ICellRendererParams } from 'ag-grid-community';
import type { GridRow } from '../../shared/api/contract.js';
import type { I18n } from './i18n.js';

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
}
export interface GroupRow {
  id: string;
  group: true;
  label: string;
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
  return (
    <Space size={0}>
      {data.kind !== 'derived' && (
        <Button size="small" type="link" onClick={() => onOpen('history', data)}>
          {i18n.t('grid.history')}
        </Button>
      )}
      {data.kind === 'derived' && (
        <Button size="small" type="link" onClick={() => onOpen('trace', data)}>
          {i18n.t('grid.trace')}
        </Button>
      )}
    </Space>
  );
}
