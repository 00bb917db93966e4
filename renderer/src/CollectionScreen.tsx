// The collection dashboard of a year: per department, workbooks sent and returned and the
// share of its metrics filled, submitted and approved, with a jump to the first one still
// open; and the assurance pack for the year (`assurance:pack`, written where main chooses).
import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Progress, Space, Table, Tag, Typography } from 'antd';
import type { CollectionDepartmentView } from '../../shared/api/contract.js';
import { call } from './api.js';
import { errorText } from './api-error-text.js';
import { useCatalogue } from './catalogue-context.js';
import { useI18n } from './i18n.js';
import { usePeople } from './people-context.js';
import { mayValidate } from '../../shared/review/people.js';

interface Props {
  year: number;
  revision: number;
  readOnly: boolean;
  shell: 'electron' | 'host';
  onGoto: (metric: string) => void;
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100));

export function CollectionScreen({ year, revision, readOnly, onGoto }: Props) {
  const { t, lang, metricName } = useI18n();
  const cat = useCatalogue();
  const { message } = AntApp.useApp();
  const [rows, setRows] = useState<CollectionDepartmentView[] | null>(null);
  const [packing, setPacking] = useState(false);
  const [packed, setPacked] = useState<string | null>(null);
  const { me } = usePeople();
  const [rev, setRev] = useState(0);
  useEffect(() => {
    let live = true;
    call('collection:dashboard', { year }).then((r) => live && setRows(r), () => live && setRows([]));
    return () => {
      live = false;
    };
  }, [year, revision, rev]);

  const bulk = async (action: 'submit' | 'approve') => {
    try {
      const r = await call('review:act-all', { action, year });
      void message.success(t('review.done', { action: t(action === 'submit' ? 'state.submitted' : 'state.approved'), n: r.changed }));
      setRev((x) => x + 1);
    } catch (e) {
      void message.error(errorText(lang, e));
    }
  };
  const pack = async () => {
    setPacking(true);
    try {
      const r = await call('assurance:pack', { year });
      setPacked(t('assurance.done', { file: r.file, files: r.files }));
    } catch (e) {
      void message.error(errorText(lang, e));
    } finally {
      setPacking(false);
    }
  };

  const bar = (n: number, of: number, id: string) => (
    <Space size={4} data-testid={id} data-value={`${n}/${of}`}>
      <Progress type="line" size="small" percent={pct(n, of)} style={{ width: 90, margin: 0 }} showInfo={false} />
      <span>{n}/{of}</span>
    </Space>
  );

  return (
    <div className="screen" data-testid="collection-screen">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('collection.title', { year })}</Typography.Title>
        <Space>
          {!readOnly && me && me.roles.some((g) => g.role === 'data_owner' || g.role === 'esg_lead') && <Button onClick={() => void bulk('submit')} data-testid="submit-all">{t('review.submitAll')}</Button>}
          {!readOnly && me && mayValidate(me) && <Button onClick={() => void bulk('approve')} data-testid="approve-all">{t('review.approveAll')}</Button>}
        <Button type="primary" loading={packing} onClick={() => void pack()} data-testid="assurance-pack" title={t('assurance.hint')}>{t('assurance.button')}</Button>
        </Space>
      </Space>
      {packed && <Alert type="success" showIcon message={packed} closable onClose={() => setPacked(null)} data-testid="assurance-done" />}
      <Table<CollectionDepartmentView>
        size="small"
        rowKey="code"
        pagination={false}
        loading={rows === null}
        dataSource={rows ?? []}
        data-testid="collection-table"
        columns={[
          { title: t('collection.department'), key: 'dept', render: (_, r) => (lang === 'en' ? r.nameEn : r.nameZh) || r.code },
          { title: t('collection.sent'), dataIndex: 'sent', width: 110, align: 'right' },
          { title: t('collection.returned'), dataIndex: 'returned', width: 90, align: 'right' },
          { title: t('collection.filled'), key: 'filled', width: 150, render: (_, r) => bar(r.filled, r.metrics, `filled-${r.code}`) },
          { title: t('collection.submitted'), key: 'submitted', width: 150, render: (_, r) => bar(r.submitted, r.metrics, `submitted-${r.code}`) },
          { title: t('collection.approved'), key: 'approved', width: 150, render: (_, r) => bar(r.approved, r.metrics, `approved-${r.code}`) },
          {
            title: t('collection.open'),
            key: 'open',
            render: (_, r) => {
              const first = r.open[0];
              if (!first) return <Tag color="green">{t('collection.allDone')}</Tag>;
              return (
                <Space size={4} wrap>
                  {r.open.slice(0, 3).map((o) => (
                    <Tag key={o.metric} color={o.status === 'returned' ? 'red' : o.status === 'missing' ? 'default' : 'blue'}>
                      {metricName(cat.byCode.get(o.metric), o.metric)} · {o.status === 'missing' ? '—' : t(`state.${o.status}`)}
                    </Tag>
                  ))}
                  {r.open.length > 3 && <span>+{r.open.length - 3}</span>}
                  <Button size="small" type="link" onClick={() => onGoto(first.metric)} data-testid={`goto-${r.code}`}>{t('collection.goto')}</Button>
                </Space>
              );
            },
          },
        ]}
      />
    </div>
  );
}
