import { t } from '../labels.js';
import { markupCell } from '../markup-text.js';
import { buildTable, caption } from '../table-kit.js';
import { contentOf, type BlockBuilder } from './types.js';

export const buildGovernanceFactsBlock: BlockBuilder = (block, ctx) => [
  ...caption(contentOf<{ caption: string }>(block).caption),
  buildTable({
    weights: [6, 2],
    header: [t('item', ctx.lang), { content: t('value', ctx.lang), numeric: true }],
    rows: ctx.model.report.governance.map((g) => [{ content: markupCell(g.label, ctx) }, { content: markupCell(g.value, ctx), numeric: /^[\d,.%\s]+$/.test(g.value) }]),
  }),
];
