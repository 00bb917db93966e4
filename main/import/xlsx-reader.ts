// Reads the cells of an XLSX workbook's sheets (values, formulas, number formats) without
// building a spreadsheet model: the import needs what each cell holds, not its styles, so
// this reads the workbook's sheet list, the shared strings, the number formats and the cells
// of the sheets asked for. Parts are inflated and checked by zip/read and parsed strictly
// by xml-parse: every XML part other than the large sheets is checked when the workbook is
// opened, a large sheet when it is read, and a part that is not well-formed refuses the
// workbook, named.
// exceljs took ~50 ms and ~8 MB per department workbook at scale for the same; this takes a
// few ms (see `npm run bench -- --json`, import_40_workbooks_ms, and bench/read-workbooks.ts).
import { checkZip, readZipEntry, ZipReadError } from '../zip/read.js';
import { readSheetCells, SheetError, unescapeOoxml } from './sheet-cells.js';
import { attr, checkXml, localName, parseXml, XmlError, type XmlHandler } from './xml-parse.js';

/** Why a workbook cannot be read, phrased for the user. */
export class XlsxError extends Error {}

/** Malformed XML anywhere becomes one kind of error for callers. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof XmlError || e instanceof SheetError) throw new XlsxError(`cannot be read as an XLSX workbook (${e.message})`);
    throw e;
  }
}

export type { RawCell, RawCellKind, SheetCells } from './sheet-cells.js';
import type { SheetCells } from './sheet-cells.js';

export interface XlsxBook {
  /** Sheet names in tab order, hidden ones included. */
  sheetNames: string[];
  /** The cells of a sheet; `keep` limits them to the columns the caller reads. */
  sheet(name: string, keep?: (col: number, row: number) => boolean): SheetCells | undefined;
  /** The number format code of a cell format ('General' when none). */
  numFmt(style: number): string;
}

/** Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30, incl. the CJK ones). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Sheets up to this size are checked when the workbook is opened, read or not (a fraction of a millisecond each). */
const SMALL_SHEET_BYTES = 64 * 1024;

function joinPath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${base}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const dirOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);
const relsOf = (part: string) => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

export function openXlsx(bytes: Uint8Array): XlsxBook {
  return guarded(() => openBook(bytes));
}

function openBook(bytes: Uint8Array): XlsxBook {
  const zip = checkZip(bytes);
  if (!zip.ok) throw new XlsxError(zip.reason);
  // Every part is inflated and its checksum verified, read or not: a workbook damaged
  // anywhere is refused as a whole rather than half trusted.
  const parts = new Map<string, Buffer>();
  try {
    for (const e of zip.entries.values()) if (!e.name.endsWith('/')) parts.set(e.name, readZipEntry(bytes, e));
  } catch (err) {
    if (err instanceof ZipReadError) throw new XlsxError(`the workbook is damaged: ${err.message}`);
    throw err;
  }
  /** Parses a part once and lets its bytes go; false when the workbook has no such part. */
  const parse = (part: string, h: XmlHandler): boolean => {
    const buf = parts.get(part);
    if (!buf) return false;
    parts.delete(part);
    parseXml(part, buf, h);
    return true;
  };
  const rels = (part: string): Map<string, { type: string; target: string }> => {
    const map = new Map<string, { type: string; target: string }>();
    parse(relsOf(part), {
      open({ name, attributes: a }) {
        if (localName(name) !== 'Relationship' || attr(a, 'TargetMode') === 'External') return;
        const id = attr(a, 'Id');
        const target = attr(a, 'Target');
        if (id && target) map.set(id, { type: attr(a, 'Type') ?? '', target: joinPath(dirOf(part), target) });
      },
      close() {},
    });
    return map;
  };

  const root = [...rels('').values()].find((r) => r.type.endsWith('/officeDocument'));
  if (!root) throw new XlsxError('it has no workbook part (not a spreadsheet)');
  const wbRels = rels(root.target);
  const sheets: { name: string; part: string | undefined }[] = [];
  const hasWorkbook = parse(root.target, {
    open({ name, attributes: a }) {
      if (localName(name) !== 'sheet') return;
      const rel = wbRels.get(attr(a, 'id') ?? '');
      sheets.push({ name: attr(a, 'name') ?? '', part: rel?.target });
    },
    close() {},
  });
  if (!hasWorkbook) throw new XlsxError(`its workbook part ${root.target} is missing`);
  const partOfType = (suffix: string) => [...wbRels.values()].find((r) => r.type.endsWith(suffix))?.target;

  const sharedPart = partOfType('/sharedStrings');
  const shared = sharedPart ? readSharedStrings(sharedPart, parse) : [];
  const stylesPart = partOfType('/styles');
  const formats = stylesPart ? readCellFormats(stylesPart, parse) : [];
  // The rest ([Content_Types].xml, theme, document properties, ...) is not read, but a part
  // that is not well-formed is damage all the same. Sheets are checked as they are read; the
  // caller may leave some unread (an instructions sheet), so those small enough to cost
  // nothing are checked now too, and read again if asked for.
  const sheetParts = new Set(sheets.map((s) => s.part));
  for (const [name, buf] of parts) {
    if (!/\.(?:xml|rels|vml)$/i.test(name)) continue;
    if (!sheetParts.has(name)) parts.delete(name);
    else if (buf.length > SMALL_SHEET_BYTES) continue;
    checkXml(name, buf);
  }

  return {
    sheetNames: sheets.map((s) => s.name),
    sheet(name, keep) {
      return guarded(() => readSheet(name, keep));
    },
    numFmt: (style) => formats[style] ?? 'General',
  };

  function readSheet(name: string, keep?: (col: number, row: number) => boolean): SheetCells | undefined {
    const s = sheets.find((x) => x.name === name);
    if (!s?.part) return undefined;
    const bytes = parts.get(s.part);
    if (bytes === undefined) throw new XlsxError(`the part of sheet "${name}" (${s.part}) is missing`);
    parts.delete(s.part);
    try {
      return readSheetCells(s.part, bytes, shared, keep);
    } catch (e) {
      if (e instanceof SheetError) throw new SheetError(`sheet "${name}" (${s.part}): ${e.message}`);
      throw e;
    }
  }
}

type PartParser = (part: string, h: XmlHandler) => boolean;

/** Shared strings: each <si> is the text of its <t> elements, phonetic runs (<rPh>) left out. */
function readSharedStrings(part: string, parse: PartParser): string[] {
  const out: string[] = [];
  let cur: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  parse(part, {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'si') cur = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inT = true;
    },
    close(tag) {
      const name = localName(tag.name);
      if (name === 'si' && cur) {
        out.push(unescapeOoxml(cur.join('')));
        cur = null;
      } else if (name === 'rPh' && phonetic > 0) phonetic--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT && cur && phonetic === 0) cur.push(t);
    },
  });
  return out;
}

/** The number format code of each cell format (<cellXfs>), built-in date formats included. */
function readCellFormats(part: string, parse: PartParser): string[] {
  const custom = new Map<number, string>();
  const out: string[] = [];
  let inCellXfs = false;
  parse(part, {
    open(tag) {
      const name = localName(tag.name);
      const a = tag.attributes;
      if (name === 'numFmt') custom.set(Number(attr(a, 'numFmtId')), attr(a, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(a, 'numFmtId') ?? 0);
        out.push(custom.get(id) ?? (BUILTIN_DATE_IDS.has(id) ? 'yyyy-mm-dd' : id === 0 ? 'General' : `builtin ${id}`));
      }
    },
    close(tag) {
      if (localName(tag.name) === 'cellXfs') inCellXfs = false;
    },
  });
  return out;
}
