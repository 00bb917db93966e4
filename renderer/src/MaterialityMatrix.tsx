// The materiality matrix: each topic placed by importance to the business (x) and to
// stakeholders (y), coloured by E/S/G (ECharts, the library the DOCX charts use).
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { MaterialityTopic } from '../../shared/report/register.js';
import { useI18n } from './i18n.js';
import { escapeHtml } from '../../shared/escape-html.js';

echarts.use([ScatterChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const COLORS = { E: '#389e0d', S: '#1677ff', G: '#d48806' } as const;

export function MaterialityMatrix({ topics }: { topics: MaterialityTopic[] }) {
  const { t, lang, num } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'canvas' });
    const name = (x: MaterialityTopic) => (lang === 'en' ? x.nameEn : x.nameZh);
    chart.setOption({
      animation: false,
      grid: { left: 56, right: 24, top: 40, bottom: 48 },
      legend: { top: 4 },
      // The tooltip is HTML: the topic's name (typed by a user) is escaped, so it reads as text.
      tooltip: {
        formatter: (p: { data: [number, number, string] }) =>
          [p.data[2], `${t('registers.businessScore')}: ${num(p.data[0], 1)}`, `${t('registers.stakeholderScore')}: ${num(p.data[1], 1)}`].map(escapeHtml).join('<br/>'),
      },
      xAxis: { type: 'value', min: 0, max: 10, name: t('registers.businessScore'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', min: 0, max: 10, name: t('registers.stakeholderScore'), nameLocation: 'middle', nameGap: 32 },
      series: (['E', 'S', 'G'] as const).map((c) => ({
        name: c,
        type: 'scatter',
        symbolSize: 12,
        itemStyle: { color: COLORS[c] },
        label: { show: true, position: 'right', fontSize: 10, formatter: (p: { data: [number, number, string] }) => p.data[2] },
        labelLayout: { hideOverlap: true },
        data: topics.filter((x) => x.category === c).map((x) => [x.businessScore, x.stakeholderScore, name(x)]),
      })),
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [topics, lang, t, num]);
  // The plotted points as data, for tests and assistive tools: id, x (business), y (stakeholders).
  const points = topics.map((x) => `${x.id}:${x.businessScore}:${x.stakeholderScore}`).join(' ');
  return <div ref={el} style={{ height: 520, maxWidth: 900 }} role="img" aria-label={t('registers.matrix')} data-testid="materiality-matrix" data-points={points} />;
}
