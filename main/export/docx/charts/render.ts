// Charts are drawn with ECharts' server-side SVG renderer (the same library the app's
// dashboards use) and rasterised with resvg to the PNG fallback Word requires next to an SVG
// image (LibreOffice shows the PNG). resvg is given a font file: without one it silently
// draws no text and the axis labels vanish. Rasterising runs on libuv's thread pool, so the
// charts of a report render in parallel.
import { createHash } from 'node:crypto';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { LATIN_FAMILY, type ChartFonts } from './font-file.js';

/** Fonts the SVG names, in order: Word picks the first one installed. */
export const CHART_FONT_FAMILY = "'Microsoft JhengHei', 'PingFang TC', 'Noto Sans CJK TC', 'WenQuanYi Zen Hei', Arial, sans-serif";

export interface RenderedChart {
  svg: Buffer;
  png: Buffer;
  width: number;
  height: number;
}

export interface ChartSpec {
  option: echarts.EChartsOption;
  width: number;
  height: number;
}

export function drawSvg(spec: ChartSpec): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption({ animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: CHART_FONT_FAMILY }, ...spec.option });
    return stableIds(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * zrender names CSS classes and clip paths from process-wide counters (zr3-cls-14): renumbered
 * per chart in order of appearance, the same chart gives the same SVG in any process.
 */
function stableIds(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/\bzr\d+-[a-z]+-?\d+\b/g, (m) => {
    let id = ids.get(m);
    if (!id) ids.set(m, (id = `zr0-${m.replace(/^zr\d+-([a-z]+)-?\d+$/, '$1')}-${ids.size}`));
    return id;
  });
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * PNGs of charts already rasterised in this process, by SVG, fonts and size: re-exporting an
 * unchanged draft reuses the picture.
 */
const pngCache = new Map<string, Promise<Buffer>>();
const PNG_CACHE_SIZE = 32;

/** The PNG of an SVG at `scale` × its size, drawn with the chart fonts. */
export function rasterise(svg: string | Buffer, fonts: ChartFonts, fit: ResvgRenderOptions['fitTo']): Promise<Buffer> {
  const files = [fonts.latin, CJK.test(svg.toString()) ? fonts.cjk : null].filter((f): f is string => f !== null);
  const key = createHash('sha256').update(svg).update(`\0${files.join('|')}\0${JSON.stringify(fit)}`).digest('hex');
  const cached = pngCache.get(key);
  if (cached) return cached;
  // resvg lays text out with the first font and falls back per character to the next.
  const font = files.length
    ? { fontFiles: files, loadSystemFonts: false, ...(fonts.latin ? { defaultFontFamily: LATIN_FAMILY, sansSerifFamily: LATIN_FAMILY } : {}) }
    : { loadSystemFonts: true };
  const png = renderAsync(svg, { fitTo: fit, font }).then((image) => Buffer.from(image.asPng()));
  png.catch(() => pngCache.delete(key));
  pngCache.set(key, png);
  if (pngCache.size > PNG_CACHE_SIZE) pngCache.delete(pngCache.keys().next().value as string);
  return png;
}

export async function renderChart(spec: ChartSpec, fonts: ChartFonts, scale = 2): Promise<RenderedChart> {
  const svg = drawSvg(spec);
  const png = await rasterise(svg, fonts, { mode: 'zoom', value: scale });
  return { svg: Buffer.from(svg, 'utf8'), png, width: spec.width, height: spec.height };
}
