import { t } from '../labels.js';
import { markupCell } from '../markup-text.js';
import { buildTable, caption } from '../table-kit.js';
import { contentOf, type BlockBuilder } from './types.js';

const lines = (items: string[]) => items.map((i) => `• ${i}`).join('\n');

export const buildStakeholderTableBlock: BlockBuilder = (block, ctx) => [
  ...caption(contentOf<{ caption: string }>(block).caption),
  buildTable({
    weights: [1.6, 4, 4],
    header: [t('stakeholderGroup', ctx.lang), t('expectations', ctx.lang), t('channels', ctx.lang)],
    rows: ctx.model.report.stakeholders.map((s) => [
      { content: markupCell(s.group, ctx, { bold: true }) },
      { content: markupCell(lines(s.expectations), ctx) },
      { content: markupCell(lines(s.channels), ctx) },
    ]),
  }),
];
