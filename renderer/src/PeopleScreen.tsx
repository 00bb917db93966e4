// People and roles: who works on the report and what each may do. A data owner is named per
// department; the validator approves or returns values; the ESG lead and reviewers sign the
// edition off. Changes go through `people:add` / `people:update` (validated in main).
import { useState } from 'react';
import { App as AntApp, Button, Checkbox, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { ROLES, type Person, type Role, type RoleGrant } from '../../shared/review/people.js';
import { call } from './api.js';
import { errorText } from './api-error-text.js';
import { useCatalogue } from './catalogue-context.js';
import { useI18n } from './i18n.js';
import { usePeople } from './people-context.js';

interface Draft {
  id: number | null;
  name: string;
  email: string;
  active: boolean;
  roles: Role[];
  departments: string[];
}

const toDraft = (p: Person | null): Draft => ({
  id: p?.id ?? null,
  name: p?.name ?? '',
  email: p?.email ?? '',
  active: p?.active ?? true,
  roles: [...new Set((p?.roles ?? []).map((g) => g.role))],
  departments: (p?.roles ?? []).filter((g) => g.role === 'data_owner').map((g) => g.department),
});

function grants(d: Draft): RoleGrant[] {
  return d.roles.flatMap((role): RoleGrant[] => (role === 'data_owner' ? d.departments.map((department) => ({ role, department })) : [{ role, department: '' }]));
}

export function PeopleScreen({ readOnly }: { readOnly: boolean }) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const cat = useCatalogue();
  const { view, reload } = usePeople();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const deptName = (code: string) => {
    const d = cat.view.departments.find((x) => x.code === code);
    return d ? (lang === 'en' ? d.nameEn : d.nameZh) : code;
  };

  const save = async () => {
    if (!draft) return;
    try {
      if (draft.id === null) await call('people:add', { name: draft.name, email: draft.email, roles: grants(draft) });
      else await call('people:update', { id: draft.id, name: draft.name, email: draft.email, active: draft.active, roles: grants(draft) });
      setDraft(null);
      setError(null);
      await reload();
    } catch (e) {
      setError(errorText(lang, e));
      void message.error(errorText(lang, e));
    }
  };

  return (
    <div className="screen" data-testid="people-screen">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('people.title')}</Typography.Title>
        <Button type="primary" disabled={readOnly} onClick={() => { setError(null); setDraft(toDraft(null)); }} data-testid="person-add">{t('people.add')}</Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('people.hint')}</Typography.Paragraph>
      <Table<Person>
        size="small"
        rowKey="id"
        pagination={false}
        loading={view === null}
        dataSource={view?.people ?? []}
        locale={{ emptyText: t('people.none') }}
        data-testid="people-table"
        columns={[
          { title: t('people.name'), dataIndex: 'name' },
          { title: t('people.email'), dataIndex: 'email' },
          {
            title: t('people.roles'),
            key: 'roles',
            render: (_, p) => p.roles.map((g) => <Tag key={`${g.role}:${g.department}`}>{g.role === 'data_owner' ? t('people.ownerOf', { department: deptName(g.department) }) : t(`role.${g.role}`)}</Tag>),
          },
          { title: t('people.active'), key: 'active', width: 90, render: (_, p) => (p.active ? <Tag color="green">✓</Tag> : <Tag>—</Tag>) },
          { title: '', key: 'edit', width: 90, render: (_, p) => <Button size="small" disabled={readOnly} onClick={() => { setError(null); setDraft(toDraft(p)); }}>{t('people.edit')}</Button> },
        ]}
      />
      <Modal open={draft !== null} title={draft?.id === null ? t('people.add') : t('people.edit')} onCancel={() => setDraft(null)} onOk={() => void save()} okText={t('people.save')} cancelText={t('people.cancel')} okButtonProps={{ 'data-testid': 'person-save' } as never}>
        {draft && (
          <Form layout="vertical">
            <Form.Item label={t('people.name')} required validateStatus={error ? 'error' : ''} help={error ?? undefined}>
              <Input value={draft.name} maxLength={80} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-testid="person-name" />
            </Form.Item>
            <Form.Item label={t('people.email')}>
              <Input value={draft.email} maxLength={200} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('people.roles')}>
              <Checkbox.Group value={draft.roles} onChange={(v) => setDraft({ ...draft, roles: v as Role[] })} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} data-testid="person-roles" />
            </Form.Item>
            {draft.roles.includes('data_owner') && (
              <Form.Item label={t('people.department')} required>
                <Select mode="multiple" value={draft.departments} onChange={(v: string[]) => setDraft({ ...draft, departments: v })} options={cat.view.departments.map((d) => ({ value: d.code, label: deptName(d.code) }))} data-testid="person-departments" />
              </Form.Item>
            )}
            {draft.id !== null && (
              <Form.Item label={t('people.active')}>
                <Switch checked={draft.active} onChange={(v) => setDraft({ ...draft, active: v })} />
              </Form.Item>
            )}
          </Form>
        )}
      </Modal>
    </div>
  );
}
