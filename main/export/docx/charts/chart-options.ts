// ECharts options of the report's charts, from the document model only. Sizes are in CSS
// pixels (96 per inch); the document scales the image to the text width.
import type { EChartsOption } from 'echarts';
import type { Lang } from '../../../../shared/domain.js';
import { ESG_CATEGORY, named, t } from '../labels.js';
import type { TrendChart } from '../model.js';

const PALETTE = ['#1f6f8b', '#e07a1f', '#5b8c3a', '#8e5ea2', '#c0392b', '#7f8c8d'];
const CATEGORY_COLOR: Record<string, string> = { E: '#5b8c3a', S: '#1f6f8b', G: '#e07a1f' };

export interface MatrixTopic {
  name: string;
  category: string;
  stakeholderScore: number;
  businessScore: number;
}

/** Materiality matrix: business importance across, stakeholder importance up, one colour per E/S/G. */
export function materialityOption(topics: MatrixTopic[], lang: Lang): EChartsOption {
  const scores = topics.flatMap((x) => [x.stakeholderScore, x.businessScore]);
  const min = Math.max(0, Math.floor(Math.min(...scores, 10)) - 1);
  const max = Math.max(min + 1, Math.min(10, Math.ceil(Math.max(...scores, 0))));
  const cats = [...new Set(topics.map((x) => x.category))].sort((a, b) => 'ESG'.indexOf(a) - 'ESG'.indexOf(b));
  return {
    grid: { left: 70, right: 32, top: 48, bottom: 60 },
    legend: { top: 8, data: cats.map((c) => named(ESG_CATEGORY, c, lang)) },
    xAxis: { type: 'value', name: t('matrixX', lang), nameLocation: 'middle', nameGap: 32, min, max, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'value', name: t('matrixY', lang), nameLocation: 'middle', nameGap: 44, min, max, splitLine: { lineStyle: { type: 'dashed' } } },
    series: cats.map((c) => ({
      type: 'scatter',
      name: named(ESG_CATEGORY, c, lang),
      symbolSize: 10,
      itemStyle: { color: CATEGORY_COLOR[c] ?? '#555555' },
      label: { show: true, position: 'right', fontSize: 9, formatter: (p: { data: unknown }) => (p.data as { value: [number, number, string] }).value[2] },
      labelLayout: { hideOverlap: true },
      // Labels of the points near the right edge go to their left, so that none is cut off.
      data: topics
        .filter((x) => x.category === c)
        .map((x) => ({ value: [x.businessScore, x.stakeholderScore, x.name], label: { position: x.businessScore > max - 1.5 ? 'left' : 'right' } })),
    })),
  };
}

/** KPI trend: one bar series per metric over the years, the values on the bars. */
export function trendOption(trend: TrendChart, lang: Lang): EChartsOption {
  const units = [...new Set(trend.series.map((s) => s.unit).filter(Boolean))];
  return {
    color: PALETTE,
    grid: { left: 64, right: 24, top: 56, bottom: 36 },
    legend: { top: 8 },
    xAxis: { type: 'category', data: trend.years.map((y) => t('yearCol', lang, { year: y })) },
    yAxis: { type: 'value', name: units.join(' / '), nameTextStyle: { align: 'left' } },
    series: trend.series.map((s) => ({
      type: 'bar',
      name: s.name,
      barMaxWidth: 36,
      label: { show: true, position: 'top', fontSize: 10, formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? p.value.toLocaleString(lang === 'zh-Hant' ? 'zh-Hant-HK' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 }) : '') },
      data: s.values.map((v) => v ?? '-'),
    })),
  };
}
