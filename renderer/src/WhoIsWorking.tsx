// Who is working: the header shows the person and a button to change; when the workspace has
// people and this machine has not chosen one for it yet, a dialog asks before anything else.
import { useState } from 'react';
import { Button, Modal, Select, Space, Typography } from 'antd';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { rememberPerson, usePeople } from './people-context.js';

export function WhoIsWorking() {
  const { t } = useI18n();
  const { view, me, reload } = usePeople();
  const [asking, setAsking] = useState(false);
  const [choice, setChoice] = useState<number | null>(null);
  if (!view || view.people.length === 0) return null;
  const active = view.people.filter((p) => p.active);
  const open = asking || me === null;
  const choose = async () => {
    if (choice === null) return;
    await call('people:use', { id: choice });
    rememberPerson(view.workspaceId, choice);
    setAsking(false);
    await reload();
  };
  return (
    <>
      <Space size={4} data-testid="who-is-working">
        <Typography.Text type="secondary">{t('who.label')}</Typography.Text>
        <Typography.Text strong data-testid="who-name">{me?.name ?? t('who.nobody')}</Typography.Text>
        <Button size="small" onClick={() => { setChoice(me?.id ?? null); setAsking(true); }}>{t('who.change')}</Button>
      </Space>
      <Modal
        open={open}
        title={t('who.title')}
        closable={me !== null}
        maskClosable={false}
        onCancel={() => setAsking(false)}
        okText={t('who.choose')}
        okButtonProps={{ disabled: choice === null, 'data-testid': 'who-ok' } as never}
        cancelButtonProps={{ style: me === null ? { display: 'none' } : {} }}
        onOk={() => void choose()}
      >
        <Typography.Paragraph type="secondary">{t('who.hint')}</Typography.Paragraph>
        <Select
          style={{ width: '100%' }}
          value={choice ?? undefined}
          onChange={(v: number) => setChoice(v)}
          data-testid="who-select"
          options={active.map((p) => ({ value: p.id, label: `${p.name} — ${p.roles.map((g) => t(`role.${g.role}`) + (g.department ? ` (${g.department})` : '')).join(', ')}` }))}
        />
      </Modal>
    </>
  );
}
