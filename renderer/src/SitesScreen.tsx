// The reporting boundary: every site with its names, kind and status; add a site, rename it,
// retire it (its last year in the boundary: its history stays, later values are refused) or
// bring it back. Each change goes through `site:add` / `site:update`.
import { useCallback, useEffect, useState } from 'react';
import { App as AntApp, Button, Space, Table, Tag, Typography } from 'antd';
import type { Site } from '../../shared/domain.js';
import { call } from './api.js';
import { errorText } from './api-error-text.js';
import { useI18n } from './i18n.js';
import { SiteEditModal, type SiteEdit } from './SiteEditModal.js';

interface Props {
  year: number;
  readOnly: boolean;
  onChanged: () => void;
}

export function SitesScreen({ year, readOnly, onChanged }: Props) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [sites, setSites] = useState<Site[] | null>(null);
  const [edit, setEdit] = useState<SiteEdit | null>(null);
  const reload = useCallback(() => void call('site:list', {}).then(setSites, () => setSites([])), []);
  useEffect(reload, [reload]);

  const saved = () => {
    setEdit(null);
    reload();
    onChanged();
  };
  const reinstate = (s: Site) =>
    void call('site:update', { code: s.code, retiredYear: null }).then(saved, (e: unknown) => void message.error(errorText(lang, e)));

  return (
    <div className="screen" data-testid="sites-screen">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('sites.title')}</Typography.Title>
        <Button type="primary" disabled={readOnly} onClick={() => setEdit({ mode: 'add', site: null })} data-testid="site-add">{t('sites.add')}</Button>
      </Space>
      <Table<Site>
        size="small"
        rowKey="code"
        loading={sites === null}
        pagination={false}
        dataSource={sites ?? []}
        data-testid="sites-table"
        columns={[
          { title: t('sites.code'), dataIndex: 'code', width: 120 },
          { title: t('sites.nameZh'), dataIndex: 'nameZh' },
          { title: t('sites.nameEn'), dataIndex: 'nameEn', render: (n: string) => <span lang="en">{n}</span> },
          { title: t('sites.kind'), dataIndex: 'kind', width: 120, render: (k: string) => t(`sites.kind.${k}` as never) },
          {
            title: t('sites.status'),
            key: 'status',
            width: 160,
            render: (_, s) => (s.retiredYear === null ? <Tag color="green">{t('sites.active')}</Tag> : <Tag>{t('sites.retiredAfter', { year: s.retiredYear })}</Tag>),
          },
          {
            title: '',
            key: 'actions',
            width: 220,
            render: (_, s) => (
              <Space>
                <Button size="small" disabled={readOnly} onClick={() => setEdit({ mode: 'rename', site: s })}>{t('sites.rename')}</Button>
                {s.retiredYear === null ? (
                  <Button size="small" disabled={readOnly} onClick={() => setEdit({ mode: 'retire', site: s, year })}>{t('sites.retire')}</Button>
                ) : (
                  <Button size="small" disabled={readOnly} onClick={() => reinstate(s)}>{t('sites.reinstate')}</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {edit && <SiteEditModal edit={edit} onClose={() => setEdit(null)} onSaved={saved} />}
    </div>
  );
}
