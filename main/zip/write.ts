// Writes a zip archive from whole parts, deflated by Node's zlib (native, several times
// faster than the pure-JavaScript deflate of JSZip that the exports used before), every
// entry stamped with one fixed date: the same parts in the same order give the same bytes.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

/** MS-DOS date and time of 2000-01-01 00:00:00, the fixed stamp of every entry. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/** A little-endian record of [byte width, value] fields. */
function record(fields: readonly (readonly [2 | 4, number])[]): Buffer {
  const out = Buffer.alloc(fields.reduce((n, [w]) => n + w, 0));
  let at = 0;
  for (const [w, v] of fields) at = w === 2 ? out.writeUInt16LE(v, at) : out.writeUInt32LE(v, at);
  return out;
}

export function writeZip(parts: readonly ZipPart[], level = 6): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(part.name) ? 0 : 0x0800; // bit 11: the name is UTF-8
    const crc = crc32(part.data) >>> 0;
    const packed = deflateRawSync(part.data, { level });
    // Version 2.0 (deflate), flags, method 8 (deflate), fixed time and date, CRC, sizes, name length.
    const common = [[2, 20], [2, flags], [2, 8], [2, DOS_TIME], [2, DOS_DATE], [4, crc], [4, packed.length], [4, part.data.length], [2, name.length], [2, 0]] as const;
    const local = record([[4, 0x04034b50], ...common]);
    // Made by MS-DOS 2.0; then comment length, disk, internal and external attributes, offset.
    const entry = record([[4, 0x02014b50], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]);
    chunks.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
    if (offset > 0xffffffff || parts.length > 0xffff) throw new Error('the archive is too large for a zip without ZIP64');
  }
  const cd = Buffer.concat(central);
  const end = record([[4, 0x06054b50], [2, 0], [2, 0], [2, parts.length], [2, parts.length], [4, cd.length], [4, offset], [2, 0]]);
  return Buffer.concat([...chunks, cd, end]);
}
