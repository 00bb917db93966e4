// The table of contents: a TOC field over Heading 1–3, with the entries written in already
// (linked to the headings) so it is not empty before Word updates its page numbers.
import { Paragraph, TableOfContents, TextRun } from 'docx';
import { t } from '../labels.js';
import { STYLE } from '../styles.js';
import type { DocumentPart } from './types.js';

export const contentsPart: DocumentPart = {
  section: 'main',
  build(ctx) {
    return [new Paragraph({ style: STYLE.tocTitle, children: [new TextRun(t('contents', ctx.lang))] }), new TableOfContents(t('contents', ctx.lang), { hyperlink: true, headingStyleRange: '1-3' })];
  },
};
