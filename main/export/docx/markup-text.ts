// Register fields (climate items, stakeholders, scenarios, governance facts, targets, typed
// table cells) are plain text in the store, but authors write the same footnote and emphasis
// syntax in them as in narrative ("PUE[^PUE: …]", "**bold**"). Every such field goes through
// here on its way into the document, so the syntax becomes Word footnotes and run
// properties instead of being printed as typed.
import type { ParagraphChild } from 'docx';
import { parseInline } from '../../../shared/report/markup.js';
import type { BuildContext } from './context.js';
import { buildRuns } from './inline.js';

/** One line of register text as runs: footnotes, bold and italic rendered. */
export function markupRuns(text: string, ctx: BuildContext, base: { bold?: boolean } = {}): ParagraphChild[] {
  return buildRuns(parseInline(text), ctx, base);
}

/** Multi-line register text: one list of runs per line (one paragraph each in a cell). */
export function markupLines(text: string, ctx: BuildContext, base: { bold?: boolean } = {}): ParagraphChild[][] {
  return text.split('\n').map((line) => markupRuns(line, ctx, base));
}

/** A table cell's content from register text; the plain text stays along for the table's height estimate. */
export function markupCell(text: string, ctx: BuildContext, base: { bold?: boolean } = {}): { lines: ParagraphChild[][]; plain: string } {
  return { lines: markupLines(text, ctx, base), plain: text };
}
