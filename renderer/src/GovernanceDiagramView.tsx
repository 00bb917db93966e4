// The governance-structure diagram on screen: the same layout the report draws
// (shared/report/governance-diagram.ts), rendered by ECharts' graphic component as SVG. Names
// are drawn as text shapes, never as HTML.
import { useEffect, useMemo, useRef } from 'react';
import * as echarts from 'echarts/core';
import { GraphicComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { governanceDiagram, type DiagramTier } from '../../shared/report/governance-diagram.js';

echarts.use([GraphicComponent, SVGRenderer]);

const WIDTH = 560;

export function GovernanceDiagramView({ tiers, label }: { tiers: DiagramTier[]; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(tiers);
  // Redrawn when the tiers' text changes, not on every render.
  const d = useMemo(() => governanceDiagram(JSON.parse(key) as DiagramTier[], WIDTH), [key]);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'svg', width: d.width, height: d.height });
    chart.setOption({ animation: false, ...d.option });
    return () => chart.dispose();
  }, [d]);
  return <div ref={el} role="img" aria-label={label} data-testid="governance-diagram" style={{ width: d.width, height: d.height, maxWidth: '100%' }} />;
}
