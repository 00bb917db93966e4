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
export type CellContent = string | ParagraphChild[] | Paragraph[] | { lines: ParagraphChild[][] };

export interface Cell {
  content: CellContent;
  numeric?: boolean;
  bold?: boolean;
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

function paragraphs(c: Cell, header: boolean): Paragraph[] {
  const style = header ? STYLE.tableHeader : c.numeric ? STYLE.tableNumber : STYLE.tableText;
  const alignment = c.numeric ? AlignmentType.RIGHT : undefined;
  const indent = c.indent ? { left: 240 * c.indent } : undefined;
  if (typeof c.content === 'string') {
    const lines = c.content.split('\n');
    return lines.map((line) => new Paragraph({ style, alignment, indent, children: [new TextRun({ text: line, bold: c.bold })] }));
  }
  if ('lines' in c.content) return c.content.lines.map((children) => new Paragraph({ style, alignment, indent, children }));
  if (c.content.length > 0 && c.content.every((x) => x instanceof Paragraph)) return c.content as Paragraph[];
  return [new Paragraph({ style, alignment, indent, children: c.content as ParagraphChild[] })];
}

function cell(input: CellInput, width: number, header: boolean, shadeRow: boolean): TableCell {
  const c: Cell = typeof input === 'string' ? { content: input } : input;
  const fill = header ? COLORS.accent : c.shade ?? (shadeRow ? COLORS.boxFill : undefined);
  return new TableCell({
    children: paragraphs(c, header),
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

export function buildTable(spec: TableSpec): Table {
  const widths = columnWidths(spec.weights);
  const widthAt = (i: number, span = 1) => widths.slice(i, i + span).reduce((a, b) => a + b, 0);
  const row = (cells: CellInput[], header: boolean, shade: boolean) => {
    let col = 0;
    const out = cells.map((c) => {
      const span = typeof c === 'string' ? 1 : c.span ?? 1;
      const built = cell(c, widthAt(col, span), header, shade);
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
    rows: [row(spec.header, true, false), ...spec.rows.map((r, i) => row(r, false, spec.groupRows?.has(i) ?? false))],
  });
}

/** A caption above a table or figure (Word's Caption style). */
export function caption(text: string, children: ParagraphChild[] = []): Paragraph[] {
  return text || children.length ? [new Paragraph({ style: STYLE.caption, children: [new TextRun(text), ...children] })] : [];
}

export function note(text: string): Paragraph {
  return new Paragraph({ style: STYLE.note, children: [new TextRun(text)] });
}
