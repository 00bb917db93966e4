// The fields of a share (pie) chart block and its preview: one metric split by a breakdown, or
// several metrics of one unit, in one year. The preview asks main for the slices (the same
// service the report reads) and draws them with the report's option (shared/report/share-chart.ts);
// labels are drawn by ECharts as text shapes, never as HTML.
import { useEffect, useRef, useState } from 'react';
import { Checkbox, Radio, Select, Typography } from 'antd';
import * as echarts from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { SharePreview } from '../../shared/api/contract.js';
import { shareChartOption } from '../../shared/report/share-chart.js';
import { call } from './api.js';
import { useCatalogue } from './catalogue-context.js';
import { useI18n } from './i18n.js';

echarts.use([PieChart, LegendComponent, SVGRenderer]);

const WIDTH = 520;
const HEIGHT = 320;
const OFFSETS = [-4, -3, -2, -1, 0];

export interface ShareConfig {
  kind: 'kpi_share';
  metric?: string;
  dimension?: string;
  dims?: Record<string, string>;
  parts?: { metric: string; dims?: Record<string, string>; label_zh?: string; label_en?: string }[];
  year?: number;
  donut?: boolean;
}

/** A new share chart: the first metric with a breakdown, split by its first dimension. */
export function newShareConfig(metrics: { code: string; dimensions: string[] }[]): ShareConfig {
  const m = metrics.find((x) => x.dimensions.some((d) => d !== 'site')) ?? metrics[0];
  return { kind: 'kpi_share', metric: m?.code ?? '', dimension: m?.dimensions.find((d) => d !== 'site') ?? 'site', dims: {}, year: 0, donut: true };
}

interface Props {
  config: ShareConfig;
  year: number;
  readOnly: boolean;
  caption: string;
  onChange: (c: ShareConfig) => void;
}

export function ShareChartFields({ config, year, readOnly, caption, onChange }: Props) {
  const { t, lang, metricName } = useI18n();
  const cat = useCatalogue();
  const byMetrics = config.parts !== undefined;
  const metrics = cat.view.metrics.filter((m) => m.kind !== 'factor');
  const metricOptions = metrics.map((m) => ({ value: m.code, label: `${metricName(m, m.code)} (${m.code})` }));
  const def = config.metric ? cat.byCode.get(config.metric) : undefined;
  const dimOptions = (def?.dimensions ?? []).map((k) => {
    const d = cat.view.dimensions.find((x) => x.key === k);
    return { value: k, label: d ? (lang === 'en' ? d.nameEn : d.nameZh) : k };
  });
  const setMode = (parts: boolean) =>
    onChange(parts ? { kind: 'kpi_share', parts: [{ metric: metrics[0]?.code ?? '' }, { metric: metrics[1]?.code ?? '' }], year: config.year ?? 0, donut: config.donut ?? true } : { ...newShareConfig(metrics), year: config.year ?? 0, donut: config.donut ?? true });
  return (
    <>
      <label>{t('block.share.mode')}</label>
      <Radio.Group value={byMetrics ? 'metrics' : 'dimension'} disabled={readOnly} onChange={(e) => setMode(e.target.value === 'metrics')}
        options={[{ value: 'dimension', label: t('block.share.byDimension') }, { value: 'metrics', label: t('block.share.byMetrics') }]} />
      {byMetrics ? (
        <>
          <label>{t('block.share.parts')}</label>
          <Select mode="multiple" aria-label={t('block.share.parts')} value={(config.parts ?? []).map((p) => p.metric)} disabled={readOnly} options={metricOptions} optionFilterProp="label"
            status={(config.parts ?? []).length >= 2 ? undefined : 'error'}
            onChange={(codes: string[]) => onChange({ ...config, parts: codes.map((c) => config.parts?.find((p) => p.metric === c) ?? { metric: c }) })} />
        </>
      ) : (
        <>
          <label>{t('block.share.metric')}</label>
          <Select showSearch aria-label={t('block.share.metric')} value={config.metric} disabled={readOnly} options={metricOptions} optionFilterProp="label"
            onChange={(metric: string) => onChange({ ...config, metric, dimension: cat.byCode.get(metric)?.dimensions[0] ?? 'site', dims: {} })} />
          <label>{t('block.share.dimension')}</label>
          <Select aria-label={t('block.share.dimension')} value={config.dimension} disabled={readOnly} style={{ width: 240 }} options={dimOptions} onChange={(dimension: string) => onChange({ ...config, dimension })} />
        </>
      )}
      <label>{t('block.share.year')}</label>
      <Select aria-label={t('block.share.year')} value={config.year ?? 0} disabled={readOnly} style={{ width: 240 }} onChange={(y: number) => onChange({ ...config, year: y })}
        options={OFFSETS.map((o) => ({ value: o, label: o === 0 ? `${t('block.yearCurrent')} (${year})` : `${t('block.yearBefore', { n: -o })} (${year + o})` }))} />
      <span />
      <Checkbox checked={config.donut !== false} disabled={readOnly} onChange={(e) => onChange({ ...config, donut: e.target.checked })}>{t('block.share.donut')}</Checkbox>
      <span />
      <SharePreviewView config={config} year={year} label={caption} />
    </>
  );
}

function SharePreviewView({ config, year, label }: { config: ShareConfig; year: number; label: string }) {
  const { t, lang } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<SharePreview | null>(null);
  const key = JSON.stringify(config);
  useEffect(() => {
    let live = true;
    void call('chart:share', { year, lang, config: JSON.parse(key) as ShareConfig }).then((p) => live && setPreview(p), () => live && setPreview(null));
    return () => {
      live = false;
    };
  }, [key, year, lang]);
  const data = preview?.ok ? preview.data : null;
  useEffect(() => {
    if (!el.current || !data) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'svg', width: WIDTH, height: HEIGHT });
    chart.setOption({ animation: false, ...shareChartOption(data, lang, { donut: config.donut !== false, width: WIDTH, height: HEIGHT }) });
    return () => chart.dispose();
  }, [data, lang, config.donut]);
  if (preview && !preview.ok) {
    const text = preview.reason === 'units_differ' ? t('block.share.unitsDiffer', { units: (preview.units ?? []).join(', ') }) : t('block.share.noData', { year: year + (config.year ?? 0) });
    return <Typography.Text type="warning" data-testid="share-chart-empty">{text}</Typography.Text>;
  }
  return <div ref={el} role="img" aria-label={label} data-testid="share-chart" style={{ width: WIDTH, height: HEIGHT, maxWidth: '100%' }} />;
}
