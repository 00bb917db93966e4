// The import's own XLSX reader must read every way a spreadsheet program may write a cell,
// not only the shape exceljs writes: namespace prefixes, inline and rich strings with
// phonetic runs, CDATA, entities, cells without references, shared formulas, either quote
// style, stored (uncompressed) parts. And it must refuse a part whose bytes do not match.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSheetCells } from '../../main/import/sheet-cells.js';
import { openXlsx, XlsxError } from '../../main/import/xlsx-reader.js';

const WB_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
</Relationships>`;

async function book(sheet: string, opts: { sharedStrings?: string; styles?: string; compression?: 'STORE' | 'DEFLATE' } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="數據 &amp; Data" sheetId="1" r:id="rId1"/><sheet name='Hidden' sheetId="2" state="veryHidden" r:id="rId4"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', WB_RELS);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  zip.file('xl/worksheets/sheet2.xml', '<worksheet><sheetData/></worksheet>');
  zip.file('xl/sharedStrings.xml', opts.sharedStrings ?? '<sst><si><t>zero</t></si></sst>');
  zip.file('xl/styles.xml', opts.styles ?? '<styleSheet><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>');
  return zip.generateAsync({ type: 'uint8array', compression: opts.compression ?? 'DEFLATE' });
}

const cells = (bytes: Uint8Array, sheet = '數據 & Data') => {
  const b = openXlsx(bytes);
  const out: Record<string, string> = {};
  for (const [r, row] of b.sheet(sheet) ?? []) for (const [c, cell] of row) out[`${String.fromCharCode(64 + c)}${r}`] = `${cell.kind}:${cell.text}`;
  return out;
};

describe('XLSX reader', () => {
  it('reads sheet names in tab order, hidden ones included, with entities decoded', async () => {
    expect(openXlsx(await book('<worksheet><sheetData/></worksheet>')).sheetNames).toEqual(['數據 & Data', 'Hidden']);
  });

  it('reads the common shapes: shared, inline and formula strings, numbers, booleans, errors, dates', async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="0"><v> 12.5 </v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> a &lt;b&gt; </t></is></c></row>
      <row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#DIV/0!</v></c><c r="C2" t="d"><v>2025-01-01T00:00:00Z</v></c><c r="D2" t="str"><f>A1&amp;"x"</f><v>zerox</v></c></row>
      <row r="3"><c r="A3" s="1"/><c r="B3"><v></v></c><c r="C3" t="s"><v>0</v></c></row>
    </sheetData><dataValidations count="1"><dataValidation sqref="A1"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>`;
    expect(cells(await book(sheet))).toEqual({
      A1: 'string:zero',
      B1: 'number:12.5',
      C1: 'string: a <b> ',
      A2: 'boolean:TRUE',
      B2: 'error:#DIV/0!',
      C2: 'date:2025-01-01T00:00:00Z',
      D2: 'formula:A1&"x"',
      C3: 'string:zero',
    });
  });

  it('reads prefixed elements, single quotes, other attribute orders, cells without references, CDATA and comments', async () => {
    const sheet = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r='4'><x:c t='s' r='B4'><x:v>0</x:v></x:c><x:c><x:v>7</x:v></x:c><!-- a comment --><x:c t="inlineStr"><x:is><x:t><![CDATA[<raw> & text]]></x:t></x:is></x:c></x:row>
      <x:row><x:c r="A5" s="0" t="n" cm="1"><x:v>1e3</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    expect(cells(await book(sheet))).toEqual({ B4: 'string:zero', C4: 'number:7', D4: 'string:<raw> & text', A5: 'number:1e3' });
  });

  it('leaves out phonetic runs of rich text, decodes _xHHHH_ escapes, and tells shared formulas from values', async () => {
    const sst = `<sst><si><r><t>東</t></r><r><rPr><b/></rPr><t>京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><t>line_x000D_end</t></si></sst>`;
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C2" si="0">A1+1</f><v>2</v></c></row>
      <row r="2"><c r="C2"><f t="shared" si="0"/><v>3</v></c></row></sheetData></worksheet>`;
    expect(cells(await book(sheet, { sharedStrings: sst }))).toEqual({ A1: 'string:東京', B1: 'string:line\rend', C1: 'formula:A1+1', C2: 'formula:' });
  });

  it('gives the number format of a cell, custom and built-in dates included', async () => {
    const styles = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
    const b = openXlsx(await book('<worksheet><sheetData/></worksheet>', { styles }));
    expect([0, 1, 2, 3, 9].map((s) => b.numFmt(s))).toEqual(['General', 'yyyy"年"m"月"', 'yyyy-mm-dd', 'builtin 4', 'General']);
  });

  it('reads stored (uncompressed) parts', async () => {
    expect(cells(await book('<worksheet><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></worksheet>', { compression: 'STORE' }))).toEqual({ A1: 'number:5' });
  });

  it('refuses damaged parts, references to missing strings, misplaced cells and document type declarations', async () => {
    const good = await book('<worksheet><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></worksheet>', { compression: 'STORE' });
    const tampered = Uint8Array.from(good);
    const at = Buffer.from(tampered).indexOf('<v>5</v>');
    tampered[at + 3] = '6'.charCodeAt(0); // same size, different bytes: only the checksum tells
    expect(() => openXlsx(tampered)).toThrow(/damaged.*checksum/);
    const bad = async (sheet: string) => {
      try {
        openXlsx(await book(sheet)).sheet('數據 & Data');
      } catch (e) {
        return e instanceof XlsxError ? e.message : `not an XlsxError: ${String(e)}`;
      }
      return 'accepted';
    };
    expect(await bad('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>9</v></c></row></sheetData></worksheet>')).toMatch(/A1 refers to shared string 9/);
    expect(await bad('<worksheet><sheetData><row r="2"><c r="A1"><v>1</v></c></row></sheetData></worksheet>')).toMatch(/\(A1\) is out of place in row 2/);
    expect(await bad('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>')).toMatch(/sheet1\.xml is not well-formed XML at line 1, column \d+: unexpected close tag/);
    expect(await bad('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>')).toMatch(/sheet1\.xml: document type declarations are not accepted/);
    expect(await bad('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>')).toMatch(/sheet1\.xml is not well-formed XML .*undefined entity/);
  });
});

/** The message openXlsx or reading the first sheet refuses the workbook with, or 'accepted'. */
async function refusal(bytes: Promise<Uint8Array> | Uint8Array): Promise<string> {
  try {
    openXlsx(await bytes).sheet('數據 & Data');
  } catch (e) {
    return e instanceof XlsxError ? e.message : `not an XlsxError: ${String(e)}`;
  }
  return 'accepted';
}

const sheetOf = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe('XLSX reader: strict XML', () => {
  it('refuses a part that is not well-formed, naming it, wherever it lies', async () => {
    const cases: [string, Promise<Uint8Array>, RegExp][] = [
      ['mis-nested tags', book(sheetOf('<row r="1"><c r="A1"><v>1</c></v></row>')), /xl\/worksheets\/sheet1\.xml is not well-formed XML at line 1, column \d+: unexpected close tag/],
      ['mis-nested tags of plain cells', book(sheetOf('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></sheetData></row>')), /sheet1\.xml is not well-formed XML/],
      ['a bare & in a cell', book(sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>R & D</t></is></c></row>')), /sheet1\.xml is not well-formed XML/],
      ['a bare & in shared strings', book(sheetOf(''), { sharedStrings: '<sst><si><t>R & D</t></si></sst>' }), /xl\/sharedStrings\.xml is not well-formed XML/],
      ['< inside an attribute value', book(sheetOf('<row r="1" spans="1<2"><c r="A1"><v>1</v></c></row>')), /sheet1\.xml is not well-formed XML/],
      ['< inside an attribute of the styles', book(sheetOf(''), { styles: '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0<0"/></numFmts></styleSheet>' }), /xl\/styles\.xml is not well-formed XML/],
      ['an attribute given twice', book(sheetOf('<row r="1" r="1"><c r="A1"><v>1</v></c></row>')), /sheet1\.xml is not well-formed XML.*duplicate attribute/],
      ['an attribute given twice in a row turn', book(sheetOf('<row r="1"><c r="A1"><v>1</v></c></row><row r="2" spans="1:1" spans="1:2"><c r="A2"><v>1</v></c></row>')), /sheet1\.xml is not well-formed XML.*duplicate attribute/],
      ['an unclosed root', book('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'), /sheet1\.xml is not well-formed XML.*unclosed tag/],
      ['text after the root', book(`${sheetOf('')}trailing`), /sheet1\.xml is not well-formed XML.*outside of root/],
      ['a control character', book(sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c></row>')), /sheet1\.xml is not well-formed XML.*disallowed character/],
      ['plain cells inside an unterminated comment', book(sheetOf('<row r="1"><c r="A1"><v>1</v></c><!-- <c r="B1"><v>2</v></c></row>')), /sheet1\.xml is not well-formed XML/],
      ['a row turn inside another element of the row', book(sheetOf('<row r="1"><x><c r="A1"/></row><row r="2"></x><c r="A2"><v>1</v></c></row>')), /sheet1\.xml is not well-formed XML/],
      ['a cell inside an attribute value', book(sheetOf('<row r="1" x="<c r="A1"/>"><c r="B1"><v>2</v></c></row>')), /sheet1\.xml is not well-formed XML/],
    ];
    for (const [what, bytes, want] of cases) expect(`${what}: ${await refusal(bytes)}`).toMatch(new RegExp(`^${what}: .*${want.source}`));
  });

  it('refuses a malformed part nobody reads (document properties, a small sheet) and one that is not UTF-8', async () => {
    const unreadSheet = await JSZip.loadAsync(await book(sheetOf('')));
    unreadSheet.file('xl/worksheets/sheet2.xml', '<worksheet><sheetData></worksheet>');
    // Only opened: the hidden sheet is never asked for.
    const bytes = await unreadSheet.generateAsync({ type: 'uint8array' });
    expect(() => openXlsx(bytes)).toThrow(/xl\/worksheets\/sheet2\.xml is not well-formed XML/);
    const zip = await JSZip.loadAsync(await book(sheetOf('')));
    zip.file('docProps/app.xml', '<Properties><Company>A & B</Company></Properties>');
    expect(await refusal(zip.generateAsync({ type: 'uint8array' }))).toMatch(/docProps\/app\.xml is not well-formed XML/);
    zip.file('docProps/app.xml', new Uint8Array([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e]));
    expect(await refusal(zip.generateAsync({ type: 'uint8array' }))).toMatch(/docProps\/app\.xml is not UTF-8 text/);
  });

  it('accepts comments, processing instructions and CDATA that mention sheetData or look like cells, and reads none of it', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><!-- <sheetData> comes below; </sheetData> --><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><!-- <c r="B1"><v>9</v></c> --><c r="A1"><v>5</v></c><?pi <c r="C1"><v>9</v></c>?></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[</c><c r="B2"><v>9</v></c>]]></t></is></c><c r="C2"><v>6</v></c></row>
    </sheetData><!-- <sheetData><row r="3"><c r="A3"><v>1</v></c></row></sheetData> --></worksheet>`;
    expect(cells(await book(sheet))).toEqual({ A1: 'number:5', A2: 'string:</c><c r="B2"><v>9</v></c>', C2: 'number:6' });
  });

  it('reads the same cells whether the plain-cell shortcut applies or not (prefixed elements never take it)', async () => {
    // A sheet of many shapes, then the same with an x: prefix on every element of the sheet's namespace.
    let rows = '';
    for (let r = 1; r <= 60; r++) {
      rows += `<row r="${r}" spans="1:6">`;
      rows += `<c r="A${r}" s="1" t="s"><v>0</v></c><c r="B${r}"><v>${r * 1.5}</v></c><c r="C${r}" s="2"/>`;
      if (r % 3 === 0) rows += `<c r="D${r}"><f>B${r}*2</f><v>${r * 3}</v></c>`;
      if (r % 4 === 0) rows += ` <c r="E${r}" t="inlineStr"><is><t>e&amp;${r}</t></is></c>`;
      if (r % 5 === 0) rows += `<c r="F${r}" t="e"><v>#N/A</v></c>`;
      rows += r % 7 === 0 ? '</row>\n' : '</row>';
    }
    const plain = sheetOf(rows);
    const prefixed = plain.replace(/<(\/?)(worksheet|sheetData|row|c|v|f|is|t)\b/g, '<$1x:$2').replace('xmlns=', 'xmlns:x=');
    expect(prefixed).not.toContain('<c ');
    const a = cells(await book(plain));
    expect(Object.keys(a).length).toBe(60 * 2 + 20 + 15 + 12);
    expect(cells(await book(prefixed))).toEqual(a);
  });

  it('refuses a damaged sheet as malformed exactly when a whole-document parse does (mutation fuzz)', async () => {
    const { SaxesParser } = await import('saxes');
    const wellFormed = (xml: string) => {
      try {
        new SaxesParser().write(xml).close();
        return true;
      } catch {
        return false;
      }
    };
    let rows = '';
    for (let r = 1; r <= 8; r++) rows += `<row r="${r}" spans="1:3"><c r="A${r}" s="1"><v>${r}</v></c><c r="B${r}" t="s"><v>0</v></c><c r="C${r}"/></row>`;
    const base = sheetOf(rows);
    const pieces = ['<', '>', '/', '"', '&', '</c>', '<c r="A1">', '</row>', '<row r="9">', '<!--', '-->', ' ', 'x', '<v>', '</v>', ']]>', '<![CDATA['];
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    let refusedAsXml = 0;
    for (let k = 0; k < 2000; k++) {
      const at = rand(base.length);
      const cut = rand(4);
      const xml = base.slice(0, at) + (pieces[rand(pieces.length)] as string) + base.slice(at + cut);
      let message = 'accepted';
      try {
        readSheetCells('xl/worksheets/sheet1.xml', new TextEncoder().encode(xml), ['zero']);
      } catch (e) {
        message = String(e);
      }
      const xmlRefusal = /sheet1\.xml is not well-formed XML/.test(message);
      if (xmlRefusal) refusedAsXml++;
      // Never accepted when not well-formed (a cell check may speak first); never called malformed when it is not.
      expect(`${xml}\n→ ${message}`).toMatch(wellFormed(xml) ? /→ (?!.*not well-formed)/ : /→ (?!accepted$)/);
    }
    expect(refusedAsXml).toBeGreaterThan(600);
  });

  it('refuses a sheet with two cells at the same reference, naming the cell', async () => {
    const twice: [string, string][] = [
      ['next to each other', '<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>'],
      ['out of order', '<row r="3"><c r="B3"><v>1</v></c><c r="D3"><v>2</v></c><c r="B3"><v>3</v></c></row>'],
      ['in a row given twice', '<row r="2"><c r="C2"><v>1</v></c></row><row r="2"><c r="C2" t="inlineStr"><is><t>x</t></is></c></row>'],
      ['by position, without references', '<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c><c r="B1"><v>3</v></c></row>'],
      ['empty, styled', '<row r="4"><c r="E4" s="1"/><c r="E4" s="2"/></row>'],
    ];
    for (const [what, rows] of twice) {
      const where = /c r="([A-Z]+\d+)"[^]*c r="\1"/.exec(rows)?.[1] ?? 'B1';
      expect(`${what}: ${await refusal(book(sheetOf(rows)))}`).toMatch(new RegExp(`^${what}: .*sheet "數據 & Data" \\(xl/worksheets/sheet1\\.xml\\): cell ${where} is given twice`));
    }
    // Also in a column the caller does not read.
    const b = openXlsx(await book(sheetOf('<row r="1"><c r="A1"><v>1</v></c><c r="Z1"><v>2</v></c><c r="Z1"><v>3</v></c></row>')));
    expect(() => b.sheet('數據 & Data', (col) => col === 1)).toThrow(/cell Z1 is given twice/);
    // A row split in two without a repeated cell is read whole.
    expect(cells(await book(sheetOf('<row r="1"><c r="A1"><v>1</v></c></row><row r="1"><c r="B1"><v>2</v></c></row>')))).toEqual({ A1: 'number:1', B1: 'number:2' });
  });
});
