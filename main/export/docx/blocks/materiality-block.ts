// Material topics, ranked by their importance to stakeholders and to the business; the
// matrix chart too when asked for.
import { ESG_CATEGORY, named, t } from '../labels.js';
import { markupCell } from '../markup-text.js';
import { buildTable, caption } from '../table-kit.js';
import { formatNumber } from '../../../../shared/report/format.js';
import { chartParagraph } from './chart-image.js';
import { contentOf, type BlockBuilder, type DocNode } from './types.js';

export const buildMaterialityBlock: BlockBuilder = (block, ctx) => {
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
        { content: markupCell(x.name, ctx) },
        named(ESG_CATEGORY, x.category, lang),
        { content: formatNumber(x.stakeholderScore, lang, 1), numeric: true },
        { content: formatNumber(x.businessScore, lang, 1), numeric: true },
      ]),
    }),
  ];
  // The matrix, when asked for and the section has no matrix chart of its own (charts/prepare.ts).
  const chart = ctx.charts.get(block.id);
  if (chart) out.push(chartParagraph(chart, title));
  return out;
};
