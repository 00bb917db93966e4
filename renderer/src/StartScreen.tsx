import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, List, Segmented, Space, Typography } from 'antd';
import type { AppInfo, RecentEntry } from '../../shared/api/contract.js';
import type { Lang } from '../../shared/domain.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';

interface Props {
  info: AppInfo;
  onOpened: () => void;
  onLang: (l: Lang) => void;
}

export function StartScreen({ info, onOpened, onLang }: Props) {
  const { t, lang, date } = useI18n();
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const [newName, setNewName] = useState('sample.esg');
  const [openName, setOpenName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The loopback host takes a bare file name in its folder; the Electron shell asks with a dialog.
  const byName = info.shell === 'host';

  useEffect(() => {
    void call('workspace:recent', {}).then(setRecent, () => setRecent([]));
  }, []);

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      onOpened();
    } catch (e) {
      const code = (e as { error?: { code?: string } }).error?.code;
      if (code !== 'cancelled') setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const create = (sample: boolean) => run(() => call('workspace:create', byName ? { sample, fileName: newName } : { sample }));

  return (
    <div className="start-wrap">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Segmented
          aria-label={t('lang.label')}
          value={lang}
          onChange={(v) => onLang(v as Lang)}
          options={[
            { value: 'zh-Hant', label: '繁體中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Space>
      <Typography.Paragraph type="secondary">{t('start.subtitle')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('start.create')}>
          {byName ? (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input addonBefore={t('start.fileName')} value={newName} onChange={(e) => setNewName(e.target.value)} aria-label={t('start.fileName')} />
              <Typography.Text type="secondary">{t('start.fileNameHint', { dir: info.workspaceDir ?? '' })}</Typography.Text>
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('start.dialogHint')}</Typography.Text>
          )}
          <Space style={{ marginTop: 12 }} wrap>
            <Button type="primary" loading={busy} onClick={() => void create(true)}>
              {t('start.createSample')}
            </Button>
            <Button loading={busy} onClick={() => void create(false)}>
              {t('start.createEmpty')}
            </Button>
          </Space>
        </Card>
        <Card title={t('start.open')}>
          <Space.Compact style={{ width: '100%' }}>
            {byName && <Input value={openName} onChange={(e) => setOpenName(e.target.value)} placeholder={t('start.fileName')} aria-label={t('start.open')} />}
            <Button loading={busy} onClick={() => void run(() => call('workspace:open', byName ? { fileName: openName } : {}))}>
              {t('start.openButton')}
            </Button>
          </Space.Compact>
        </Card>
        <Card title={t('start.recent')}>
          <List
            dataSource={recent}
            locale={{ emptyText: t('start.noRecent') }}
            renderItem={(r) => (
              <List.Item actions={[<Button key="open" type="link" onClick={() => void run(() => call('workspace:open', { recent: r.id }))}>{t('start.openButton')}</Button>]}>
                <List.Item.Meta title={r.fileName} description={`${r.folder} · ${date(r.openedAt)}`} />
              </List.Item>
            )}
          />
        </Card>
      </Space>
    </div>
  );
}
