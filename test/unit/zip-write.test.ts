// The zip writer behind every export: an independent reader (JSZip) gets back exactly the
// parts written, names in any script included, and the same parts give the same bytes.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkZip, readZipEntry } from '../../main/zip/read.js';
import { writeZip } from '../../main/zip/write.js';

const parts = [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet>' + '<row/>'.repeat(5000) + '</worksheet>') },
  { name: 'media/圖表 1.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]) },
  { name: 'empty.txt', data: Buffer.alloc(0) },
];

describe('zip writer', () => {
  it('writes parts another reader gets back byte for byte, with fixed dates', async () => {
    const zip = await JSZip.loadAsync(writeZip(parts));
    expect(Object.keys(zip.files)).toEqual(parts.map((p) => p.name));
    for (const p of parts) {
      const f = zip.file(p.name) as JSZip.JSZipObject;
      expect(Buffer.from(await f.async('uint8array')).equals(p.data)).toBe(true);
      expect(f.date.getUTCFullYear()).toBe(2000);
    }
  });

  it('is read by the import reader with sizes and checksums that match', () => {
    const buf = writeZip(parts);
    const z = checkZip(buf);
    expect(z.ok).toBe(true);
    if (!z.ok) return;
    for (const p of parts) expect(readZipEntry(buf, z.entries.get(p.name) as never).equals(p.data)).toBe(true);
  });

  it('gives the same bytes for the same parts, and compresses', () => {
    const a = writeZip(parts);
    expect(writeZip(parts).equals(a)).toBe(true);
    expect(a.length).toBeLessThan(parts.reduce((n, p) => n + p.data.length, 0) / 10);
  });
});
