// exceljs and docx stamp every zip entry and docProps/core.xml with the current time. For
// "same workspace, same bytes" a package is re-zipped with one fixed date per entry and a
// fixed entry order; its parts are read and written by Node's zlib (main/zip).
import { checkZip, readZipEntry } from '../../zip/read.js';
import { writeZip, type ZipPart } from '../../zip/write.js';
import { cleanAndCheckParts } from '../check-xml.js';

export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** Our own packages: trusted, but still read through the same checks as any zip. */
const OWN_LIMITS = { fileBytes: 2 ** 31, entries: 65_535, totalUncompressed: 2 ** 32, entryUncompressed: 2 ** 31, ratio: Infinity };

/** Every file of a zip package, inflated, in archive order. */
export function readParts(buf: Uint8Array): ZipPart[] {
  const zip = checkZip(buf, OWN_LIMITS);
  if (!zip.ok) throw new Error(`cannot repack the package: ${zip.reason}`);
  return [...zip.entries.values()].filter((e) => !e.name.endsWith('/')).map((e) => ({ name: e.name, data: readZipEntry(buf, e) }));
}

/** A part's bytes may be mended on the way through (see worksheetInSchemaOrder). */
export type PartFix = (name: string, data: Uint8Array) => Uint8Array;

/**
 * Zips parts with [Content_Types].xml first, as Office writes it, then the rest in a stable
 * order. Every export passes here: each XML part is cleaned and parsed first (check-xml.ts).
 */
export function packDeterministic(parts: readonly ZipPart[], fix?: PartFix): Buffer {
  const sorted = [...parts].sort((a, b) => (a.name === '[Content_Types].xml' ? -1 : b.name === '[Content_Types].xml' ? 1 : a.name.localeCompare(b.name)));
  return writeZip(cleanAndCheckParts(sorted.map((p) => ({ name: p.name, data: fix ? fix(p.name, p.data) : p.data }))));
}

export function repackDeterministic(buf: Uint8Array, fix?: PartFix): Buffer {
  return packDeterministic(readParts(buf), fix);
}

/**
 * exceljs' streaming writer puts <sheetProtection> after <autoFilter> and <dataValidations>;
 * the schema (ECMA-376 CT_Worksheet) wants it right after <sheetData>, and Excel refuses the
 * file otherwise ("We found a problem with some content"; exceljs PR #2685, not released).
 */
export const worksheetInSchemaOrder: PartFix = (name, data) => {
  if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return data;
  const xml = Buffer.from(data).toString('utf8');
  const m = /<sheetProtection\b[^>]*\/>/.exec(xml);
  const end = xml.indexOf('</sheetData>');
  if (!m || end < 0 || m.index < end) return data;
  const without = xml.slice(0, m.index) + xml.slice(m.index + m[0].length);
  const at = end + '</sheetData>'.length;
  return Buffer.from(without.slice(0, at) + m[0] + without.slice(at), 'utf8');
};
