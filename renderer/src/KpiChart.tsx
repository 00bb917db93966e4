// A small bar chart of one KPI over the years (ECharts, the library the exports use).
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  points: { year: number; value: number | null }[];
  highlightYear: number;
  format: (v: number) => string;
}

export function KpiChart({ points, highlightYear, format }: Props) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 4, right: 4, top: 8, bottom: 20 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '') },
      xAxis: { type: 'category', data: points.map((p) => String(p.year)), axisTick: { show: false }, axisLabel: { fontSize: 10 } },
      yAxis: { type: 'value', show: false },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          data: points.map((p) => ({ value: p.value, itemStyle: { color: p.year === highlightYear ? '#1677ff' : '#bfbfbf' } })),
        },
      ],
    });
    const ro = new ResizeObserver(() => chart.resize());
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      chart.dispose();
    };
  }, [points, highlightYear, format]);
  return <div ref={el} className="kpi-chart" />;
}
