// Checks an XLSX (a zip) before any library unpacks it: the file size, the number of
// entries, and the sizes the central directory declares, so that a zip bomb is refused in
// milliseconds instead of filling memory. Declared sizes are trusted only as an upper bound
// check here; the unpacking library sees only files that pass.
export const LIMITS = {
  fileBytes: 25 * 1024 * 1024,
  entries: 2_000,
  totalUncompressed: 200 * 1024 * 1024,
  entryUncompressed: 100 * 1024 * 1024,
  /** Deflate rarely beats 100:1 on real spreadsheets; bombs reach 1000:1 and more. */
  ratio: 200,
};

export type ZipCheck = { ok: true } | { ok: false; reason: string };

export function checkZip(buf: Uint8Array, limits = LIMITS): ZipCheck {
  if (buf.length > limits.fileBytes) return { ok: false, reason: `the file is ${(buf.length / 1e6).toFixed(1)} MB; workbooks above ${limits.fileBytes / 1024 / 1024} MB are refused` };
  if (buf.length < 22 || buf[0] !== 0x50 || buf[1] !== 0x4b) return { ok: false, reason: 'not an XLSX workbook (not a zip archive)' };
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'the workbook is damaged or truncated (no zip directory)' };
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count > limits.entries) return { ok: false, reason: `the workbook has ${count} parts; at most ${limits.entries} are accepted` };
  if (cdOffset >= buf.length) return { ok: false, reason: 'the workbook is damaged or truncated (zip directory out of range)' };
  let p = cdOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) return { ok: false, reason: 'the workbook is damaged or truncated (zip directory entry)' };
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (compressed === 0xffffffff || size === 0xffffffff) return { ok: false, reason: 'ZIP64 workbooks are not accepted' };
    total += size;
    if (size > limits.entryUncompressed || total > limits.totalUncompressed) return { ok: false, reason: `the workbook unpacks to more than ${limits.totalUncompressed / 1024 / 1024} MB` };
    if (size > 1024 * 1024 && compressed > 0 && size / compressed > limits.ratio) return { ok: false, reason: 'the workbook is compressed suspiciously well (a zip bomb?)' };
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true };
}
