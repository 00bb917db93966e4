// Material topics, ranked by their importance to stakeholders and to the business; the
// matrix chart too when asked for and the section has no matrix chart of its own.
import { materialityOption } from '../charts/chart-options.js';
import { ESG_CATEGORY, named, t } from '../labels.js';
import { buildTable, caption } from '../table-kit.js';
import { formatNumber } from '../../../../shared/report/format.js';
import { CONTENT_WIDTH_PX, chartParagraph } from './chart-image.js';
import { configOf, contentOf, type BlockBuilder, type DocNode } from './types.js';

export const buildMaterialityBlock: BlockBuilder = (block, ctx, section) => {
  const { lang } = ctx;
  const topics = ctx.model.report.materiality;
  if (!topics.length) return [];
  const title = contentOf<{ caption: string }>(block).caption;
  const out: DocNode[] = [
    ...caption(title),
    buildTable({
      weights: [0.6, 4.4, 1.4, 1.8, 1.8],
      header: ['#', t('topic', lang), t('category', lang), { content: t('stakeholderScore', lang), numeric: true }, { content: t('businessScore', lang), numeric: true }],
      rows: topics.map((x, i) => [
        { content: String(i + 1), numeric: true },
        x.name,
        named(ESG_CATEGORY, x.category, lang),
        { content: formatNumber(x.stakeholderScore, lang, 1), numeric: true },
        { content: formatNumber(x.businessScore, lang, 1), numeric: true },
      ]),
    }),
  ];
  const hasMatrixChart = section.blocks.some((b) => b.type === 'chart' && (b.config as { kind?: string }).kind === 'materiality_matrix');
  if (configOf<{ show_matrix: boolean }>(block).show_matrix && !hasMatrixChart) {
    out.push(chartParagraph(materialityOption(topics, lang), { width: CONTENT_WIDTH_PX, height: Math.round(CONTENT_WIDTH_PX * 0.72) }, ctx, title));
  }
  return out;
};
