// The cells of one worksheet part. Nearly every cell a writer emits is `<c r=".." s=".."
// t=".."><v>..</v></c>` or an empty styled `<c .../>`; those are read with one regular
// expression over the sheet data, which keeps a 12,000-row sheet to a few milliseconds. Any
// other cell content (formulas, inline and rich strings, CDATA, namespace prefixes) goes
// through the general scanner, so nothing is misread for being unusual.
import { columnLetter } from '../export/xlsx/collect/layout.js';
import { decodeXml, scanXml, XmlError } from './xml-scan.js';

export type RawCellKind = 'number' | 'string' | 'boolean' | 'error' | 'date' | 'formula';

export interface RawCell {
  kind: RawCellKind;
  /** The text as stored (the number's text, the string, the formula without "="). */
  text: string;
  number?: number;
  /** Index into the workbook's cell formats (0: General). */
  style: number;
}

/** Row number → column number → cell; only cells that hold something. */
export type SheetCells = Map<number, Map<number, RawCell>>;

export class SheetError extends Error {}

/** OOXML escapes characters XML cannot hold as _xHHHH_ (ST_Xstring). */
export const unescapeOoxml = (s: string) => (s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))));

/**
 * Either a whole cell as writers commonly emit it (groups 1–5: column, row, style, type,
 * value), or else a row's start tag (7) or a cell's start tag (8, 9 if empty), whose content
 * is then found from there; group 6 is the namespace prefix.
 */
const ROW_OR_CELL = /<c r="([A-Z]{1,3})([0-9]{1,7})"(?: s="([0-9]{1,9})")?(?: t="([a-z]{1,9})")?(?:\/>|><v>([^<]*)<\/v><\/c>)|<((?:[A-Za-z_][\w.-]*:)?)(?:row\b([^>]*)>|c\b([^>]*?)(\/)?>)/g;
const CELL_ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ROW_NUMBER = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;

interface CellContent {
  value?: string;
  formula?: string;
  inline?: string;
}

/** Content other than a plain <v>: formulas, inline strings (phonetic runs left out), CDATA. */
function readContent(inner: string): CellContent {
  const out: CellContent = {};
  let capture: 'value' | 'formula' | 'inline' | null = null;
  let inInline = false;
  let phonetic = 0;
  scanXml(inner, {
    open(name, _a, self) {
      if (name === 'v') capture = 'value';
      else if (name === 'f') capture = 'formula';
      else if (name === 'is') inInline = true;
      else if (name === 't' && inInline && phonetic === 0) capture = 'inline';
      else if (name === 'rPh') phonetic += self ? 0 : 1;
      if (capture && out[capture] === undefined) out[capture] = '';
      if (self) capture = null;
    },
    close(name) {
      if (name === 'rPh' && phonetic > 0) phonetic--;
      else if (name === 'is') inInline = false;
      else if (name === 'v' || name === 'f' || name === 't') capture = null;
    },
    text(raw, cdata) {
      if (capture) out[capture] = (out[capture] ?? '') + (cdata ? raw : decodeXml(raw));
    },
  });
  return out;
}

function toCell(type: string, style: number, c: CellContent, shared: readonly string[], where: () => string): RawCell | undefined {
  if (c.formula !== undefined) return { kind: 'formula', text: c.formula, style };
  if (type === 'inlineStr') {
    const t = unescapeOoxml(c.inline ?? '');
    return t === '' ? undefined : { kind: 'string', text: t, style };
  }
  const v = c.value;
  if (v === undefined || v === '') return undefined;
  switch (type) {
    case 's': {
      const t = shared[Number(v)];
      if (t === undefined) throw new SheetError(`cell ${where()} refers to shared string ${v}, which does not exist`);
      return t === '' ? undefined : { kind: 'string', text: t, style };
    }
    case 'str':
      return { kind: 'string', text: unescapeOoxml(v), style };
    case 'b':
      return { kind: 'boolean', text: v === '1' ? 'TRUE' : 'FALSE', style };
    case 'e':
      return { kind: 'error', text: v, style };
    case 'd':
      return { kind: 'date', text: v, style };
    default: {
      const t = v.trim();
      const n = Number(t);
      return t !== '' && Number.isFinite(n) ? { kind: 'number', text: t, number: n, style } : { kind: 'error', text: v, style };
    }
  }
}

/** Splits "XFD12" into column 16384 and row 12. */
function parseRef(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return { col: i === 0 ? NaN : col, row: i < ref.length ? Number(ref.slice(i)) : NaN };
}

/** Sheet data is decoded and scanned in pieces of about this many bytes, cut after a row:
 * small enough that each piece is a short-lived young-generation string. */
const CHUNK_BYTES = 1 << 16;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The cells of a worksheet part (its UTF-8 bytes). `keep` leaves out the cells of columns
 * the caller does not read. The sheet data is decoded 64 KiB at a time, cut after a
 * row's end tag: a 5 MB sheet never becomes one 10 MB string.
 */
