import { useEffect, useState } from 'react';
import { Alert, Descriptions, Drawer, Table, Typography } from 'antd';
import type { TraceView } from '../../shared/api/contract.js';
import type { TraceItem } from '../../shared/engine/compute.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';
import { dimsLabel } from './dims-label.js';

interface Props {
  metric: string;
  dims: Record<string, string>;
  year: number;
  revision: number;
  onClose: () => void;
}

export function TraceDrawer({ metric, dims, year, revision, onClose }: Props) {
  const { t, lang, num, metricName, unit } = useI18n();
  const cat = useCatalogue();
  const [view, setView] = useState<TraceView | null>(null);
  useEffect(() => {
    void call('kpi:trace', { metric, year, dims }).then(setView, () => setView(null));
  }, [metric, dims, year, revision]);
  const def = cat.byCode.get(metric);
  const decimals = (code: string) => cat.byCode.get(code)?.decimals ?? 2;
  const columns = [
    { title: t('grid.metric'), key: 'name', width: 170, render: (_: unknown, r: TraceItem) => <span title={r.code}>{metricName(cat.byCode.get(r.code), r.code)}{Object.keys(r.dims).length ? ` (${dimsLabel(r.dims, cat, lang, '')})` : ''}</span> },
    { title: t('grid.code'), dataIndex: 'code', key: 'code', width: 210, render: (c: string) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{c}</Typography.Text> },
    { title: t('factors.value'), key: 'value', width: 150, align: 'right' as const, render: (_: unknown, r: TraceItem) => `${num(r.value, Math.max(decimals(r.code), r.kind === 'factor' ? 6 : 0))} ${unit(r.unit)}${r.notApplicable ? ` (${t('trace.naCountedZero')})` : ''}` },
    { title: t('trace.source'), dataIndex: 'source', key: 'source' },
  ];
  return (
    <Drawer open onClose={onClose} width={720} title={t('trace.title', { metric: `${metricName(def, metric)} · ${year}` })} data-testid="trace-drawer">
      {view && (
        <>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('trace.result')}>
              <strong data-testid="trace-result">{view.value === null ? t('kpi.notAvailable') : `${num(view.value, def?.decimals ?? 2)} ${unit(view.unit)}`}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('trace.formula')}>
              <Typography.Text code>{view.trace?.formula ?? def?.formula ?? ''}</Typography.Text>
            </Descriptions.Item>
            {view.trace?.asPublished && (
              <Descriptions.Item label={t('trace.source')}>
                <span data-testid="trace-as-published">{t('trace.enteredAsPublished')}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
          {view.missing.length > 0 && (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              message={t('trace.missing')}
              description={view.missing.map((m) => `${metricName(cat.byCode.get(m.code), m.code)} (${m.code}): ${t(`trace.reason.${m.reason}` as never)}`).join('; ')}
            />
          )}
          {view.trace && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>{t('trace.inputs')}</Typography.Title>
              <Table size="small" pagination={false} rowKey={(r) => `${r.code}|${JSON.stringify(r.dims)}`} columns={columns} dataSource={view.trace.inputs} />
              <Typography.Title level={5} style={{ marginTop: 16 }}>{t('trace.factors')}</Typography.Title>
              <Table size="small" pagination={false} rowKey={(r) => `${r.code}|${JSON.stringify(r.dims)}`} columns={columns} dataSource={view.trace.factors} />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
