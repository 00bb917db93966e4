// Rich text (ProseMirror JSON with resolved kpiRefs) to docx paragraphs: marks to run
// properties, kpiRefs to their rendered text, footnote nodes to real Word footnotes, lists to
// Word numbering.
import { FootnoteReferenceRun, Paragraph, TextRun, HeadingLevel, type ParagraphChild } from 'docx';
import type { ResolvedInline } from '../../../shared/report/resolve.js';
import type { BlockNode, ListItem, RichDoc } from '../../../shared/report/rich-text.js';
import type { BuildContext } from './context.js';
import { NUMBERING } from './styles.js';
import { markSeparator } from './footnote-marks.js';

export function buildRuns(run: readonly ResolvedInline[] | undefined, ctx: BuildContext, base: { bold?: boolean } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let lastWasNote = false;
  for (const n of run ?? []) {
    if (n.type === 'footnote' && lastWasNote) out.push(markSeparator());
    lastWasNote = n.type === 'footnote';
    if (n.type === 'text') {
      const marks = n.marks ?? [];
      out.push(new TextRun({ text: n.text, bold: base.bold || marks.some((m) => m.type === 'bold'), italics: marks.some((m) => m.type === 'italic') }));
    } else if (n.type === 'kpiRef') {
      const text = 'resolved' in n ? n.resolved.text : n.attrs.code;
      out.push(new TextRun({ text, bold: base.bold }));
    } else if (n.type === 'footnote') {
      out.push(new FootnoteReferenceRun(ctx.footnotes.add(n.attrs.text)));
    } else {
      out.push(new TextRun({ break: 1 }));
    }
  }
  return out;
}


function listParagraphs(list: { type: 'bulletList' | 'orderedList'; content: ListItem[] }, ctx: BuildContext, level: number): Paragraph[] {
  const ordered = list.type === 'orderedList';
  const instance = ordered ? ctx.nextListInstance() : 0;
  return list.content.flatMap((item) =>
    item.content.flatMap((child, i) => {
      if (child.type === 'paragraph') {
        const children = buildRuns(child.content as ResolvedInline[] | undefined, ctx);
        // Only the item's first paragraph carries the bullet; the rest are indented text.
        if (i === 0) return [new Paragraph({ children, numbering: ordered ? { reference: NUMBERING.ordered, level, instance } : { reference: NUMBERING.bullet, level } })];
        return [new Paragraph({ children, indent: { left: 420 * (level + 1) } })];
      }
      return listParagraphs(child, ctx, Math.min(level + 1, 2));
    }),
  );
}

/** Every character of the paragraph is bold text (a run-in heading), and there is some. */
function runInHeading(run: readonly ResolvedInline[] | undefined): boolean {
  const texts = (run ?? []).filter((n) => n.type !== 'text' || n.text.trim() !== '');
  return texts.length > 0 && texts.every((n) => n.type === 'text' && (n.marks ?? []).some((m) => m.type === 'bold'));
}

export function buildRichDoc(doc: RichDoc, ctx: BuildContext): Paragraph[] {
  return doc.content.flatMap((node: BlockNode) => {
    switch (node.type) {
      case 'paragraph':
        // A paragraph wholly in bold ("**Main risks and responses**") heads what follows it:
        // it is kept on the page of the next paragraph, never left alone at a page's foot.
        return [new Paragraph({ children: buildRuns(node.content as ResolvedInline[] | undefined, ctx), keepNext: runInHeading(node.content as ResolvedInline[] | undefined) })];
      case 'heading':
        return [new Paragraph({ // Headings inside narrative text sit below the outline's three levels (kept out of the TOC).
        heading: HeadingLevel.HEADING_4, children: buildRuns(node.content as ResolvedInline[] | undefined, ctx) })];
      case 'bulletList':
      case 'orderedList':
        return listParagraphs(node, ctx, 0);
    }
  });
}
