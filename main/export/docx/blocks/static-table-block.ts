// A table typed by the author. Cells that hold a number (e.g. "1,234", "−14.6%") are
// right-aligned; the table's footnotes become Word footnotes on its caption.
import { footnoteMarks } from '../footnote-marks.js';
import { markupCell } from '../markup-text.js';
import { buildTable, caption } from '../table-kit.js';
import { contentOf, type BlockBuilder } from './types.js';

const NUMERIC = /^[−+\-–]?[\d,.\s]+%?$/;

export const buildStaticTableBlock: BlockBuilder = (block, ctx) => {
  const c = contentOf<{ caption: string; header: string[]; rows: string[][]; footnotes: string[] }>(block);
  const numericCol = c.header.map((_, i) => c.rows.length > 0 && c.rows.every((r) => NUMERIC.test((r[i] ?? '').trim()) || (r[i] ?? '').trim() === '—'));
  const weights = c.header.map((h, i) => (numericCol[i] ? 1.2 : Math.max(1.5, Math.min(5, Math.max(h.length, ...c.rows.map((r) => (r[i] ?? '').length)) / 8))));
  const refs = footnoteMarks(ctx.footnotes, c.footnotes, new Map());
  return [
    ...caption(c.caption, refs),
    buildTable({ weights, header: c.header.map((h, i) => ({ content: h, numeric: numericCol[i] })), rows: c.rows.map((r) => r.map((v, i) => ({ content: markupCell(v, ctx), numeric: numericCol[i] }))) }),
  ];
};
