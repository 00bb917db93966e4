// A case study as a shaded box: one full-width cell with the case's title and text.
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { RichDoc } from '../../../../shared/report/rich-text.js';
import { buildRichDoc } from '../inline.js';
import { markupRuns } from '../markup-text.js';
import { COLORS, CONTENT_WIDTH, STYLE } from '../styles.js';
import { contentOf, type BlockBuilder } from './types.js';

export const buildCaseStudyBlock: BlockBuilder = (block, ctx) => {
  const c = contentOf<{ title: string; doc: RichDoc }>(block);
  const side = { style: BorderStyle.SINGLE, size: 24, color: COLORS.accent };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return [
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: [CONTENT_WIDTH],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, right: none, left: side, insideHorizontal: none, insideVertical: none },
      rows: [
        new TableRow({
          children: [
            new TableCell({
              width: { size: CONTENT_WIDTH, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.boxFill },
              margins: { top: 120, bottom: 120, left: 200, right: 200 },
              borders: { left: side, top: none, bottom: none, right: none },
              children: [new Paragraph({ style: STYLE.boxTitle, children: markupRuns(c.title, ctx) }), ...buildRichDoc(c.doc, ctx)],
            }),
          ],
        }),
      ],
    }),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
  ];
};
