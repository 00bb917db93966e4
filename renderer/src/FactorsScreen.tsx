// Emission and conversion factors of a year with their source. A change is saved at once
// and every KPI recomputes from it (the engine runs on each read).
import { useEffect, useState } from 'react';
import { Alert, Button, Input, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { AddFuelForm } from './AddFuelForm.js';
import type { FactorRow } from '../../shared/api/contract.js';
import { call, errorText } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';
import { useEdition } from './edition-context.js';

interface Props {
  year: number;
  revision: number;
  readOnly: boolean;
  onChanged: () => void;
}

/** `onSave` answers false to refuse the text: the field shows the saved text again. */
function EditableText({ initial, disabled, onSave, label }: { initial: string; disabled: boolean; onSave: (text: string) => boolean | void; label: string }) {
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  const commit = () => {
    if (text !== initial && onSave(text) === false) setText(initial);
  };
  return <Input value={text} disabled={disabled} aria-label={label} onChange={(e) => setText(e.target.value)} onBlur={commit} onPressEnter={commit} />;
}

export function FactorsScreen({ year, revision, readOnly, onChanged }: Props) {
  const { t, num, metricName, lang, unit } = useI18n();
  const cat = useCatalogue();
  const { edition, refresh } = useEdition();
  // Factors carried forward from the previous year, still to confirm (entering the factor confirms it too).
  const carried = new Map((edition?.carriedFactors ?? []).filter((f) => Object.keys(f.dims).length === 0).map((f) => [f.metric, f.fromYear]));
  const confirm = async (metric: string) => {
    try {
      await call('factor:confirm', { year, metric, dims: {} });
      refresh();
      onChanged();
    } catch (e) {
      setStatus({ type: 'error', text: (e as Error).message });
    }
  };
  const [rows, setRows] = useState<FactorRow[]>([]);
  const [status, setStatus] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => {
    void call('factors:list', { year }).then(setRows, () => setRows([]));
  }, [year, revision]);

  // A factor of one fuel is named with its fuel ("Fuel net calorific value · Petrol").
  const fuelName = (code: string | undefined) => {
    const v = code === undefined ? undefined : cat.view.dimensions.find((d) => d.key === 'fuel')?.values.find((x) => x.code === code);
    return v ? (lang === 'en' ? v.nameEn : v.nameZh) : code;
  };
  const factorName = (row: FactorRow) => {
    const base = metricName(cat.byCode.get(row.metric), row.metric);
    const fuel = fuelName(row.dims['fuel']);
    return fuel ? `${base} · ${fuel}` : base;
  };
  const rowId = (row: FactorRow) => [row.metric, ...Object.entries(row.dims).map(([k, v]) => `${k}=${v}`)].join('|');

  const save = async (row: FactorRow, patch: { value?: string; source?: string | null; note?: null; estimated?: false }) => {
    const name = factorName(row);
    const removing = patch.value === '' && patch.source === null;
    try {
      await call('data:set-value', { metric: row.metric, year, dims: row.dims, patch });
      setStatus({ type: 'success', text: removing ? t('factors.removed', { factor: name, n: row.usedBy.length }) : t('factors.recomputed', { n: row.usedBy.length }) });
      refresh();
      onChanged();
    } catch (e) {
      setStatus({ type: 'error', text: `${factorName(row)}: ${t('grid.rejected', { message: errorText(e, lang) })}` });
    }
  };

  // Emptying the value field never deletes the factor and its source: "Remove" does, asked first.
  const setValue = (row: FactorRow, text: string): boolean => {
    if (text.trim() === '') {
      setStatus({ type: 'error', text: `${factorName(row)}: ${t('factors.emptyRefused')}` });
      return false;
    }
    void save(row, { value: text });
    return true;
  };

  return (
    <div className="screen" data-testid="factors">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('factors.title', { year })}</Typography.Title>
      <Typography.Text type="secondary">{t('factors.hint')}</Typography.Text>
      <div aria-live="polite">{status && <Alert type={status.type} showIcon message={status.text} closable onClose={() => setStatus(null)} />}</div>
      <AddFuelForm readOnly={readOnly} onAdded={(text) => { setStatus({ type: 'success', text }); onChanged(); }} onRefused={(text) => setStatus({ type: 'error', text })} />
      <Table<FactorRow>
        size="small"
        rowKey={rowId}
        pagination={false}
        dataSource={rows}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('factors.factor'), key: 'name', width: 220, render: (_, r) => {
              const from = Object.keys(r.dims).length ? undefined : carried.get(r.metric);
              return (
                <>
                  <Tooltip title={rowId(r)}>{factorName(r)}</Tooltip>
                  {from !== undefined && (
                    <div>
                      <Tag color="orange" data-testid="factor-carried">{t('edition.factorCarried', { year: from })}</Tag>
                      <Button size="small" disabled={readOnly} onClick={() => void confirm(r.metric)}>{t('edition.confirmFactor')}</Button>
                    </div>
                  )}
                </>
              );
            } },
          { title: t('factors.value'), key: 'value', width: 130, render: (_, r) => <EditableText label={`${rowId(r)} ${t('factors.value')}`} disabled={readOnly} initial={r.value === null ? '' : String(r.value)} onSave={(v) => setValue(r, v)} /> },
          { title: t('grid.unit'), dataIndex: 'unit', key: 'unit', width: 90, render: (u: string) => unit(u) },
          { title: t('factors.source'), key: 'source', width: 260, render: (_, r) => <EditableText label={`${rowId(r)} ${t('factors.source')}`} disabled={readOnly || r.value === null} initial={r.source ?? ''} onSave={(v) => void save(r, { source: v || null })} /> },
          {
            title: '', key: 'remove', width: 90,
            render: (_, r) => r.value === null ? null : (
              <Popconfirm title={t('factors.removeConfirm', { factor: factorName(r), year })} okText={t('factors.remove')} cancelText={t('factors.cancel')} okButtonProps={{ danger: true }}
                onConfirm={() => void save(r, { value: '', source: null, note: null, estimated: false })}>
                <Button size="small" danger disabled={readOnly} aria-label={`${t('factors.remove')} ${rowId(r)}`}>{t('factors.remove')}</Button>
              </Popconfirm>
            ),
          },
          { title: t('factors.prior', { year: year - 1 }), key: 'prior', width: 180, render: (_, r) => (r.prior === null ? '' : `${num(r.prior, 6)}${r.priorSource ? ` (${r.priorSource})` : ''}`) },
          { title: t('factors.usedBy'), key: 'usedBy', render: (_, r) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.usedBy.map((c) => metricName(cat.byCode.get(c), c)).join(lang === 'en' ? '; ' : '、')}</Typography.Text> },
        ]}
      />
    </div>
  );
}
