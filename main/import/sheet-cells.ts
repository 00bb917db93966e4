// The cells of one worksheet part, read with the strict XML parser (xml-parse): values,
// formulas, shared, inline and rich strings (phonetic runs left out), whatever the namespace
// prefix or attribute order. A cell reference that is out of place in its row, out of range or
// given twice refuses the sheet: two cells at one reference would leave the reader to pick one.
import { columnLetter } from '../export/xlsx/collect/layout.js';
import { localName, parseXml, type XmlFeed, type XmlTag } from './xml-parse.js';

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

interface CellContent {
  value?: string;
  formula?: string;
  inline?: string;
}

function toCell(type: string, style: number, c: CellContent, shared: readonly string[], where: () => string): RawCell | undefined {
  if (c.formula !== undefined) return { kind: 'formula', text: c.formula, style };
  if (type === 'inlineStr') {
    const t = unescapeOoxml(c.inline ?? '');
    return t === '' ? undefined : { kind: 'string', text: t, style };
  }
  return c.value === undefined ? undefined : valueCell(type, style, c.value, shared, where);
}

/** A cell whose content is a <v> (not a formula nor an inline string). */
function valueCell(type: string, style: number, v: string, shared: readonly string[], where: () => string): RawCell | undefined {
  if (v === '') return undefined;
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

const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;

/**
 * A whole cell as writers commonly emit it, `<c r="H5" s="3" t="s"><v>12</v></c>` or an
 * empty styled `<c r="H5" s="3"/>` (groups: column, row, style, type, value). Every text this
 * matches is a complete, well-formed element whose value needs no decoding (no '&', no '<',
 * no character XML forbids), so where the parser stands in a row's content, between two of
 * its children, the filter below may read it without handing it to the parser: the document
 * is well-formed with it exactly when it is without it. That keeps a 12,000-row sheet to tens
 * of milliseconds instead of hundreds; anything else (formulas, inline and rich strings,
 * prefixes, other attribute orders, whitespace) goes through the parser.
 */
const SIMPLE_CELL = /<c r="([A-Z]{1,3})([0-9]{1,7})"(?: s="([0-9]{1,9})")?(?: t="([a-z]{1,9})")?(?:\/>|><v>([0-9A-Za-z.+#!/-]*)<\/v><\/c>)|<\/row><row r="([0-9]{1,7})"((?: [A-Za-z_][\w.:-]*="[0-9A-Za-z.:+-]*")*)>/g;
/** The second alternative above is the turn from one row to the next, `</row><row r="6" spans="1:11">`:
 * in a row's content it closes that row and opens another, well-formed if no attribute is given twice. */
const ROW_ATTR_NAME = / ([^=]+)=/g;

function uniqueAttributes(attrs: string): boolean {
  if (attrs.length === 0) return true;
  const names = new Set(['r']);
  ROW_ATTR_NAME.lastIndex = 0;
  for (let m = ROW_ATTR_NAME.exec(attrs); m !== null; m = ROW_ATTR_NAME.exec(attrs)) {
    const name = m[1] as string;
    if (names.has(name)) return false;
    names.add(name);
  }
  return true;
}

const isXmlSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** The columns already seen in one row number (rows may be split over several <row> elements). */
interface SeenColumns {
  max: number;
  cols: number[];
}

/**
 * The cells of a worksheet part (`part` names it in messages; `bytes` its UTF-8 XML).
 * `keep` leaves out the cells of columns the caller does not read; they are still checked.
 */
export function readSheetCells(part: string, bytes: Uint8Array, shared: readonly string[], keep: (col: number, row: number) => boolean = () => true): SheetCells {
  const rows: SheetCells = new Map();
  const seen = new Map<number, SeenColumns>();
  let inSheetData = false;
  let rowNum = 0;
  let row: Map<number, RawCell> | undefined;
  let rowSeen: SeenColumns | undefined;
  let col = 0;
  // The cell being read by the parser: its type, style, whether it is kept, its content so far.
  let inCell = false;
  let want = false;
  let type = 'n';
  let style = 0;
  let content: CellContent = {};
  let capture: 'value' | 'formula' | 'inline' | null = null;
  let inInline = false;
  let phonetic = 0;
  const where = () => `${columnLetter(col)}${rowNum}`;
  // Where the parser last stood in a row's content, just past the '>' of <row ...> or of a
  // cell's end tag (-1: elsewhere), and whether all it has read since is white space.
  let feed: XmlFeed | undefined;
  let rowContentAt = -1;
  // Element depth, and that of the current row's children: only a cell that is a child of the
  // row (not of some other element inside it) leaves the parser standing in the row's content.
  let depth = 0;
  let rowDepth = -1;
  let written = 0;
  let clean = false;
  // The attributes of the last row start tag read by the filter (rows mostly repeat them).
  let uniqueRowAttrs: string | undefined;

  /** A cell's reference, in its row: checks place and uniqueness, sets `col`; true if kept. */
  const placeCell = (ref: string | undefined): boolean => {
    if (!row || !rowSeen) throw new SheetError('a cell lies outside any row');
    if (ref === undefined) col += 1;
    else {
      const p = parseRef(ref);
      if (!Number.isInteger(p.col) || p.col < 1 || p.col > MAX_COL || p.row !== rowNum) throw new SheetError(`a cell reference (${ref}) is out of place in row ${rowNum}`);
      col = p.col;
    }
    return checkPlace();
  };
  /** The same for a reference already split into column letters and row digits. */
  const placeSimpleCell = (letters: string, digits: string): boolean => {
    if (!row || !rowSeen) throw new SheetError('a cell lies outside any row');
    let c = 0;
    for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
    if (c > MAX_COL || Number(digits) !== rowNum) throw new SheetError(`a cell reference (${letters}${digits}) is out of place in row ${rowNum}`);
    col = c;
    return checkPlace();
  };
  const checkPlace = (): boolean => {
    const rs = rowSeen as SeenColumns;
    if (col > MAX_COL) throw new SheetError(`a cell of row ${rowNum} lies beyond the last column`);
    if (col > rs.max) rs.max = col;
    else if (rs.cols.includes(col)) throw new SheetError(`cell ${where()} is given twice`);
    rs.cols.push(col);
    return keep(col, rowNum);
  };

  const startRow = (r: string | undefined) => {
    rowNum = r === undefined ? rowNum + 1 : Number(r);
    if (!Number.isInteger(rowNum) || rowNum < 1 || rowNum > MAX_ROW) throw new SheetError(`a row number (${r}) is out of range`);
    row = rows.get(rowNum);
    if (!row) rows.set(rowNum, (row = new Map()));
    rowSeen = seen.get(rowNum);
    if (!rowSeen) seen.set(rowNum, (rowSeen = { max: 0, cols: [] }));
    col = 0;
  };

  const handler = {
    open(tag: XmlTag) {
      rowContentAt = -1;
      depth++;
      const name = localName(tag.name);
      if (!inSheetData) {
        if (name === 'sheetData') inSheetData = true;
        return;
      }
      if (inCell) {
        if (!want) return;
        if (name === 'v') capture = 'value';
        else if (name === 'f') capture = 'formula';
        else if (name === 'is') inInline = true;
        else if (name === 't' && inInline && phonetic === 0) capture = 'inline';
        else if (name === 'rPh') phonetic++;
        if (capture && content[capture] === undefined) content[capture] = '';
        return;
      }
      const a = tag.attributes;
      if (name === 'c') {
        inCell = true;
        want = placeCell(a['r']);
        if (!want) return;
        type = a['t'] ?? 'n';
        const s = a['s'];
        style = s === undefined ? 0 : Number(s);
        content = {};
        capture = null;
        inInline = false;
        phonetic = 0;
      } else if (name === 'row') {
        startRow(a['r']);
        rowDepth = depth;
        if (!tag.isSelfClosing) rowContentAt = (feed as XmlFeed).position;
      }
    },
    close(tag: XmlTag) {
      rowContentAt = -1;
      depth--;
      const name = localName(tag.name);
      if (inCell) {
        if (name === 'c') {
          inCell = false;
          if (depth === rowDepth) rowContentAt = (feed as XmlFeed).position;
          if (!want) return;
          const cell = toCell(type, style, content, shared, where);
          if (cell) (row as Map<number, RawCell>).set(col, cell);
        } else if (name === 'rPh' && phonetic > 0) phonetic--;
        else if (name === 'is') inInline = false;
        else if (name === 'v' || name === 'f' || name === 't') capture = null;
      } else if (name === 'row') {
        row = undefined;
        rowSeen = undefined;
        rowDepth = -1;
      } else if (name === 'sheetData') inSheetData = false;
    },
    text(t: string) {
      if (capture) content[capture] += t;
    },
  };

  /** Writes `text` to the parser and notes whether it still stands in a row's content, white space after. */
  const pass = (text: string, to: XmlFeed) => {
    const start = written;
    to.write(text);
    written += text.length;
    if (rowContentAt < 0) {
      clean = false;
      return;
    }
    let i = rowContentAt >= start ? rowContentAt - start : 0;
    if (rowContentAt < start && !clean) return;
    while (i < text.length && isXmlSpace(text.charCodeAt(i))) i++;
    clean = i === text.length;
  };

  const filter = (text: string, to: XmlFeed) => {
    feed = to;
    let from = 0;
    SIMPLE_CELL.lastIndex = 0;
    for (let m = SIMPLE_CELL.exec(text); m !== null; m = SIMPLE_CELL.exec(text)) {
      if (m.index > from) pass(text.slice(from, m.index), to);
      from = SIMPLE_CELL.lastIndex;
      if (!clean || inCell || (m[6] !== undefined && m[7] !== uniqueRowAttrs && !uniqueAttributes(m[7] as string))) {
        // Not between two children of a row (or the parser is inside something): its text is the parser's.
        pass(m[0], to);
        continue;
      }
      if (m[6] !== undefined) {
        uniqueRowAttrs = m[7] as string;
        startRow(m[6]);
        continue;
      }
      if (!placeSimpleCell(m[1] as string, m[2] as string) || m[5] === undefined) continue;
      const cell = valueCell(m[4] ?? 'n', m[3] === undefined ? 0 : Number(m[3]), m[5], shared, where);
      if (cell) (row as Map<number, RawCell>).set(col, cell);
    }
    if (from < text.length) pass(from === 0 ? text : text.slice(from), to);
  };

  parseXml(part, bytes, handler, filter);
  return rows;
}
