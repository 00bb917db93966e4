// Charts: the materiality matrix and KPI trends, rendered beforehand from the model's data
// (charts/prepare.ts); a trend chart names the years its data come from.
import { t } from '../labels.js';
import { caption, note } from '../table-kit.js';
import { chartParagraph } from './chart-image.js';
import { configOf, contentOf, type BlockBuilder, type DocNode } from './types.js';

export const buildChartBlock: BlockBuilder = (block, ctx) => {
  const chart = ctx.charts.get(block.id);
  if (!chart) return [];
  const title = contentOf<{ caption: string }>(block).caption;
  const out: DocNode[] = [...caption(title), chartParagraph(chart, title)];
  const trend = configOf<{ kind: string }>(block).kind === 'kpi_trend' ? ctx.model.trends.get(block.id) : undefined;
  if (trend) out.push(note(t('figureSource', ctx.lang, { year: `${trend.years[0]}–${trend.years[trend.years.length - 1]}` })));
  return out;
};
