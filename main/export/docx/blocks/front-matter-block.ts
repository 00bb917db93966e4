// Front matter written from data: the board's comply-or-explain statement with its approval
// date, or "About this report" (period, boundary from the profile's sites, consolidation
// approach, prevailing language). The words come from shared/report/front-matter.ts.
import { Paragraph, TextRun } from 'docx';
import { frontMatterParagraphs, type FrontMatterKind } from '../../../../shared/report/front-matter.js';
import { caption } from '../table-kit.js';
import { configOf, contentOf, type BlockBuilder } from './types.js';

export const buildFrontMatterBlock: BlockBuilder = (block, ctx) => {
  const { kind } = configOf<{ kind: FrontMatterKind }>(block);
  const sep = ctx.lang === 'zh-Hant' ? '：' : ': ';
  return [
    ...caption(contentOf<{ caption: string }>(block).caption),
    ...frontMatterParagraphs(kind, ctx.model.frontMatter, ctx.lang).map(
      (p) => new Paragraph({ children: [...(p.lead ? [new TextRun({ text: `${p.lead}${sep}`, bold: true })] : []), new TextRun(p.text)] }),
    ),
  ];
};
