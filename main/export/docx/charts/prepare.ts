// Every chart (and SVG image) of the report rendered before the builders run, all at once:
// rasterising is the slow step and runs in parallel. The builders then only place the
// images, keyed by block id.
import { markupPlainText } from '../../../../shared/report/markup.js';
import type { DocxModel } from '../model.js';
import { materialityChart, trendOption } from './chart-options.js';
import { CHART_FONT_FAMILY, rasterise, renderChart, type ChartSpec, type RenderedChart } from './render.js';
import { CONTENT_WIDTH } from '../styles.js';
import { governanceDiagram } from '../../../../shared/report/governance-diagram.js';
import type { BlockContent } from '../../../../shared/report/blocks.js';
import { shareChartOption } from '../../../../shared/report/share-chart.js';

/** The text width in CSS pixels (96 per inch, 1440 twips per inch). */
export const CONTENT_WIDTH_PX = Math.floor((CONTENT_WIDTH / 1440) * 96);

export type RenderedCharts = Map<string, RenderedChart>;

/** Which chart a block shows, if any. */
export function chartSpecOf(block: DocxModel['report']['sections'][number]['blocks'][number], section: DocxModel['report']['sections'][number], model: DocxModel): ChartSpec | null {
  const cfg = block.config as { kind?: string; show_matrix?: boolean };
  const matrix = (): ChartSpec | null => {
    if (!model.report.materiality.length) return null;
    const { option, width, height } = materialityChart(
      model.report.materiality.map((x) => ({ ...x, name: markupPlainText(x.name) })),
      model.lang,
      CONTENT_WIDTH_PX,
      Math.round(CONTENT_WIDTH_PX * 0.72),
    );
    return { option, width, height };
  };
  if (block.type === 'chart' && cfg.kind === 'materiality_matrix') return matrix();
  if (block.type === 'chart' && cfg.kind === 'kpi_trend') {
    const trend = model.trends.get(block.id);
    return trend ? { option: trendOption(trend, model.lang), width: CONTENT_WIDTH_PX, height: Math.round(CONTENT_WIDTH_PX * 0.5) } : null;
  }
  if (block.type === 'chart' && cfg.kind === 'kpi_share') {
    const data = model.shares.get(block.id);
    if (!data) return null;
    // Two thirds of the text width: a pie as wide as the page would dwarf its labels.
    const width = Math.round(CONTENT_WIDTH_PX * 0.8);
    const height = Math.round(width * 0.62);
    const donut = (block.config as { donut?: boolean }).donut !== false;
    return { option: shareChartOption(data, model.lang, { donut, width, height, fontFamily: CHART_FONT_FAMILY }), width, height };
  }
  if (block.type === 'governance_structure') {
    const d = governanceDiagram((block.content as BlockContent<'governance_structure'>).tiers, CONTENT_WIDTH_PX, CHART_FONT_FAMILY);
    return { option: d.option, width: d.width, height: d.height };
  }
  if (block.type === 'materiality' && cfg.show_matrix) {
    // The matrix once per section: not again when the section has a matrix chart of its own.
    const hasChart = section.blocks.some((b) => b.type === 'chart' && (b.config as { kind?: string }).kind === 'materiality_matrix');
    return hasChart ? null : matrix();
  }
  return null;
}

export async function prepareCharts(model: DocxModel): Promise<RenderedCharts> {
  const jobs: Promise<[string, RenderedChart]>[] = [];
  for (const section of model.report.sections) {
    for (const block of section.blocks) {
      const spec = chartSpecOf(block, section, model);
      if (spec) jobs.push(renderChart(spec, model.chartFonts).then((r) => [block.id, r]));
      if (block.type === 'image') {
        const cfg = block.config as { image_id: string; width_pct: number };
        const img = model.images.get(cfg.image_id);
        if (img?.mime === 'image/svg+xml') {
          const width = Math.round((CONTENT_WIDTH_PX * cfg.width_pct) / 100);
          const height = Math.round((img.height && img.width ? img.height / img.width : 0.75) * width);
          jobs.push(rasterise(img.bytes, model.chartFonts, { mode: 'width', value: 2 * width }).then((png) => [block.id, { svg: img.bytes, png, width, height }]));
        }
      }
    }
  }
  return new Map(await Promise.all(jobs));
}
