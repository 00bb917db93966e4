// The materiality matrix: each topic placed by importance to the business (x) and to
// stakeholders (y), coloured by E/S/G (ECharts, the library the DOCX charts use).
import { useEffect, useRef, useState } from 'react';
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { MaterialityTopic } from '../../shared/report/register.js';
import { useI18n } from './i18n.js';
import { escapeHtml } from '../../shared/escape-html.js';
import { placeLabels } from '../../shared/label-placement.js';

// SVG, not canvas: each label is a text node whose box a test (and a screen reader's tools) can see.
echarts.use([ScatterChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

const COLORS = { E: '#389e0d', S: '#1677ff', G: '#d48806' } as const;

export function MaterialityMatrix({ topics }: { topics: MaterialityTopic[] }) {
  const { t, lang, num } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const [resized, setResized] = useState(0);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'svg' });
    const name = (x: MaterialityTopic) => (lang === 'en' ? x.nameEn : x.nameZh);
    const GRID = { left: 56, right: 24, top: 40, bottom: 48 };
    const FONT = 10;
    const lowest = (score: (x: MaterialityTopic) => number) => Math.max(0, Math.floor(Math.min(10, ...topics.map(score))) - 1);
    const shown = (['E', 'S', 'G'] as const).map((c) => topics.filter((x) => x.category === c));
    const base = {
      animation: false,
      grid: GRID,
      legend: { top: 4 },
      // The tooltip is HTML: the topic's name (typed by a user) is escaped, so it reads as text.
      tooltip: {
        formatter: (p: { value: [number, number, string] }) =>
          [p.value[2], `${t('registers.businessScore')}: ${num(p.value[0], 1)}`, `${t('registers.stakeholderScore')}: ${num(p.value[1], 1)}`].map(escapeHtml).join('<br/>'),
      },
      // The axes start a point below the lowest score: the sample's topics all score 4–10 and
      // would crowd one corner of a 0–10 square.
      xAxis: { type: 'value', min: lowest((x) => x.businessScore), max: 10, name: t('registers.businessScore'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', min: lowest((x) => x.stakeholderScore), max: 10, name: t('registers.stakeholderScore'), nameLocation: 'middle', nameGap: 32 },
    };
    // Points first, then each label where placeLabels found it room: every topic keeps its
    // label, none overlapping another (ECharts' own hideOverlap would drop labels instead).
    chart.setOption({ ...base, series: shown.map((list, i) => ({ name: (['E', 'S', 'G'] as const)[i], type: 'scatter', symbolSize: 12, data: list.map((x) => [x.businessScore, x.stakeholderScore, name(x)]) })) });
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx) ctx.font = `${FONT}px sans-serif`;
    const w = el.current.clientWidth;
    const h = el.current.clientHeight;
    const area = { x: GRID.left, y: GRID.top, width: w - GRID.left - GRID.right, height: h - GRID.top - GRID.bottom };
    const flat = shown.flatMap((list) => list);
    const pixels = flat.map((x) => chart.convertToPixel({ gridIndex: 0 }, [x.businessScore, x.stakeholderScore]) as number[]);
    const rects = placeLabels(flat.map((x, i) => ({ px: pixels[i]?.[0] ?? 0, py: pixels[i]?.[1] ?? 0, width: ctx ? ctx.measureText(name(x)).width + 2 : name(x).length * FONT, height: FONT + 4 })), area, 12);
    const rectOf = new Map(flat.map((x, i) => [x, { rect: rects[i] ?? null, px: pixels[i]?.[0] ?? 0, py: pixels[i]?.[1] ?? 0 }]));
    chart.setOption({
      ...base,
      series: shown.map((list, i) => {
        const c = (['E', 'S', 'G'] as const)[i] as 'E' | 'S' | 'G';
        return {
          name: c,
          type: 'scatter',
          symbolSize: 12,
          itemStyle: { color: COLORS[c] },
          // A label moved away from its point is joined to it by a thin line.
          labelLine: { show: true, lineStyle: { color: '#bfbfbf', width: 1 } },
          data: list.map((x) => {
            const at = rectOf.get(x);
            const r = at?.rect;
            // The label's offset from the symbol's top-left corner (12 px square around the point).
            const label = r && at
              ? { show: true, position: [r.x - (at.px - 6), r.y - (at.py - 6) + 1], align: 'left', verticalAlign: 'top', fontSize: FONT, fontFamily: 'sans-serif', formatter: name(x) }
              : { show: false };
            return { value: [x.businessScore, x.stakeholderScore, name(x)], label };
          }),
        };
      }),
    });
    // A new size moves the points: the labels are placed again.
    const onResize = () => setResized((n) => n + 1);
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [topics, lang, t, num, resized]);
  // The plotted points as data, for tests and assistive tools: id, x (business), y (stakeholders).
  const points = topics.map((x) => `${x.id}:${x.businessScore}:${x.stakeholderScore}`).join(' ');
  return <div ref={el} style={{ height: 520, maxWidth: 900 }} role="img" aria-label={t('registers.matrix')} data-testid="materiality-matrix" data-points={points} />;
}
