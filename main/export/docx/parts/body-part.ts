// Every section of the outline in reading order: its heading (Word's Heading 1–3 by depth,
// with the section number) and its blocks, each through the builder of its type.
import { BorderStyle, HeadingLevel, Paragraph, Table, TextRun } from 'docx';
import { COLORS } from '../styles.js';
import { BLOCK_BUILDERS } from '../blocks/index.js';
import type { BlockBuilder } from '../blocks/types.js';
import type { DocumentPart } from './types.js';
import { blockBookmark, sectionBookmark } from '../anchors.js';
import { anchorMarker } from '../anchor-marker.js';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * Sections that open a page, as in the reference report: every top-level section (front matter,
 * a part such as "1 Environment", an appendix), and every chapter of a part — a second-level
 * section with sections of its own (1.1 Climate, 2.2 Employee growth). A part's heading and
 * intro thus stand on a page of their own, as its opener. A second-level section without
 * sections (the KPI tables of 1.3) runs on.
 */
export function opensPage(section: { id: string; depth: number }, sections: readonly { parentId: string | null; depth: number }[]): boolean {
  return section.depth === 0 || (section.depth === 1 && sections.some((s) => s.parentId === section.id));
}

type Element = ReturnType<BlockBuilder>[number];

/**
 * A section's blocks in order, with a small spacer after a block that ends in a table: two
 * tables that touch are one table to LibreOffice and Word (a case box under a KPI table becomes
 * its last row, and the table's header repeats alone on the next page), and text set right
 * under a table's last row reads as part of it.
 */
export function joinBlocks(blocks: readonly (readonly Element[])[]): Element[] {
  const out: Element[] = [];
  for (const elements of blocks) {
    if (!elements.length) continue;
    if (out.length && out[out.length - 1] instanceof Table) out.push(new Paragraph({ spacing: { before: 0, after: 120, line: 200 }, children: [] }));
    out.push(...elements);
  }
  return out;
}

export const bodyPart: DocumentPart = {
  section: 'main',
  build(ctx) {
    const sections = ctx.model.report.sections;
    return sections.flatMap((section) => {
      const title = section.label ? `${section.label} ${section.title}` : section.title;
      // A part's opener (1 Environment, 2 Social): its title set large, a third down the page
      // under a rule, its intro below; still Heading 1 for the contents and the PDF outline.
      const opener = section.depth === 0 && sections.some((s) => s.parentId === section.id);
      const heading = opener
        ? new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, spacing: { before: 3600, after: 480 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLORS.accent, space: 8 } }, children: [new TextRun({ text: title, size: 60 })] })
        : new Paragraph({ heading: LEVELS[Math.min(section.depth, 2)], pageBreakBefore: opensPage(section, sections), children: [new TextRun(title)] });
      // Hidden bookmarks at the section's and each block's start: Word comments find their place by them.
      const blocks = section.blocks.map((block) => {
        const elements = (BLOCK_BUILDERS[block.type] as BlockBuilder)(block, ctx, section);
        return elements.length ? [anchorMarker(blockBookmark(block.id)), ...elements] : [];
      });
      return [anchorMarker(sectionBookmark(section.id)), heading, ...joinBlocks(blocks)];
    });
  },
};
