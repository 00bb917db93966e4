// Targets of a year with progress bars and the linear path, qualitative targets with their
// status text, and the checks panel below.
import { useCallback, useEffect, useState } from 'react';
import { App as AntApp, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TargetView } from '../../shared/api/contract.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { useCatalogue } from './catalogue-context.js';
import { ChecksPanel, type JumpToCell } from './ChecksPanel.js';
import { TargetProgressBar } from './TargetProgressBar.js';
import { TargetEditModal, type TargetEdit } from './TargetEditModal.js';
import { errorText } from './api-error-text.js';

const STATUS_COLOR: Record<string, string> = { achieved: 'green', on_track: 'blue', off_track: 'red', no_data: 'default', not_started: 'default', qualitative: 'purple' };

interface Props {
  year: number;
  revision: number;
  readOnly?: boolean;
  /** The profile's baseline year: where a new target starts. */
  baselineYear?: number | null;
  onChanged?: () => void;
  /** A finding's "go to cell": the data-entry grid at its metric. */
  onJump?: JumpToCell;
}

export function TargetsScreen({ year, revision, readOnly = false, baselineYear = null, onChanged, onJump }: Props) {
  const { t, num, pct, lang, metricName, unit } = useI18n();
  const cat = useCatalogue();
  const { message } = AntApp.useApp();
  const [rows, setRows] = useState<TargetView[] | null>(null);
  const [edit, setEdit] = useState<TargetEdit | null>(null);
  const reload = useCallback(() => void call('targets:list', { year }).then(setRows, () => setRows([])), [year]);
  useEffect(() => {
    reload();
  }, [reload, revision]);
  const changed = () => {
    setEdit(null);
    reload();
    onChanged?.();
  };
  const remove = (code: string) => void call('target:delete', { code }).then(changed, (e: unknown) => void message.error(errorText(lang, e)));
  const title = (r: TargetView) => (lang === 'en' ? r.titleEn : r.titleZh);
  const quantitative = (rows ?? []).filter((r) => r.kind === 'quantitative');
  const qualitative = (rows ?? []).filter((r) => r.kind === 'qualitative');
  const value = (r: TargetView, v: number | null) => (v === null ? '—' : `${num(v, cat.byCode.get(r.metric ?? '')?.decimals ?? 2)} ${unit(cat.byCode.get(r.metric ?? '')?.unit ?? '')}`);
  const status = (s: string) => <Tag color={STATUS_COLOR[s] ?? 'default'}>{t(`targets.status.${s}` as never)}</Tag>;

  return (
    <div className="screen" data-testid="targets-screen">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('targets.title', { year })}</Typography.Title>
        <Button type="primary" disabled={readOnly} data-testid="target-add" onClick={() => setEdit({ target: null, baselineYear: baselineYear ?? year - 1 })}>{t('targetsEdit.add')}</Button>
      </Space>
      <Table<TargetView>
        size="small"
        rowKey="code"
        loading={rows === null}
        pagination={false}
        data-testid="targets-table"
        dataSource={quantitative}
        scroll={{ x: 1200 }}
        columns={[
          {
            title: t('targets.target'),
            key: 'title',
            width: 260,
            render: (_, r) => (
              <div>
                <div>{title(r)}</div>
                <Tooltip title={r.metric}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{metricName(cat.byCode.get(r.metric ?? ''), r.metric ?? '')}</Typography.Text>
                </Tooltip>
              </div>
            ),
          },
          { title: t('targets.baseline'), key: 'baseline', width: 150, align: 'right', render: (_, r) => <>{value(r, r.baseline)}<div style={{ fontSize: 12, color: '#8c8c8c' }}>{r.baselineYear}</div></> },
          { title: t('targets.current'), key: 'current', width: 150, align: 'right', render: (_, r) => <>{value(r, r.current)}<div style={{ fontSize: 12, color: '#8c8c8c' }}>{year}</div></> },
          { title: t('targets.goal'), key: 'goal', width: 150, align: 'right', render: (_, r) => <>{value(r, r.targetValue)}<div style={{ fontSize: 12, color: '#8c8c8c' }}>{r.targetYear}</div></> },
          { title: t('targets.change'), key: 'change', width: 90, align: 'right', render: (_, r) => pct(r.changePct) },
          { title: t('targets.progress'), key: 'progress', width: 220, render: (_, r) => <TargetProgressBar target={r} /> },
          { title: t('targets.status'), key: 'status', width: 130, fixed: 'right', render: (_, r) => <span data-testid="target-status">{status(r.status)}</span> },
          {
            title: '',
            key: 'actions',
            width: 150,
            // Status and actions stay in view when the table scrolls sideways on a 1366 px screen.
            fixed: 'right',
            render: (_, r) => (
              <Space>
                <Button size="small" disabled={readOnly} onClick={() => setEdit({ target: r, baselineYear: r.baselineYear ?? year })}>{t('targetsEdit.edit')}</Button>
                <Popconfirm title={t('targetsEdit.deleteConfirm', { code: r.code })} onConfirm={() => remove(r.code)} disabled={readOnly}>
                  <Button size="small" danger disabled={readOnly}>{t('targetsEdit.delete')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {edit && <TargetEditModal edit={edit} onClose={() => setEdit(null)} onSaved={changed} />}
      {qualitative.length > 0 && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>{t('targets.qualitative')}</Typography.Title>
          <Table<TargetView>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={qualitative}
            columns={[
              { title: t('targets.target'), key: 'title', width: 320, render: (_, r) => <>{title(r)}{r.targetYear ? <Typography.Text type="secondary"> ({t('targets.byYear', { year: r.targetYear })})</Typography.Text> : null}</> },
              { title: t('targets.status'), key: 'text', render: (_, r) => (lang === 'en' ? r.statusTextEn : r.statusTextZh) ?? '' },
            ]}
          />
        </>
      )}
      <ChecksPanel year={year} revision={revision} {...(onJump ? { onJump } : {})} />
    </div>
  );
}
