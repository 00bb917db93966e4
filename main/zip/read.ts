// Reads an XLSX (a zip) without trusting it: the file size, the number of entries and the
// sizes the central directory declares are checked before anything is unpacked, so that a
// zip bomb is refused in milliseconds instead of filling memory; each part is then inflated
// by Node's zlib with its output capped at the declared size, and its CRC-32 verified, so a
// damaged or doctored part is an error, never silently different bytes.
import { crc32, inflateRawSync } from 'node:zlib';

export const LIMITS = {
  fileBytes: 25 * 1024 * 1024,
  entries: 2_000,
  totalUncompressed: 200 * 1024 * 1024,
  entryUncompressed: 100 * 1024 * 1024,
  /** Deflate rarely beats 100:1 on real spreadsheets; bombs reach 1000:1 and more. */
  ratio: 200,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** `bomb`: refused for what it would unpack to (parts, sizes, ratio), not for damage. */
export type ZipCheck = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; reason: string; bomb?: true };

export class ZipReadError extends Error {}

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
  if (count > limits.entries) return { ok: false, bomb: true, reason: `the workbook has ${count} parts; at most ${limits.entries} are accepted` };
  if (cdOffset >= buf.length) return { ok: false, reason: 'the workbook is damaged or truncated (zip directory out of range)' };
  const entries = new Map<string, ZipEntry>();
  const seen = new Set<string>();
  const names = new TextDecoder('utf-8');
  let p = cdOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) return { ok: false, reason: 'the workbook is damaged or truncated (zip directory entry)' };
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    if (compressed === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, reason: 'ZIP64 workbooks are not accepted' };
    total += size;
    if (size > limits.entryUncompressed || total > limits.totalUncompressed) return { ok: false, bomb: true, reason: `the workbook unpacks to more than ${limits.totalUncompressed / 1024 / 1024} MB` };
    if (size > 1024 * 1024 && compressed > 0 && size / compressed > limits.ratio) return { ok: false, bomb: true, reason: 'the workbook is compressed suspiciously well (a zip bomb?)' };
    if (p + 46 + nameLen > buf.length) return { ok: false, reason: 'the workbook is damaged or truncated (zip directory entry)' };
    const name = names.decode(buf.subarray(p + 46, p + 46 + nameLen));
    // Two entries of one name (OPC compares part names case-insensitively) would leave the
    // reader to pick one, and another program may pick the other: refuse rather than guess.
    const folded = name.toLowerCase();
    if (folded.length > 0 && seen.has(folded)) return { ok: false, reason: `the workbook holds two parts named ${name}` };
    seen.add(folded);
    entries.set(name, { name, method, flags, crc, compressed, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

/** The bytes of one part, inflated and checked against its declared size and CRC-32. */
export function readZipEntry(buf: Uint8Array, e: ZipEntry): Buffer {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (e.flags & 0x1) throw new ZipReadError(`${e.name} is encrypted`);
  if (e.offset + 30 > buf.length || view.getUint32(e.offset, true) !== 0x04034b50) throw new ZipReadError(`${e.name} is damaged (no local header)`);
  // The local header repeats the directory's facts; a writer never lets them differ, damage does.
  const localFlags = view.getUint16(e.offset + 6, true);
  const nameLen = view.getUint16(e.offset + 26, true);
  const sameName = e.offset + 30 + nameLen <= buf.length && Buffer.from(buf.buffer, buf.byteOffset + e.offset + 30, nameLen).toString('utf8') === e.name;
  const sameSizes = localFlags & 0x8 || (view.getUint32(e.offset + 14, true) === e.crc && view.getUint32(e.offset + 18, true) === e.compressed && view.getUint32(e.offset + 22, true) === e.size);
  if (view.getUint16(e.offset + 8, true) !== e.method || (localFlags & 0x1) !== (e.flags & 0x1) || !sameName || !sameSizes) throw new ZipReadError(`${e.name} is damaged (its local header disagrees with the zip directory)`);
  const start = e.offset + 30 + nameLen + view.getUint16(e.offset + 28, true);
  if (start + e.compressed > buf.length) throw new ZipReadError(`${e.name} is truncated`);
  const raw = buf.subarray(start, start + e.compressed);
  let out: Buffer;
  if (e.method === 0) out = Buffer.from(raw);
  else if (e.method === 8) {
    try {
      // One byte over the declared size is enough to tell a lying header from an honest one.
      out = inflateRawSync(raw, { maxOutputLength: e.size + 1 });
    } catch (err) {
      throw new ZipReadError(`${e.name} is damaged (${(err as Error).message})`);
    }
  } else throw new ZipReadError(`${e.name} uses a compression method (${e.method}) that is not accepted`);
  if (out.length !== e.size) throw new ZipReadError(`${e.name} is damaged (size ${out.length}, declared ${e.size})`);
  if (crc32(out) >>> 0 !== e.crc) throw new ZipReadError(`${e.name} is damaged (checksum mismatch)`);
  return out;
}