export function readSheetCells(part: Uint8Array, shared: readonly string[], keep: (col: number, row: number) => boolean = () => true): SheetCells {
  const buf = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  const rows: SheetCells = new Map();
  const at = buf.indexOf('sheetData');
  if (at < 0) return rows;
  const lt = buf.lastIndexOf('<', at);
  const gt = buf.indexOf('>', at);
  if (lt < 0 || gt < 0 || buf[gt - 1] === 0x2f /* / */) return rows;
  const prefix = buf.toString('latin1', lt + 1, at);
  if (!/^(?:[A-Za-z_][\w.-]*:)?$/.test(prefix)) throw new SheetError('the sheet data is malformed');
  const end = buf.lastIndexOf(`</${prefix}sheetData`);
  if (end <= gt) throw new SheetError('the sheet data is not closed');
  const state: ScanState = { rows, rowNum: 0, row: undefined, col: 0 };
  const rowEnd = `</${prefix}row>`;
  for (let pos = gt + 1; pos < end; ) {
    const cut = buf.indexOf(rowEnd, Math.min(pos + CHUNK_BYTES, end));
    const next = cut < 0 || cut >= end ? end : cut + rowEnd.length;
    let xml: string;
    try {
      xml = utf8.decode(buf.subarray(pos, next));
    } catch {
      throw new SheetError('the sheet is not UTF-8 text');
    }
    scanChunk(xml, prefix, shared, keep, state);
    pos = next;
  }
  return rows;
}

interface ScanState {
  rows: SheetCells;
  rowNum: number;
  row: Map<number, RawCell> | undefined;
  col: number;
}

/** Reads the rows and cells in one piece of sheet data (whole rows only). */
function scanChunk(xml: string, prefix: string, shared: readonly string[], keep: (col: number, row: number) => boolean, state: ScanState): void {
  const { rows } = state;
  let { rowNum, row, col } = state;
  const end = xml.length;
  const closeCell = `</${prefix}c>`;

  ROW_OR_CELL.lastIndex = 0;
  for (let m = ROW_OR_CELL.exec(xml); m !== null && m.index < end; m = ROW_OR_CELL.exec(xml)) {
    if (m[1] !== undefined) {
      // The common shape, read from the match alone.
      if (!row || Number(m[2]) !== rowNum) throw new SheetError(`a cell reference (${m[1]}${m[2]}) is out of place in row ${rowNum}`);
      col = parseRef(m[1]).col;
      if (col > 16_384) throw new SheetError(`a cell reference (${m[1]}${m[2]}) is out of range`);
      if (m[5] === undefined || !keep(col, rowNum)) continue;
      const cell = toCell(m[4] ?? 'n', m[3] === undefined ? 0 : Number(m[3]), { value: decodeXml(m[5]) }, shared, () => `${m[1]}${m[2]}`);
      if (cell) row.set(col, cell);
      continue;
    }
    if (m[6] !== prefix) throw new SheetError(`an element <${m[6]}${m[7] === undefined ? 'c' : 'row'}> is out of place`);
    if (m[7] !== undefined) {
      const r = ROW_NUMBER.exec(m[7])?.[1];
      rowNum = r === undefined ? rowNum + 1 : Number(r);
      if (!Number.isInteger(rowNum) || rowNum < 1 || rowNum > 1_048_576) throw new SheetError(`a row number (${r}) is out of range`);
      row = rows.get(rowNum);
      if (!row) rows.set(rowNum, (row = new Map()));
      col = 0;
      continue;
    }
    if (!row) throw new SheetError('a cell lies outside any row');
    let ref: string | undefined;
    let type = 'n';
    let style = 0;
    CELL_ATTR.lastIndex = 0;
    for (let a = CELL_ATTR.exec(m[8] as string); a !== null; a = CELL_ATTR.exec(m[8] as string)) {
      const name = a[1] as string;
      const value = a[2] ?? a[3] ?? '';
      if (name === 'r') ref = value;
      else if (name === 't') type = value;
      else if (name === 's') style = Number(value);
    }
    if (ref === undefined) col += 1;
    else {
      const p = parseRef(ref);
      if (!Number.isInteger(p.col) || p.col < 1 || p.col > 16_384 || p.row !== rowNum) throw new SheetError(`a cell reference (${ref}) is out of place in row ${rowNum}`);
      col = p.col;
    }
    if (m[9] === '/' || !keep(col, rowNum)) continue; // an empty, perhaps styled, cell, or one not asked for
    const from = ROW_OR_CELL.lastIndex;
    const contentEnd = xml.indexOf(closeCell, from);
    if (contentEnd < 0 || contentEnd > end) throw new SheetError(`cell ${columnLetter(col)}${rowNum} is not closed`);
    ROW_OR_CELL.lastIndex = contentEnd + closeCell.length;
    let content: CellContent;
    try {
      content = readContent(xml.slice(from, contentEnd));
    } catch (e) {
      if (e instanceof XmlError) throw new SheetError(`cell ${columnLetter(col)}${rowNum}: ${e.message}`);
      throw e;
    }
    const cell = toCell(type, style, content, shared, () => `${columnLetter(col)}${rowNum}`);
    if (cell) row.set(col, cell);
  }
  state.rowNum = rowNum;
  state.row = row;
  state.col = col;
}
