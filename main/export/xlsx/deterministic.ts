// exceljs stamps every zip entry and docProps/core.xml with the current time. For "same
// workspace, same bytes" the package is re-zipped with one fixed date per entry and a fixed
// entry order (JSZip encodes dates in UTC, so the time zone does not matter).
import JSZip from 'jszip';

export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

export async function repackDeterministic(buf: Uint8Array): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  // [Content_Types].xml first, as Office writes it; then the rest in a stable order.
  const names = Object.keys(src.files)
    .filter((n) => !src.files[n]?.dir)
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const data = await (src.files[name] as JSZip.JSZipObject).async('uint8array');
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
