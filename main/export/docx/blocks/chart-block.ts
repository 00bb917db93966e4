// Charts: the materiality matrix and KPI trends, drawn from the model's data.
import { materialityOption, trendOption } from '../charts/chart-options.js';
import { t } from '../labels.js';
import { caption, note } from '../table-kit.js';
import { CONTENT_WIDTH_PX, chartParagraph } from './chart-image.js';
import { configOf, contentOf, type BlockBuilder, type DocNode } from './types.js';

export const buildChartBlock: BlockBuilder = (block, ctx) => {
  const cfg = configOf<{ kind: 'kpi_trend' | 'materiality_matrix' }>(block);
  const title = contentOf<{ caption: string }>(block).caption;
  const out: DocNode[] = [...caption(title)];
  if (cfg.kind === 'materiality_matrix') {
    if (!ctx.model.report.materiality.length) return [];
    out.push(chartParagraph(materialityOption(ctx.model.report.materiality, ctx.lang), { width: CONTENT_WIDTH_PX, height: Math.round(CONTENT_WIDTH_PX * 0.72) }, ctx, title));
  } else {
    const trend = ctx.model.trends.get(block.id);
    if (!trend) return [];
    out.push(chartParagraph(trendOption(trend, ctx.lang), { width: CONTENT_WIDTH_PX, height: Math.round(CONTENT_WIDTH_PX * 0.5) }, ctx, title));
    out.push(note(t('figureSource', ctx.lang, { year: `${trend.years[0]}–${trend.years[trend.years.length - 1]}` })));
  }
  return out;
};
