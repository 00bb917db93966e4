// Materiality topics (matrix and list), stakeholders, the climate register, qualitative
// targets and the disclosure map, as the report will print them; each row can be added,
// edited (a form the server validates field by field) or deleted.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { EditableRegister } from '../../shared/api/contract.js';
import type { DisclosureEntry } from '../../shared/report/disclosure.js';
import type { ClimateItem, MaterialityTopic, QualitativeTarget, Stakeholder } from '../../shared/report/register.js';
import { call } from './api.js';
import { DisclosureTab } from './DisclosureTab.js';
import { useI18n } from './i18n.js';
import { MaterialityMatrix } from './MaterialityMatrix.js';
import { RegisterEditModal, type RegisterEdit } from './RegisterEditModal.js';

interface Props {
  revision: number;
  readOnly: boolean;
}

export function RegistersScreen({ revision, readOnly }: Props) {
  const { t, lang, num } = useI18n();
  const en = lang === 'en';
  const [topics, setTopics] = useState<MaterialityTopic[]>([]);
  const [stakeholders, setStakeholders] = useState<Stakeholder[]>([]);
  const [climate, setClimate] = useState<ClimateItem[]>([]);
  const [qualitative, setQualitative] = useState<QualitativeTarget[]>([]);
  const [disclosures, setDisclosures] = useState<DisclosureEntry[]>([]);
  const [edit, setEdit] = useState<RegisterEdit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback((message?: string) => {
    setError(message ?? null);
    setReloads((n) => n + 1);
  }, []);
  useEffect(() => {
    const list = <T,>(kind: EditableRegister | 'disclosures', set: (rows: T[]) => void) => void call('register:list', { kind }).then((r) => set(r as unknown as T[]), () => undefined);
    list('topics', setTopics);
    list('stakeholders', setStakeholders);
    list('climate', setClimate);
    list('qualitativeTargets', setQualitative);
    list('disclosures', setDisclosures);
  }, [revision, reloads]);
  const list = (xs: string[]) => <ul style={{ margin: 0, paddingLeft: 18 }}>{xs.map((x) => <li key={x}>{x}</li>)}</ul>;

  /** Edit and delete for a row; `key` is what the server looks it up by. */
  const actions = <T extends object>(kind: EditableRegister, key: (x: T) => string, name: (x: T) => string): ColumnType<T> => ({
    title: t('edit.actions'),
    key: 'actions',
    width: 150,
    render: (_, x) => (
      <Space size={4}>
        <Button size="small" disabled={readOnly} onClick={() => setEdit({ kind, row: x as Record<string, unknown> })}>{t('edit.edit')}</Button>
        <Popconfirm title={t('edit.deleteConfirm', { name: name(x) })} okText={t('edit.delete')} cancelText={t('edit.cancel')}
          onConfirm={() => void call('register:delete', { kind, key: key(x) }).then(() => reload(), (e: Error) => reload(e.message))}>
          <Button size="small" danger disabled={readOnly}>{t('edit.delete')}</Button>
        </Popconfirm>
      </Space>
    ),
  });
  const addButton = (kind: EditableRegister) => (
    <Button size="small" disabled={readOnly} onClick={() => setEdit({ kind, row: null })} style={{ alignSelf: 'flex-start' }}>
      {t('edit.add')}
    </Button>
  );

  return (
    <div className="screen" data-testid="registers-screen">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('registers.title')}</Typography.Title>
      <div aria-live="polite">{error && <Alert type="error" showIcon message={error} closable onClose={() => setError(null)} />}</div>
      <Tabs
        items={[
          {
            key: 'matrix',
            label: t('registers.matrix'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <MaterialityMatrix topics={topics} />
                {addButton('topics')}
                <Table<MaterialityTopic>
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={topics}
                  style={{ maxWidth: 1000 }}
                  data-testid="topic-table"
                  columns={[
                    { title: t('registers.topic'), key: 'name', render: (_, x) => (en ? x.nameEn : x.nameZh) },
                    { title: t('registers.category'), dataIndex: 'category', key: 'category', width: 90, render: (c: string) => <Tag>{c}</Tag> },
                    { title: t('registers.businessScore'), key: 'b', width: 160, align: 'right', render: (_, x) => num(x.businessScore, 1) },
                    { title: t('registers.stakeholderScore'), key: 's', width: 160, align: 'right', render: (_, x) => num(x.stakeholderScore, 1) },
                    actions<MaterialityTopic>('topics', (x) => x.id, (x) => (en ? x.nameEn : x.nameZh)),
                  ]}
                />
              </Space>
            ),
          },
          {
            key: 'stakeholders',
            label: t('registers.stakeholders'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                {addButton('stakeholders')}
                <Table<Stakeholder>
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={stakeholders}
                  columns={[
                    { title: t('registers.group'), key: 'g', width: 200, render: (_, x) => (en ? x.groupEn : x.groupZh) },
                    { title: t('registers.expectations'), key: 'e', render: (_, x) => list(en ? x.expectationsEn : x.expectationsZh) },
                    { title: t('registers.channels'), key: 'c', render: (_, x) => list(en ? x.channelsEn : x.channelsZh) },
                    actions<Stakeholder>('stakeholders', (x) => x.id, (x) => (en ? x.groupEn : x.groupZh)),
                  ]}
                />
              </Space>
            ),
          },
          {
            key: 'climate',
            label: t('registers.climate'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                {addButton('climate')}
                <Table<ClimateItem>
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={climate}
                  columns={[
                    { title: t('registers.type'), key: 'type', width: 150, render: (_, x) => <><Tag color={x.type === 'risk' ? 'red' : 'green'}>{t(`edit.type.${x.type}`)}</Tag><div style={{ fontSize: 12 }}>{t(`edit.cat.${x.category}`)}</div></> },
                    { title: t('registers.name'), key: 'name', width: 220, render: (_, x) => (en ? x.titleEn : x.titleZh) },
                    { title: t('registers.impact'), key: 'impact', render: (_, x) => (en ? x.impactsEn : x.impactsZh) },
                    { title: t('registers.horizon'), key: 'h', width: 120, render: (_, x) => x.horizons.map((h) => t(`edit.horizon.${h}`)).join(', ') },
                    { title: t('registers.response'), key: 'r', render: (_, x) => list(en ? x.responsesEn : x.responsesZh) },
                    actions<ClimateItem>('climate', (x) => x.id, (x) => (en ? x.titleEn : x.titleZh)),
                  ]}
                />
              </Space>
            ),
          },
          {
            key: 'qualitative',
            label: t('registers.qualitative'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                {addButton('qualitativeTargets')}
                <Table<QualitativeTarget>
                  size="small"
                  rowKey="code"
                  pagination={false}
                  dataSource={qualitative}
                  columns={[
                    { title: t('edit.code'), dataIndex: 'code', key: 'code', width: 110 },
                    { title: t('registers.category'), key: 'cat', width: 130, render: (_, x) => t(`edit.qcat.${x.category}`) },
                    { title: t('registers.topic'), key: 'title', render: (_, x) => (en ? x.titleEn : x.titleZh) },
                    { title: t('registers.status'), key: 'status', render: (_, x) => (en ? x.statusEn : x.statusZh) },
                    actions<QualitativeTarget>('qualitativeTargets', (x) => x.code, (x) => (en ? x.titleEn : x.titleZh)),
                  ]}
                />
              </Space>
            ),
          },
          {
            key: 'disclosures',
            label: t('registers.disclosures'),
            children: <DisclosureTab disclosures={disclosures} readOnly={readOnly} onChanged={reload} />,
          },
        ]}
      />
      {edit && <RegisterEditModal edit={edit} onClose={() => setEdit(null)} onSaved={() => { setEdit(null); reload(); }} />}
    </div>
  );
}
