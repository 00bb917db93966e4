// exceljs stamps every zip entry and docProps/core.xml with the current time. For "same
// workspace, same bytes" the package is re-zipped with one fixed date per entry and a fixed
// entry order (JSZip encodes dates in UTC, so the time zone does not matter).
import JSZip from 'jszip';

export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** A part's bytes may be mended on the way through (see worksheetInSchemaOrder). */
export type PartFix = (name: string, data: Uint8Array) => Uint8Array;

export async function repackDeterministic(buf: Uint8Array, fix?: PartFix): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  // [Content_Types].xml first, as Office writes it; then the rest in a stable order.
  const names = Object.keys(src.files)
    .filter((n) => !src.files[n]?.dir)
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const data = await (src.files[name] as JSZip.JSZipObject).async('uint8array');
    out.file(name, fix ? fix(name, data) : data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
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
