// Blocks generated from data: which metrics and years a KPI table or trend chart shows, which
// targets a target table lists, what a register block shows, and the caption per language.
// A static table is typed as lines of cells ("a | b"), the first line its header.
import { Fragment, useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Input, Select, Space, Typography } from 'antd';
import type { Lang } from '../../shared/domain.js';
import type { Block } from '../../shared/report/blocks.js';
import { call } from './api.js';
import { useCatalogue } from './catalogue-context.js';
import { dimsLabel } from './dims-label.js';
import { useI18n } from './i18n.js';
import { useBlockSave } from './use-block-save.js';
import { readDraft } from './block-drafts.js';
import { GovernanceDiagramView } from './GovernanceDiagramView.js';
import { FrontMatterPreview } from './FrontMatterPreview.js';
import { newShareConfig, ShareChartFields, type ShareConfig } from './ShareChartFields.js';
import { FRONT_MATTER_KINDS, type FrontMatterKind } from '../../shared/report/front-matter.js';

interface Props {
  block: Block;
  year: number;
  readOnly: boolean;
  onSaved: () => void;
}

type Row = { metric: string; dims?: Record<string, string> } & Record<string, unknown>;
type Config = { rows?: Row[]; metrics?: Row[]; years?: number[]; kind?: string; targets?: string[]; include_qualitative?: boolean; type?: string; group?: string; show_matrix?: boolean; framework?: string } & Record<string, unknown>;
type Tier = { name: string; role?: string; members?: string[] };
type Content = { caption?: string; header?: string[]; rows?: string[][]; tiers?: Tier[] } & Record<string, unknown>;

const LANGS: Lang[] = ['zh-Hant', 'en'];
const OFFSETS = [-4, -3, -2, -1, 0];
const rowKey = (r: Row) => `${r.metric}|${Object.entries(r.dims ?? {}).sort().map(([k, v]) => `${k}=${v}`).join(';')}`;
const tableText = (c: Content) => [c.header ?? [], ...(c.rows ?? [])].map((r) => r.join(' | ')).join('\n');
const parseTable = (text: string) => {
  const lines = text.split('\n').filter((l) => l.trim() !== '').map((l) => l.split('|').map((c) => c.trim()));
  return { header: lines[0] ?? [], rows: lines.slice(1) };
};

// A governance structure is typed one tier per line: "name | role | member; member".
const tiersText = (c: Content) => (c.tiers ?? []).map((x) => [x.name, x.role ?? '', (x.members ?? []).join('; ')].join(' | ').replace(/( \| )+$/, '')).join('\n');
const parseTiers = (text: string): Tier[] =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [name = '', role = '', members = ''] = l.split('|').map((c) => c.trim());
      return { name, role, members: members.split(/[;；]/).map((m) => m.trim()).filter(Boolean) };
    });

