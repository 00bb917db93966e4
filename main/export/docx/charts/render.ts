// Charts are drawn with ECharts' server-side SVG renderer (the same library the app's
// dashboards use) and rasterised with resvg to the PNG fallback Word requires next to an SVG
// image (LibreOffice shows the PNG). resvg is given a CJK font file: without one it silently
// draws no text and the axis labels vanish.
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

/** Fonts the SVG names, in order: Word and LibreOffice pick the first one installed. */
export const CHART_FONT_FAMILY = "'Microsoft JhengHei', 'PingFang TC', 'Noto Sans CJK TC', 'WenQuanYi Zen Hei', Arial, sans-serif";

export interface RenderedChart {
  svg: Buffer;
  png: Buffer;
  width: number;
  height: number;
}

/** Draws an ECharts option to SVG and to a PNG at `scale` × the size, for print. */
export function renderChart(option: echarts.EChartsOption, size: { width: number; height: number }, fontFile: string | null, scale = 2): RenderedChart {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  let svg: string;
  try {
    chart.setOption({ animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: CHART_FONT_FAMILY }, ...option });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: fontFile
      ? // Whatever family the SVG names, resvg falls back to the only font it was given.
        { fontFiles: [fontFile], loadSystemFonts: false }
      : { loadSystemFonts: true },
  });
  const png = Buffer.from(resvg.render().asPng());
  return { svg: Buffer.from(svg, 'utf8'), png, width: size.width, height: size.height };
}
