import { t } from '../labels.js';
import { markupLines } from '../markup-text.js';
import { buildTable, caption } from '../table-kit.js';
import { contentOf, type BlockBuilder } from './types.js';

export const buildGovernanceFactsBlock: BlockBuilder = (block, ctx) => [
  ...caption(contentOf<{ caption: string }>(block).caption),
  buildTable({
    weights: [6, 2],
    header: [t('item', ctx.lang), { content: t('value', ctx.lang), numeric: true }],
    rows: ctx.model.report.governance.map((g) => [{ content: { lines: markupLines(g.label, ctx) } }, { content: { lines: markupLines(g.value, ctx) }, numeric: /^[\d,.%\s]+$/.test(g.value) }]),
  }),
];
