// Footnote markers as a reader sees them: adjacent markers are separated (⁴,⁵ rather than ⁴⁵),
// and within one table a text that is footnoted on several rows is one footnote: its first row
// carries the footnote, later rows repeat its number. Footnotes are registered in reading
// order, so a footnote's id is the number Word and LibreOffice print for it.
import { FootnoteReferenceRun, TextRun, type ParagraphChild } from 'docx';
import type { FootnoteRegister } from './context.js';

export const FOOTNOTE_REFERENCE_STYLE = 'FootnoteReference';

/** The superscript comma between two adjacent markers. */
export const markSeparator = (): TextRun => new TextRun({ text: ',', style: FOOTNOTE_REFERENCE_STYLE });

/** Per table: footnote text to the id it got, so repeats reuse it. */
export type TableNotes = Map<string, number>;

/** The markers of `texts`, separated; with `table`, one footnote per distinct text in that table. */
export function footnoteMarks(footnotes: FootnoteRegister, texts: readonly string[], table?: TableNotes): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const done = new Set<number>();
  for (const text of texts) {
    const known = table?.get(text);
    const id = known ?? footnotes.add(text);
    if (done.has(id)) continue; // the same text twice on one row
    done.add(id);
    if (out.length) out.push(markSeparator());
    if (known !== undefined) out.push(new TextRun({ text: String(known), style: FOOTNOTE_REFERENCE_STYLE }));
    else {
      table?.set(text, id);
      out.push(new FootnoteReferenceRun(id));
    }
  }
  return out;
}
