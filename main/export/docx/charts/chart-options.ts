// ECharts options of the report's charts, from the document model only. Sizes are in CSS
// pixels (96 per inch); the document scales the image to the text width.
import type { EChartsOption } from 'echarts';
import type { Lang } from '../../../../shared/domain.js';
import { formatNumber } from '../../../../shared/report/format.js';
import { ESG_CATEGORY, named, t } from '../labels.js';
import type { TrendChart } from '../model.js';
import { layoutMatrix, POINT_RADIUS, type MatrixLayout, type PlacedLabel } from './matrix-layout.js';

const PALETTE = ['#1f6f8b', '#e07a1f', '#5b8c3a', '#8e5ea2', '#c0392b', '#7f8c8d'];
const CATEGORY_COLOR: Record<string, string> = { E: '#5b8c3a', S: '#1f6f8b', G: '#e07a1f' };

export interface MatrixTopic {
  name: string;
  category: string;
  stakeholderScore: number;
  businessScore: number;
}

/**
 * Materiality matrix: business importance across, stakeholder importance up, one colour per
 * E/S/G, every topic labelled (by name, or by its number in the topic table with a legend
 * when crowded; charts/matrix-layout.ts places the labels).
 */
export function materialityChart(topics: MatrixTopic[], lang: Lang, width: number, plotHeight: number): { option: EChartsOption; width: number; height: number; layout: MatrixLayout } {
  const layout = layoutMatrix(
    topics.map((x) => ({ x: x.businessScore, y: x.stakeholderScore, name: x.name })),
    width,
    plotHeight,
  );
  const { min, max } = layout;
  const cats = [...new Set(topics.map((x) => x.category))].sort((a, b) => 'ESG'.indexOf(a) - 'ESG'.indexOf(b));
  const option: EChartsOption = {
    // A fixed grid (no automatic outer bounds): the label layout computed the pixels.
    grid: { ...layout.grid, outerBoundsMode: 'none' },
    legend: { top: 8, data: cats.map((c) => named(ESG_CATEGORY, c, lang)) },
    xAxis: { type: 'value', name: t('matrixX', lang), nameLocation: 'middle', nameGap: 32, min, max, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'value', name: t('matrixY', lang), nameLocation: 'middle', nameGap: 44, min, max, splitLine: { lineStyle: { type: 'dashed' } } },
    series: cats.map((c) => ({
      type: 'scatter',
      name: named(ESG_CATEGORY, c, lang),
      symbolSize: 2 * POINT_RADIUS,
      itemStyle: { color: CATEGORY_COLOR[c] ?? '#555555' },
      data: topics.flatMap((x, i) => {
        if (x.category !== c) return [];
        const l = layout.labels[i] as PlacedLabel;
        // The label's centre, relative to the symbol's box (its top-left corner is the point
        // less the radius).
        return [{ value: [x.businessScore, x.stakeholderScore], label: { show: true, position: [POINT_RADIUS + l.dx, POINT_RADIUS + l.dy], align: 'center', verticalAlign: 'middle', fontSize: 9, color: '#333333', formatter: l.text } }];
      }),
    })),
    graphic: layout.legend.map((e) => ({ type: 'text', left: e.x, top: e.y, style: { text: e.text, fontSize: layout.legendFont, fill: '#333333' } })),
  } as EChartsOption;
  return { option, width, height: layout.height, layout };
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
      // The bar labels print what the KPI tables print: the metric's decimals in the language, 0 as 0.
      label: { show: true, position: 'top', fontSize: 10, formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? (p.value === 0 ? '0' : formatNumber(p.value, lang, s.decimals)) : '') },
      data: s.values.map((v) => v ?? '-'),
    })),
  };
}
