// What every annex sheet shares: a title row, a header row that is frozen, filtered and
// repeated on printed pages, fitted column widths, and A4 landscape fit to page width.
import type ExcelJS from 'exceljs';
import type { Lang } from '../../../../shared/domain.js';
import { safeText, TEXT_FORMAT } from '../sanitize.js';

export const HEADER_ROW = 3;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };

export function fontFor(lang: Lang): Partial<ExcelJS.Font> {
  // Excel's Traditional Chinese UI font; LibreOffice substitutes a CJK font it has.
  return { name: lang === 'zh-Hant' ? 'Microsoft JhengHei' : 'Calibri', size: 10 };
}

export interface ColumnSpec {
  header: string;
  /** Minimum and maximum width in characters. */
  min?: number;
  max?: number;
  numeric?: boolean;
}

export function startSheet(wb: ExcelJS.Workbook, name: string, title: string, columns: ColumnSpec[], lang: Lang): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&P / &N' },
  });
  const font = fontFor(lang);
  const t = ws.getCell(1, 1);
  t.value = safeText(title);
  t.font = { ...font, ...TITLE_FONT };
  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...font, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: c.numeric ? 'right' : 'left' };
  });
  header.height = 30;
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns.length } };
  return ws;
}

/** Writes user or catalogue text: never read back as a formula. */
export function setText(cell: ExcelJS.Cell, text: string, font: Partial<ExcelJS.Font>): void {
  cell.value = safeText(text);
  cell.numFmt = TEXT_FORMAT;
  cell.font = font;
  cell.alignment = { vertical: 'top', wrapText: true };
}

export function setNumber(cell: ExcelJS.Cell, value: number, format: string, font: Partial<ExcelJS.Font>): void {
  cell.value = value;
  cell.numFmt = format;
  cell.font = font;
  cell.alignment = { vertical: 'top', horizontal: 'right' };
}

/** Display width of text: CJK characters are about two Latin ones wide. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return w;
}

/** Column widths fitted to content (longest line), within each column's bounds. */
export function fitColumns(ws: ExcelJS.Worksheet, columns: ColumnSpec[]): void {
  columns.forEach((c, i) => {
    let w = textWidth(c.header) / 1.5;
    ws.getColumn(i + 1).eachCell({ includeEmpty: false }, (cell) => {
      if (Number(cell.row) < HEADER_ROW) return;
      const v = cell.value;
      const text = typeof v === 'number' ? v.toLocaleString('en', { maximumFractionDigits: 2 }) : String(v ?? '');
      for (const line of text.split('\n')) w = Math.max(w, textWidth(line));
    });
    ws.getColumn(i + 1).width = Math.min(Math.max(w + 2, c.min ?? 8), c.max ?? 60);
  });
  fitRows(ws, columns.length);
}

/**
 * Spreadsheet programs do not grow a row for wrapped text written by a library, so each
 * row gets the height of its tallest cell: wrapped lines at the column's width.
 */
function fitRows(ws: ExcelJS.Worksheet, columnCount: number): void {
  const LINE_PT = 13.5;
  ws.eachRow((row, rowNumber) => {
    if (rowNumber <= HEADER_ROW) return;
    let lines = 1;
    for (let c = 1; c <= columnCount; c++) {
      const v = row.getCell(c).value;
      if (typeof v !== 'string' || v === '') continue;
      const width = Math.max(1, (ws.getColumn(c).width ?? 10) - 1);
      const n = v.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / width)), 0);
      lines = Math.max(lines, n);
    }
    if (lines > 1) row.height = lines * LINE_PT + 2;
  });
}
