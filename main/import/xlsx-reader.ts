// Reads the cells of an XLSX workbook's sheets (values, formulas, number formats) without
// building a spreadsheet model: the import needs what each cell holds, not its styles, so
// this reads the workbook's sheet list, the shared strings, the number formats and the cells
// of the sheets asked for. Parts are inflated and checked by zip/read and scanned by
// xml-scan. exceljs took ~50 ms and ~8 MB per department workbook at scale for the same;
// this takes a few ms (see `npm run bench -- --json`, import_40_workbooks_ms).
import { checkZip, readZipEntry, ZipReadError } from '../zip/read.js';
import { readSheetCells, SheetError, unescapeOoxml } from './sheet-cells.js';
import { attr, decodeXml, scanXml, XmlError } from './xml-scan.js';

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30, incl. the CJK ones). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

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
  const text = (part: string): string | undefined => {
    const buf = parts.get(part);
    if (!buf) return undefined;
    parts.delete(part); // each part is read once; let its bytes go
    try {
      return utf8.decode(buf);
    } catch {
      throw new XlsxError(`the workbook is damaged: ${part} is not UTF-8 text`);
    }
  };
  const rels = (part: string): Map<string, { type: string; target: string }> => {
    const map = new Map<string, { type: string; target: string }>();
    const xml = text(relsOf(part));
    if (xml === undefined) return map;
    scanXml(xml, {
      open(name, a) {
        if (name !== 'Relationship' || attr(a, 'TargetMode') === 'External') return;
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
  const wbXml = text(root.target);
  if (wbXml === undefined) throw new XlsxError(`its workbook part ${root.target} is missing`);
  const wbRels = rels(root.target);

  const sheets: { name: string; part: string | undefined }[] = [];
  scanXml(wbXml, {
    open(name, a) {
      if (name !== 'sheet') return;
      const rel = wbRels.get(attr(a, 'id') ?? '');
      sheets.push({ name: attr(a, 'name') ?? '', part: rel?.target });
    },
    close() {},
  });
  const partOfType = (suffix: string) => [...wbRels.values()].find((r) => r.type.endsWith(suffix))?.target;

  let shared: string[] | undefined;
  const sharedStrings = (): string[] => {
    if (shared) return shared;
    shared = [];
    const part = partOfType('/sharedStrings');
    const xml = part ? text(part) : undefined;
    if (xml !== undefined) shared = readSharedStrings(xml);
    return shared;
  };

  let formats: string[] | undefined;
  const numFmt = (style: number): string => {
    if (!formats) {
      const part = partOfType('/styles');
      const xml = part ? text(part) : undefined;
      formats = xml === undefined ? [] : readCellFormats(xml);
    }
    return formats[style] ?? 'General';
  };

  return {
    sheetNames: sheets.map((s) => s.name),
    sheet(name, keep) {
      return guarded(() => readSheet(name, keep));
    },
    numFmt,
  };

  function readSheet(name: string, keep?: (col: number, row: number) => boolean): SheetCells | undefined {
    const s = sheets.find((x) => x.name === name);
    if (!s?.part) return undefined;
    const bytes = parts.get(s.part);
    if (bytes === undefined) throw new XlsxError(`the part of sheet "${name}" (${s.part}) is missing`);
    parts.delete(s.part);
    return readSheetCells(bytes, sharedStrings(), keep);
  }
}

/** Shared strings: each <si> is the text of its <t> elements, phonetic runs (<rPh>) left out. */
function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let cur: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, _a, self) {
      if (name === 'si') cur = [];
      else if (name === 'rPh') phonetic += self ? 0 : 1;
      else if (name === 't' && !self) inT = true;
    },
    close(name) {
      if (name === 'si' && cur) {
        out.push(unescapeOoxml(cur.join('')));
        cur = null;
      } else if (name === 'rPh' && phonetic > 0) phonetic--;
      else if (name === 't') inT = false;
    },
    text(raw, cdata) {
      if (inT && cur && phonetic === 0) cur.push(cdata ? raw : decodeXml(raw));
    },
  });
  return out;
}

/** The number format code of each cell format (<cellXfs>), built-in date formats included. */
function readCellFormats(xml: string): string[] {
  const custom = new Map<number, string>();
  const out: string[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, a, self) {
      if (name === 'numFmt') custom.set(Number(attr(a, 'numFmtId')), attr(a, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = !self;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(a, 'numFmtId') ?? 0);
        out.push(custom.get(id) ?? (BUILTIN_DATE_IDS.has(id) ? 'yyyy-mm-dd' : id === 0 ? 'General' : `builtin ${id}`));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return out;
}
