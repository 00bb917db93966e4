// Materiality topics (matrix and list), stakeholders, the climate register, qualitative
// targets and the disclosure map, as the report will print them; each row can be added,
// edited (a form the server validates field by field) or deleted.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Tabs, Tag, Typography } from 'antd';
import type { EditableRegister } from '../../shared/api/contract.js';
import type { DisclosureEntry } from '../../shared/report/disclosure.js';
import type { ClimateItem, MaterialityTopic, QualitativeTarget, Stakeholder } from '../../shared/report/register.js';
import { call } from './api.js';
import { DisclosureTab } from './DisclosureTab.js';
import { useI18n } from './i18n.js';
import { MaterialityMatrix } from './MaterialityMatrix.js';
import { RegisterTable } from './RegisterTable.js';

interface Props {
  year: number;
  revision: number;
  readOnly: boolean;
}

export function RegistersScreen({ year, revision, readOnly }: Props) {
  const { t, lang, num } = useI18n();
  const en = lang === 'en';
  const [topics, setTopics] = useState<MaterialityTopic[]>([]);
  const [stakeholders, setStakeholders] = useState<Stakeholder[]>([]);
  const [climate, setClimate] = useState<ClimateItem[]>([]);
  const [qualitative, setQualitative] = useState<QualitativeTarget[]>([]);
  const [disclosures, setDisclosures] = useState<DisclosureEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback((message?: string) => {
    setError(message ?? null);
    setReloads((n) => n + 1);
  }, []);
  useEffect(() => {
    const list = <T,>(kind: EditableRegister | 'disclosures', set: (rows: T[]) => void) => void call('register:list', { year, kind }).then((r) => set(r as unknown as T[]), () => undefined);
    list('topics', setTopics);
    list('stakeholders', setStakeholders);
    list('climate', setClimate);
    list('qualitativeTargets', setQualitative);
    list('disclosures', setDisclosures);
  }, [year, revision, reloads]);
  const list = (xs: string[]) => <ul style={{ margin: 0, paddingLeft: 18 }}>{xs.map((x) => <li key={x}>{x}</li>)}</ul>;

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
              <RegisterTable<MaterialityTopic>
                kind="topics"
                rows={topics}
                rowKey="id"
                name={(x) => (en ? x.nameEn : x.nameZh)}
                readOnly={readOnly}
                onChanged={reload}
                header={<MaterialityMatrix topics={topics} />}
                style={{ maxWidth: 1000 }}
                testId="topic-table"
                columns={[
                  { title: t('registers.topic'), key: 'name', render: (_, x) => (en ? x.nameEn : x.nameZh) },
                  { title: t('registers.category'), dataIndex: 'category', key: 'category', width: 90, render: (c: string) => <Tag>{c}</Tag> },
                  { title: t('registers.businessScore'), key: 'b', width: 160, align: 'right', render: (_, x) => num(x.businessScore, 1) },
                  { title: t('registers.stakeholderScore'), key: 's', width: 160, align: 'right', render: (_, x) => num(x.stakeholderScore, 1) },
                ]}
              />
            ),
          },
          {
            key: 'stakeholders',
            label: t('registers.stakeholders'),
            children: (
              <RegisterTable<Stakeholder>
                kind="stakeholders"
                rows={stakeholders}
                rowKey="id"
                name={(x) => (en ? x.groupEn : x.groupZh)}
                readOnly={readOnly}
                onChanged={reload}
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
              <RegisterTable<ClimateItem>
                kind="climate"
                rows={climate}
                rowKey="id"
                name={(x) => (en ? x.titleEn : x.titleZh)}
                readOnly={readOnly}
                onChanged={reload}
                columns={[
                  { title: t('registers.type'), key: 'type', width: 150, render: (_, x) => <><Tag color={x.type === 'risk' ? 'red' : 'green'}>{t(`edit.type.${x.type}`)}</Tag><div style={{ fontSize: 12 }}>{t(`edit.cat.${x.category}`)}</div></> },
                  { title: t('registers.name'), key: 'name', width: 220, render: (_, x) => (en ? x.titleEn : x.titleZh) },
                  { title: t('registers.impact'), key: 'impact', render: (_, x) => (en ? x.impactsEn : x.impactsZh) },
                  { title: t('registers.horizon'), key: 'h', width: 120, render: (_, x) => x.horizons.map((h) => t(`edit.horizon.${h}`)).join(', ') },
                  { title: t('registers.response'), key: 'r', render: (_, x) => list(en ? x.responsesEn : x.responsesZh) },
                ]}
              />
            ),
          },
          {
            key: 'qualitative',
            label: t('registers.qualitative'),
            children: (
              <RegisterTable<QualitativeTarget>
                kind="qualitativeTargets"
                rows={qualitative}
                rowKey="code"
                name={(x) => (en ? x.titleEn : x.titleZh)}
                readOnly={readOnly}
                onChanged={reload}
                columns={[
                  { title: t('edit.code'), dataIndex: 'code', key: 'code', width: 110 },
                  { title: t('registers.category'), key: 'cat', width: 130, render: (_, x) => t(`edit.qcat.${x.category}`) },
                  { title: t('registers.topic'), key: 'title', render: (_, x) => (en ? x.titleEn : x.titleZh) },
                  { title: t('registers.status'), key: 'status', render: (_, x) => (en ? x.statusEn : x.statusZh) },
                ]}
              />
            ),
          },
          {
            key: 'disclosures',
            label: t('registers.disclosures'),
            children: <DisclosureTab disclosures={disclosures} readOnly={readOnly} onChanged={reload} />,
          },
        ]}
      />
    </div>
  );
}
