// Materiality topics (matrix and list), stakeholders, the climate register and the
// disclosure map, as the report will print them.
import { useEffect, useState } from 'react';
import { Table, Tabs, Tag, Typography } from 'antd';
import type { DisclosureEntry } from '../../shared/report/disclosure.js';
import type { MaterialityTopic, Stakeholder } from '../../shared/report/register.js';
import { call } from './api.js';
import { useI18n } from './i18n.js';
import { MaterialityMatrix } from './MaterialityMatrix.js';

interface ClimateRow {
  id: string;
  type: 'risk' | 'opportunity';
  category: string;
  titleZh: string;
  titleEn: string;
  impactsZh: string;
  impactsEn: string;
  horizons: string[];
  responsesZh: string[];
  responsesEn: string[];
}

export function RegistersScreen({ revision }: { revision: number }) {
  const { t, lang, num } = useI18n();
  const en = lang === 'en';
  const [topics, setTopics] = useState<MaterialityTopic[]>([]);
  const [stakeholders, setStakeholders] = useState<Stakeholder[]>([]);
  const [climate, setClimate] = useState<ClimateRow[]>([]);
  const [disclosures, setDisclosures] = useState<DisclosureEntry[]>([]);
  useEffect(() => {
    void call('register:list', { kind: 'topics' }).then((r) => setTopics(r as unknown as MaterialityTopic[]), () => undefined);
    void call('register:list', { kind: 'stakeholders' }).then((r) => setStakeholders(r as unknown as Stakeholder[]), () => undefined);
    void call('register:list', { kind: 'climate' }).then((r) => setClimate(r as unknown as ClimateRow[]), () => undefined);
    void call('register:list', { kind: 'disclosures' }).then((r) => setDisclosures(r as unknown as DisclosureEntry[]), () => undefined);
  }, [revision]);
  const list = (xs: string[]) => <ul style={{ margin: 0, paddingLeft: 18 }}>{xs.map((x) => <li key={x}>{x}</li>)}</ul>;

  return (
    <div className="screen" data-testid="registers-screen">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('registers.title')}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'matrix',
            label: t('registers.matrix'),
            children: (
              <>
                <MaterialityMatrix topics={topics} />
                <Table<MaterialityTopic>
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={topics}
                  style={{ maxWidth: 900 }}
                  columns={[
                    { title: t('registers.topic'), key: 'name', render: (_, x) => (en ? x.nameEn : x.nameZh) },
                    { title: t('registers.category'), dataIndex: 'category', key: 'category', width: 90, render: (c: string) => <Tag>{c}</Tag> },
                    { title: t('registers.businessScore'), key: 'b', width: 160, align: 'right', render: (_, x) => num(x.businessScore, 1) },
                    { title: t('registers.stakeholderScore'), key: 's', width: 160, align: 'right', render: (_, x) => num(x.stakeholderScore, 1) },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'stakeholders',
            label: t('registers.stakeholders'),
            children: (
              <Table<Stakeholder>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={stakeholders}
                columns={[
                  { title: t('registers.group'), key: 'g', width: 200, render: (_, x) => (en ? x.groupEn : x.groupZh) },
                  { title: t('registers.expectations'), key: 'e', render: (_, x) => list(en ? x.expectationsEn : x.expectationsZh) },
                  { title: t('registers.channels'), key: 'c', render: (_, x) => list(en ? x.channelsEn : x.channelsZh) },
                ]}
              />
            ),
          },
          {
            key: 'climate',
            label: t('registers.climate'),
            children: (
              <Table<ClimateRow>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={climate}
                columns={[
                  { title: t('registers.type'), key: 'type', width: 150, render: (_, x) => <><Tag color={x.type === 'risk' ? 'red' : 'green'}>{x.type}</Tag><div style={{ fontSize: 12 }}>{x.category}</div></> },
                  { title: t('registers.name'), key: 'name', width: 220, render: (_, x) => (en ? x.titleEn : x.titleZh) },
                  { title: t('registers.impact'), key: 'impact', render: (_, x) => (en ? x.impactsEn : x.impactsZh) },
                  { title: t('registers.horizon'), key: 'h', width: 120, render: (_, x) => x.horizons.join(', ') },
                  { title: t('registers.response'), key: 'r', render: (_, x) => list(en ? x.responsesEn : x.responsesZh) },
                ]}
              />
            ),
          },
          {
            key: 'disclosures',
            label: t('registers.disclosures'),
            children: (
              <Table<DisclosureEntry>
                size="small"
                rowKey={(x) => `${x.framework}:${x.itemCode}`}
                pagination={false}
                dataSource={disclosures}
                columns={[
                  { title: t('registers.framework'), dataIndex: 'framework', key: 'f', width: 110 },
                  { title: t('registers.item'), dataIndex: 'itemCode', key: 'i', width: 120 },
                  {
                    title: t('registers.sections'),
                    key: 's',
                    render: (_, x) => (x.status === 'not_applicable' ? <Tag color="default">{t('registers.na', { reason: en ? x.reasonEn : x.reasonZh })}</Tag> : [...x.sections, ...x.metrics].join(', ')),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