export function BlockConfigForm({ block, year, readOnly, onSaved }: Props) {
  const { t, metricName, lang } = useI18n();
  const cat = useCatalogue();
  // This window's unsaved draft over the saved block, when one was left (see block-drafts.ts).
  const [draft] = useState(() => readDraft(block));
  const [config, setConfig] = useState<Config>((draft ?? block).config as Config);
  const [content, setContent] = useState<Record<Lang, Content>>((draft ?? block).content as unknown as Record<Lang, Content>);
  const [tables, setTables] = useState<Record<Lang, string>>({ 'zh-Hant': tableText(content['zh-Hant']), en: tableText(content.en) });
  const [tierTexts, setTierTexts] = useState<Record<Lang, string>>({ 'zh-Hant': tiersText(content['zh-Hant']), en: tiersText(content.en) });
  const [targets, setTargets] = useState<{ value: string; label: string }[]>([]);

  useEffect(() => {
    if (block.type !== 'target_table') return;
    void call('targets:list', { year }).then((ts) => setTargets(ts.map((x) => ({ value: x.code, label: `${x.code} ${lang === 'en' ? x.titleEn : x.titleZh}` }))), () => undefined);
  }, [block.type, year, lang]);

  const change = (c: Partial<Config>) => {
    setConfig((prev) => ({ ...prev, ...c }));
    markEdited();
  };
  const setCaption = (l: Lang, caption: string) => {
    setContent((prev) => ({ ...prev, [l]: { ...prev[l], caption } }));
    markEdited();
  };

  const rowsField = block.type === 'kpi_table' ? 'rows' : 'metrics';
  const rows = (config[rowsField] as Row[] | undefined) ?? [];
  const metricOptions = [
    ...rows.filter((r) => Object.keys(r.dims ?? {}).length > 0).map((r) => ({ value: rowKey(r), label: `${metricName(cat.byCode.get(r.metric), r.metric)} · ${dimsLabel(r.dims ?? {}, cat, lang, '')}` })),
    ...cat.view.metrics.filter((m) => m.kind !== 'factor').map((m) => ({ value: `${m.code}|`, label: `${metricName(m, m.code)} (${m.code})` })),
  ];
  const setRows = (keys: string[]) => {
    const byKey = new Map(rows.map((r) => [rowKey(r), r]));
    change({ [rowsField]: keys.map((k) => byKey.get(k) ?? { metric: k.split('|')[0] ?? k }) });
  };

  const body = () => ({
    type: block.type,
    config,
    content: Object.fromEntries(
      LANGS.map((l) => [l, block.type === 'static_table' ? { ...content[l], ...parseTable(tables[l]) } : block.type === 'governance_structure' ? { ...content[l], tiers: parseTiers(tierTexts[l]) } : content[l]]),
    ) as Record<Lang, Content>,
  });
  const { dirty, status, markEdited, clearStatus, save, onBlur } = useBlockSave(block, draft, onSaved, body);

  const showsMetrics = block.type === 'kpi_table' || (block.type === 'chart' && config.kind === 'kpi_trend');
  return (
    <div className="form-grid" data-testid="block-config" onBlur={onBlur}>
      {block.type === 'chart' && (
        <>
          <label>{t('block.chartKind')}</label>
          <Select aria-label={t('block.chartKind')} value={config.kind} disabled={readOnly} style={{ width: 240 }}
            onChange={(kind: string) => {
              // A new kind starts from its own fields: the strict config refuses another kind's.
              setConfig(kind === 'kpi_trend' ? { kind, metrics: [{ metric: cat.view.metrics[0]?.code ?? '' }], years: [-2, -1, 0] } : kind === 'kpi_share' ? { ...newShareConfig(cat.view.metrics) } : { kind });
              markEdited();
            }}
            options={['kpi_trend', 'kpi_share', 'materiality_matrix'].map((k) => ({ value: k, label: t(`block.chart.${k as 'kpi_trend'}`) }))} />
        </>
      )}
      {block.type === 'chart' && config.kind === 'kpi_share' && (
        <ShareChartFields config={config as unknown as ShareConfig} year={year} readOnly={readOnly} caption={content[lang].caption ?? ''}
          onChange={(c) => { setConfig(c as unknown as Config); markEdited(); }} />
      )}
      {showsMetrics && (
        <>
          <label>{t('block.metrics')}</label>
          <Select mode="multiple" aria-label={t('block.metrics')} value={rows.map(rowKey)} onChange={setRows} disabled={readOnly} options={metricOptions} optionFilterProp="label" status={rows.length ? undefined : 'error'} />
          <label>{t('block.years')}</label>
          <Checkbox.Group value={config.years ?? [0]} disabled={readOnly} onChange={(v) => change({ years: [...(v as number[])].sort((a, b) => a - b) })}
            options={OFFSETS.map((o) => ({ value: o, label: o === 0 ? `${t('block.yearCurrent')} (${year})` : `${t('block.yearBefore', { n: -o })} (${year + o})` }))} />
        </>
      )}
      {block.type === 'target_table' && (
        <>
          <label>{t('block.targets')}</label>
          <Select mode="multiple" aria-label={t('block.targets')} value={config.targets ?? []} onChange={(v: string[]) => change({ targets: v })} disabled={readOnly} options={targets} optionFilterProp="label" />
          <span />
          <Checkbox checked={config.include_qualitative ?? true} disabled={readOnly} onChange={(e) => change({ include_qualitative: e.target.checked })}>{t('block.qualitative')}</Checkbox>
        </>
      )}
      {block.type === 'climate_register' && (
        <>
          <label>{t('block.climateShow')}</label>
          <Select aria-label={t('block.climateShow')} value={config.type ?? 'all'} disabled={readOnly} style={{ width: 240 }} onChange={(v: string) => change({ type: v })}
            options={(['all', 'risk', 'opportunity'] as const).map((k) => ({ value: k, label: t(`block.climate.${k}`) }))} />
          <label>{t('block.climateGroup')}</label>
          <Select aria-label={t('block.climateGroup')} value={config.group ?? 'all'} disabled={readOnly || config.type === 'opportunity'} style={{ width: 240 }} onChange={(v: string) => change({ group: v })}
            options={(['all', 'physical', 'transition'] as const).map((k) => ({ value: k, label: t(`block.climateGroup.${k}`) }))} />
        </>
      )}
      {block.type === 'materiality' && (
        <>
          <span />
          <Checkbox checked={config.show_matrix ?? true} disabled={readOnly} onChange={(e) => change({ show_matrix: e.target.checked })}>{t('block.showMatrix')}</Checkbox>
        </>
      )}
      {block.type === 'front_matter' && (
        <>
          <label>{t('frontMatter.kind')}</label>
          <Select aria-label={t('frontMatter.kind')} value={config.kind} disabled={readOnly} style={{ maxWidth: 480 }} data-testid="front-matter-kind" onChange={(kind: string) => change({ kind })}
            options={FRONT_MATTER_KINDS.map((k) => ({ value: k, label: t(`frontMatter.kind.${k}`) }))} />
          <span />
          <FrontMatterPreview year={year} kind={(config.kind ?? 'board_approval') as FrontMatterKind} />
        </>
      )}
      {block.type === 'disclosure_index' && (
        <>
          <label>{t('block.framework')}</label>
          <Select aria-label={t('block.framework')} value={config.framework} disabled={readOnly} style={{ width: 240 }} onChange={(v: string) => change({ framework: v })}
            options={[{ value: 'hkex', label: 'HKEX' }, { value: 'sasb', label: 'SASB' }, { value: 'partd', label: t('disc.partd') }]} />
        </>
      )}
      {LANGS.map((l) => (
        <Fragment key={l}>
          <label htmlFor={`caption-${l}`}>{l === 'en' ? t('block.captionEn') : t('block.captionZh')}</label>
          <Input id={`caption-${l}`} lang={l} value={content[l].caption ?? ''} disabled={readOnly} onChange={(e) => setCaption(l, e.target.value)} />
        </Fragment>
      ))}
      {block.type === 'static_table' &&
        LANGS.map((l) => (
          <Fragment key={l}>
            <label>{l === 'en' ? t('block.tableEn') : t('block.tableZh')}</label>
            <Input.TextArea aria-label={l === 'en' ? t('block.tableEn') : t('block.tableZh')} lang={l} value={tables[l]} disabled={readOnly} autoSize={{ minRows: 3, maxRows: 12 }} placeholder={t('block.tableHint')}
              onChange={(e) => { setTables((prev) => ({ ...prev, [l]: e.target.value })); markEdited(); }} />
          </Fragment>
        ))}
      {block.type === 'governance_structure' && (
        <>
          <span />
          <Checkbox checked={config.show_table !== false} disabled={readOnly} onChange={(e) => change({ show_table: e.target.checked })}>{t('block.governance.showTable')}</Checkbox>
          {LANGS.map((l) => {
            const name = l === 'en' ? t('block.governance.tiersEn') : t('block.governance.tiersZh');
            return (
              <Fragment key={l}>
                <label>{name}</label>
                <Input.TextArea aria-label={name} lang={l} value={tierTexts[l]} disabled={readOnly} autoSize={{ minRows: 3, maxRows: 12 }} data-testid={`tiers-${l}`}
                  onChange={(e) => { setTierTexts((prev) => ({ ...prev, [l]: e.target.value })); markEdited(); }} />
              </Fragment>
            );
          })}
          <span />
          <GovernanceDiagramView tiers={parseTiers(tierTexts[lang]).map((x) => ({ name: x.name, members: x.members ?? [] }))} label={content[lang].caption ?? ''} />
        </>
      )}
      {block.type !== 'static_table' && block.type !== 'governance_structure' && <><span /><Typography.Text type="secondary">{t('block.generated')}</Typography.Text></>}
      <span />
      <Space>
        <Button type="primary" size="small" onClick={() => void save()} disabled={readOnly || !dirty}>{t('block.save')}</Button>
        {dirty && <Typography.Text type="warning">{t('editor.unsaved')}</Typography.Text>}
      </Space>
      {status && <><span /><div aria-live="polite"><Alert type={status.type} showIcon message={status.text} closable onClose={clearStatus} /></div></>}
    </div>
  );
}
