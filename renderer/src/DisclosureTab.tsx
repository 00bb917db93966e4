// The disclosure map by framework: every item of HKEX, SASB or Part D with where it is
// disclosed or why not; set an item (disclosed / not applicable) or remove it from the map.
import { useEffect, useState } from 'react';
import { Button, Popconfirm, Segmented, Space, Table, Tag } from 'antd';
import type { FrameworkItemView } from '../../shared/api/contract.js';
import type { DisclosureEntry, Framework } from '../../shared/report/disclosure.js';
import type { Section } from '../../shared/report/outline.js';
import { call } from './api.js';
import { DisclosureEditModal } from './DisclosureEditModal.js';
import { useI18n } from './i18n.js';
import { useEdition } from './edition-context.js';

interface Props {
  disclosures: DisclosureEntry[];
  readOnly: boolean;
  onChanged: (error?: string) => void;
}

export function DisclosureTab({ disclosures, readOnly, onChanged }: Props) {
  const { t, lang } = useI18n();
  const { year } = useEdition();
  const en = lang === 'en';
  const [framework, setFramework] = useState<Framework>('hkex');
  const [items, setItems] = useState<FrameworkItemView[]>([]);
  const [sections, setSections] = useState<Section[]>([]);
  const [editing, setEditing] = useState<FrameworkItemView | null>(null);
  useEffect(() => void call('disclosure:items', { framework }).then(setItems, () => undefined), [framework]);
  useEffect(() => void call('outline:get', { year }).then((o) => setSections(o.sections), () => undefined), [year]);
  const entryOf = (code: string) => disclosures.find((d) => d.framework === framework && d.itemCode === code) ?? null;
  const sectionTitle = (id: string) => {
    const s = sections.find((x) => x.id === id);
    return s ? (en ? s.titleEn : s.titleZh) : id;
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented<Framework> aria-label={t('registers.framework')} value={framework} onChange={setFramework} options={[{ value: 'hkex', label: 'HKEX' }, { value: 'sasb', label: 'SASB' }, { value: 'partd', label: t('disc.partd') }]} />
      <Table<FrameworkItemView>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={items}
        data-testid="disclosure-table"
        columns={[
          { title: t('registers.item'), dataIndex: 'code', key: 'code', width: 100 },
          { title: t('disc.title'), key: 'title', render: (_, x) => (en ? x.titleEn : x.titleZh) },
          {
            title: t('registers.sections'),
            key: 'where',
            render: (_, x) => {
              const e = entryOf(x.code);
              if (!e) return <Tag>{t('disc.unmapped')}</Tag>;
              if (e.status === 'not_applicable') return <Tag color="default">{t('registers.na', { reason: en ? e.reasonEn : e.reasonZh })}</Tag>;
              return [...e.sections.map(sectionTitle), ...e.metrics].join(', ');
            },
          },
          {
            title: t('edit.actions'),
            key: 'a',
            width: 200,
            render: (_, x) => (
              <Space size={4}>
                <Button size="small" disabled={readOnly} onClick={() => setEditing(x)}>{t('disc.set')}</Button>
                {entryOf(x.code) && (
                  <Popconfirm title={t('disc.removeConfirm', { item: x.code })} okText={t('edit.delete')} cancelText={t('edit.cancel')}
                    onConfirm={() => void call('disclosure:remove', { year, framework, itemCode: x.code }).then(() => onChanged(), (e: Error) => onChanged(e.message))}>
                    <Button size="small" danger disabled={readOnly}>{t('edit.delete')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <DisclosureEditModal item={editing} entry={entryOf(editing.code)} sections={sections} onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); onChanged(); }} />
      )}
    </Space>
  );
}
