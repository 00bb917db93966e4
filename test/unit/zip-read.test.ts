// The zip reader behind the import refuses an archive it cannot read one way only: two
// entries of the same name (OPC part names compare case-insensitively) are refused with the
// name, as is a local header that disagrees with the directory.
import { describe, expect, it } from 'vitest';
import { checkZip, readZipEntry } from '../../main/zip/read.js';
import { writeZip } from '../../main/zip/write.js';

const part = (name: string, text: string) => ({ name, data: Buffer.from(text) });

describe('zip reader', () => {
  it('reads distinct entries', () => {
    const buf = writeZip([part('xl/workbook.xml', '<workbook/>'), part('xl/worksheets/sheet1.xml', '<worksheet/>')]);
    const z = checkZip(buf);
    expect(z.ok && [...z.entries.keys()]).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  });

  it('refuses two entries of the same name, naming it', () => {
    const buf = writeZip([part('xl/worksheets/sheet1.xml', '<worksheet>first</worksheet>'), part('xl/workbook.xml', '<workbook/>'), part('xl/worksheets/sheet1.xml', '<worksheet>second</worksheet>')]);
    expect(checkZip(buf)).toEqual({ ok: false, reason: 'the workbook holds two parts named xl/worksheets/sheet1.xml' });
  });

  it('refuses two entries whose names differ only in case', () => {
    const buf = writeZip([part('xl/sharedStrings.xml', '<sst/>'), part('xl/SharedStrings.xml', '<sst/>')]);
    expect(checkZip(buf)).toEqual({ ok: false, reason: 'the workbook holds two parts named xl/SharedStrings.xml' });
  });

  it('refuses a part whose local header names another part', () => {
    const buf = writeZip([part('a.xml', '<a/>'), part('b.xml', '<b/>')]);
    const at = buf.indexOf('b.xml'); // the local header's copy comes first
    buf.write('c', at);
    const z = checkZip(buf);
    if (!z.ok) throw new Error(z.reason);
    expect(() => readZipEntry(buf, z.entries.get('b.xml') as never)).toThrow(/b\.xml is damaged \(its local header disagrees/);
  });
});
