// Tables as the report prints them: full text width, fixed column widths (in twips, so Word
// and LibreOffice lay them out alike), a shaded header row repeated on each page, numbers
// right-aligned. Every table builder goes through here so that all tables look the same.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { COLORS, CONTENT_WIDTH, STYLE } from './styles.js';

/** Plain text (one paragraph per line), the runs of one paragraph, paragraphs, or runs per line. */
export type CellContent = string | ParagraphChild[] | Paragraph[] | { lines: ParagraphChild[][]; plain?: string };

export interface Cell {
  content: CellContent;
  numeric?: boolean;
  bold?: boolean;
  italics?: boolean;
  indent?: number;
  span?: number;
  shade?: string;
}

export type CellInput = Cell | string;

/** Column widths from relative weights, summing exactly to the text width. */
export function columnWidths(weights: number[], total = CONTENT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function paragraphs(c: Cell, header: boolean, keepNext: boolean): Paragraph[] {
  const style = header ? STYLE.tableHeader : c.numeric ? STYLE.tableNumber : STYLE.tableText;
  const alignment = c.numeric ? AlignmentType.RIGHT : undefined;
  const indent = c.indent ? { left: 240 * c.indent } : undefined;
  const keep = keepNext ? { keepNext: true } : {};
  if (typeof c.content === 'string') {
    const lines = c.content.split('\n');
    return lines.map((line) => new Paragraph({ style, alignment, indent, ...keep, children: [new TextRun({ text: line, bold: c.bold, italics: c.italics })] }));
  }
  if ('lines' in c.content) return c.content.lines.map((children) => new Paragraph({ style, alignment, indent, ...keep, children }));
  if (c.content.length > 0 && c.content.every((x) => x instanceof Paragraph)) return c.content as Paragraph[];
  return [new Paragraph({ style, alignment, indent, ...keep, children: c.content as ParagraphChild[] })];
}

function cell(input: CellInput, width: number, header: boolean, shadeRow: boolean, keepNext: boolean): TableCell {
  const c: Cell = typeof input === 'string' ? { content: input } : input;
  const fill = header ? COLORS.accent : c.shade ?? (shadeRow ? COLORS.boxFill : undefined);
  return new TableCell({
    children: paragraphs(c, header, keepNext),
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  });
}

export interface TableSpec {
  weights: number[];
  header: CellInput[];
  rows: CellInput[][];
  /** Rows (by index) printed as group headings: shaded, bold, spanning. */
  groupRows?: Set<number>;
}

/** Tables of at most this many rows, and short enough, are kept on one page. */
export const SHORT_TABLE_ROWS = 15;
/** Two thirds of the A4 text height, in twips: a table taller than this may split. */
const SHORT_TABLE_HEIGHT = Math.round(((16838 - 1418 - 1134) * 2) / 3);

const textOf = (c: CellInput): { text: string; lines: number } => {
  if (typeof c === 'string') return { text: c, lines: c.split('\n').length };
  if (typeof c.content === 'string') return { text: c.content, lines: c.content.split('\n').length };
  if ('lines' in c.content) return { text: c.content.plain ?? '', lines: c.content.lines.length };
  return { text: '', lines: 1 };
};

/**
 * The table's height, roughly, in twips: each row as tall as its tallest cell, a Chinese
 * character taking about 170 twips of line (8.5 pt table text), a Latin one about 95.
 */
export function estimateHeight(rows: CellInput[][], widths: number[]): number {
  let total = 0;
  for (const r of rows) {
    let col = 0;
    let lines = 1;
    for (const c of r) {
      const span = typeof c === 'string' ? 1 : c.span ?? 1;
      const width = Math.max(200, widths.slice(col, col + span).reduce((a, b) => a + b, 0) - 160);
      col += span;
      const { text, lines: given } = textOf(c);
      const chars = [...text].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 170 : 95), 0);
      lines = Math.max(lines, given, Math.ceil(chars / width));
    }
    total += lines * 260 + 80;
  }
  return total;
}

/**
 * Whether the table stays on one page: at most SHORT_TABLE_ROWS body rows and not taller
 * than two thirds of a page. Every paragraph but those of the last row then keeps with the
 * next (Word and LibreOffice move the whole table to the next page rather than leave a
 * fragment behind), next to cantSplit, which every row has.
 */
/** Rows a long table keeps with the next: its first two and the two before its last, so that no page starts or ends with a fragment of one or two rows. */
const FRAGMENT = 2;
function keepsWithNext(i: number, n: number): boolean {
  return i < FRAGMENT || (i >= n - 1 - FRAGMENT && i < n - 1);
}

export function keepsTogether(spec: TableSpec, widths: number[] = columnWidths(spec.weights)): boolean {
  return spec.rows.length <= SHORT_TABLE_ROWS && estimateHeight([spec.header, ...spec.rows], widths) <= SHORT_TABLE_HEIGHT;
}

export function buildTable(spec: TableSpec): Table {
  const widths = columnWidths(spec.weights);
  const widthAt = (i: number, span = 1) => widths.slice(i, i + span).reduce((a, b) => a + b, 0);
  const keep = keepsTogether(spec, widths);
  const row = (cells: CellInput[], header: boolean, shade: boolean, keepNext = false) => {
    let col = 0;
    const out = cells.map((c) => {
      const span = typeof c === 'string' ? 1 : c.span ?? 1;
      const built = cell(c, widthAt(col, span), header, shade, keepNext);
      col += span;
      return built;
    });
    return new TableRow({ children: out, tableHeader: header, cantSplit: true });
  };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: NONE, right: NONE, insideHorizontal: RULE, insideVertical: NONE },
    rows: [row(spec.header, true, false, spec.rows.length > 0), ...spec.rows.map((r, i) => row(r, false, spec.groupRows?.has(i) ?? false, keep ? i < spec.rows.length - 1 : keepsWithNext(i, spec.rows.length)))],
  });
}

/** A caption above a table or figure (Word's Caption style). */
export function caption(text: string, children: ParagraphChild[] = []): Paragraph[] {
  return text || children.length ? [new Paragraph({ style: STYLE.caption, children: [new TextRun(text), ...children] })] : [];
}

export function note(text: string): Paragraph {
  return new Paragraph({ style: STYLE.note, children: [new TextRun(text)] });
}
