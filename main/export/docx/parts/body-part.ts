// Every section of the outline in reading order: its heading (Word's Heading 1–3 by depth,
// with the section number) and its blocks, each through the builder of its type.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { BLOCK_BUILDERS } from '../blocks/index.js';
import type { BlockBuilder } from '../blocks/types.js';
import type { DocumentPart } from './types.js';
import { blockBookmark, sectionBookmark } from '../anchors.js';
import { anchorMarker } from '../anchor-marker.js';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export const bodyPart: DocumentPart = {
  section: 'main',
  build(ctx) {
    return ctx.model.report.sections.flatMap((section) => [
      // Hidden bookmarks at the section's and each block's start: Word comments find their place by them.
      anchorMarker(sectionBookmark(section.id)),
      // Each top-level section (chapter, front matter, appendix) starts a page, as in the reference report.
      new Paragraph({ heading: LEVELS[Math.min(section.depth, 2)], pageBreakBefore: section.depth === 0, children: [new TextRun(section.label ? `${section.label} ${section.title}` : section.title)] }),
      ...section.blocks.flatMap((block) => [anchorMarker(blockBookmark(block.id)), ...(BLOCK_BUILDERS[block.type] as BlockBuilder)(block, ctx, section)]),
    ]);
  },
};

