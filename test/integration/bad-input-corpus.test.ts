// A generated corpus of malformed inputs. Each is imported: a clear error (file and place
// named), no crash, no hang, and the workspace unchanged (checksum of every value).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { ImportError, importFiles } from '../../main/services/import-service.js';
import { writeZip } from '../../main/zip/write.js';
import { writeDepartmentWorkbooks } from '../../main/services/sheets-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import type { Workspace } from '../../main/store/workspace.js';

interface Case {
  name: string;
  ext: 'csv' | 'xlsx';
  bytes: Uint8Array;
  /** What the error must also say (the part, the cell), beyond naming the file. */
  want?: RegExp;
}

const HEADER = 'metric,year,value,unit,dimensions,note\n';
const GOOD_CSV = HEADER + 'energy.electricity,2025,1000,MWh,,\nwater.fresh,2025,2.5,萬噸,,\nworkforce.fulltime,2025,400,,gender=female,\n';
const enc = (s: string) => new TextEncoder().encode(s);

function csvCases(): Case[] {
  const cases: Case[] = [];
  const add = (name: string, text: string | Uint8Array) => cases.push({ name, ext: 'csv', bytes: typeof text === 'string' ? enc(text) : text });
  const bad = (value: string, unit = 'MWh', metric = 'energy.electricity', dims = '') => HEADER + `${metric},2025,${value},${unit},${dims},\n`;
  for (const v of ['abc', '=1+1', '+1+1', '@SUM(A1)', '0x10', 'NaN', 'Infinity', '-Infinity', '1e309', '-5', '1,2,3', '12 34', '1.2.3', '--1', '', ' ', '1e', '.', '5%', '$5', '(5)', '1_000'])
    add(`value ${JSON.stringify(v)}`, bad(JSON.stringify(v)));
  for (const u of ['kg', 'persons', '%', 'm³', 'CNY', 'bananas', 'MWh/person', 'kWh/m²', '萬元', '人', 'GJ/t', '=A1', 'MWh MWh'])
    add(`unit ${u}`, bad('5', u));
  for (const d of ['gender', 'gender=', '=female', 'gender=other', 'colour=red', 'site=NOWHERE', 'gender=male;gender=female', 'scope3_category=16', 'age=young'])
    add(`dims ${d}`, bad('5', '', 'workforce.fulltime', d));
  for (const y of ['24', '20245', '1850', '2200', 'twenty', '', '2024.5', '-2024'])
    add(`year ${y}`, HEADER + `energy.heat,${y},5,GJ,,\n`);
  for (const m of ['', 'energy', 'energy.direct_intensity', 'ghg.scope12', 'ENERGY.HEAT', 'energy.heat ', 'x'.repeat(5000), 'energy.heat;drop table'])
    add(`metric ${m.slice(0, 30)}`, HEADER + `${m},2024,5,GJ,,\n`);
  add('NA without reason', HEADER + 'water.fresh,2024,NA,,,\n');
  add('duplicate row', HEADER + 'energy.heat,2024,5,GJ,,\nenergy.heat,2024,6,GJ,,\n');
  add('empty file', '');
  add('header only, misspelt', 'metric,yaer,value\n');
  add('unknown columns', 'metric,year,value,unit,dimensions,note,comment\nenergy.heat,2024,5,GJ,,,x\n');
  add('duplicate columns', 'metric,year,value,value\nenergy.heat,2024,5,6\n');
  add('wrong field count', HEADER + 'energy.heat,2024,5\n');
  add('unterminated quote', HEADER + 'energy.heat,2024,"5,GJ,,\n');
  add('huge string', HEADER + `energy.heat,2024,5,GJ,,"${'x'.repeat(2_000_000)}"\nenergy.heat,2023,abc,GJ,,\n`);
  add('very many columns', Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',') + '\n1\n');
  add('utf-16', new Uint8Array([0xff, 0xfe, ...Array.from(enc(HEADER)).flatMap((b) => [b, 0])]));
  add('invalid utf-8', new Uint8Array([...enc(HEADER), ...enc('energy.heat,2024,'), 0xc3, 0x28, 0xff, ...enc(',GJ,,\n')]));
  add('binary garbage', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  add('nul bytes', enc(HEADER + 'energy.heat\u0000,2024,5,GJ,,\n'));
  add('targets: bad type', 'code,metric,baseline_year,target_year,type,target_value,title_zh,title_en\nT1,ghg.scope12,2023,2030,halve,50,,\n');
  add('targets: unknown metric', 'code,metric,baseline_year,target_year,type,target_value,title_zh,title_en\nT1,ghg.scope13,2023,2030,reduction_pct,50,,\n');
  add('targets: 150%', 'code,metric,baseline_year,target_year,type,target_value,title_zh,title_en\nT1,ghg.scope12,2023,2030,reduction_pct,150,,\n');
  // Truncations of a good package that end mid-row (a whole-row cut would still be valid).
  const good = enc(GOOD_CSV);
  for (let cut = 5; cut < good.length - 1; cut += 3) {
    const text = new TextDecoder().decode(good.subarray(0, cut));
    const lastLine = text.split('\n').at(-1) ?? '';
    if (lastLine === '' || lastLine.split(',').length >= 6) continue;
    add(`truncated at ${cut}`, good.subarray(0, cut));
  }
  return cases;
}

async function xlsxCases(ws: Workspace, dir: string): Promise<Case[]> {
  const cases: Case[] = [];
  const files = await writeDepartmentWorkbooks(ws, 2025, join(dir, 'wb'));
  const hr = readFileSync(files.find((f) => f.department === 'hr')?.file as string);
  const add = (name: string, bytes: Uint8Array) => cases.push({ name, ext: 'xlsx', bytes });
  for (let cut = 100; cut < hr.length; cut += Math.floor(hr.length / 40)) add(`truncated at ${cut}`, hr.subarray(0, cut));
  for (let k = 0; k < 30; k++) {
    const flipped = Uint8Array.from(hr);
    const at = 200 + ((k * 104729) % (hr.length - 400));
    for (let i = 0; i < 16; i++) flipped[at + i] = (flipped[at + i] as number) ^ 0xa5;
    add(`bytes flipped at ${at}`, flipped);
  }
  add('a docx renamed', await new JSZip().file('[Content_Types].xml', '<Types/>').file('word/document.xml', '<w:document/>').generateAsync({ type: 'uint8array' }));
  add('empty zip', await new JSZip().generateAsync({ type: 'uint8array' }));
  add('text file', enc('not a workbook'));
  add('zip bomb', await new JSZip().file('xl/worksheets/sheet1.xml', new Uint8Array(30 * 1024 * 1024)).generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  // The XML of one part changed by hand, as a broken tool or a hand edit might leave it.
  const hrZip = await JSZip.loadAsync(hr);
  const partNames = Object.keys(hrZip.files).filter((n) => !hrZip.files[n]?.dir);
  const partsOf = async () => Promise.all(partNames.map(async (name) => ({ name, data: Buffer.from(await (hrZip.file(name) as JSZip.JSZipObject).async('uint8array')) })));
  const dataPart = 'xl/worksheets/sheet2.xml';
  const rezip = async (name: string, part: string, fn: (xml: string) => string, want: RegExp) => {
    const parts = await partsOf();
    const p = parts.find((x) => x.name === part) as { name: string; data: Buffer };
    const xml = p.data.toString('utf8');
    const changed = fn(xml);
    if (changed === xml) throw new Error(`case "${name}" changed nothing`);
    p.data = Buffer.from(changed);
    cases.push({ name, ext: 'xlsx', bytes: writeZip(parts), want });
  };
  const malformed = (part: string) => new RegExp(`${part.replace(/[./]/g, '\\$&')} is not well-formed XML`);
  await rezip('xml: mis-nested tags', dataPart, (x) => x.replace(/<v>([^<]*)<\/v><\/c>/, '<v>$1</c></v>'), malformed(dataPart));
  await rezip('xml: bare ampersand', 'xl/sharedStrings.xml', (x) => x.replace('<t>', '<t>R & D '), malformed('xl/sharedStrings.xml'));
  await rezip('xml: < inside an attribute', 'xl/workbook.xml', (x) => x.replace(/name="/, 'name="<'), malformed('xl/workbook.xml'));
  await rezip('xml: unclosed root', dataPart, (x) => x.replace('</worksheet>', ''), malformed(dataPart));
  await rezip('xml: document type', dataPart, (x) => x.replace(/^(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE worksheet [<!ENTITY e "x">]>'), /sheet2\.xml: document type declarations are not accepted/);
  await rezip('xml: unread part malformed', 'docProps/app.xml', (x) => x.replace(/<\/[^>]+>$/, ''), malformed('docProps/app.xml'));
  await rezip('cell given twice', dataPart, (x) => x.replace(/(<c r="H5"[^>]*?)(\/>|>.*?<\/c>)/, '$1$2$1$2'), /cell H5 is given twice/);
  const dup = await partsOf();
  const sheet = dup.find((x) => x.name === dataPart) as { name: string; data: Buffer };
  cases.push({ name: 'zip: duplicate entry', ext: 'xlsx', bytes: writeZip([...dup, { name: dataPart, data: Buffer.from(sheet.data.toString('utf8').replace(/<v>\d+<\/v>/, '<v>999</v>')) }]), want: /two parts named xl\/worksheets\/sheet2\.xml/ });
  const edit = async (name: string, fn: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(hr as unknown as ArrayBuffer);
    fn(wb);
    add(name, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  };
  const meta = (wb: ExcelJS.Workbook) => wb.getWorksheet('_esg') as ExcelJS.Worksheet;
  const data = (wb: ExcelJS.Workbook) => wb.getWorksheet('數據 Data') as ExcelJS.Worksheet;
  const identity = (wb: ExcelJS.Workbook) => JSON.parse(String(meta(wb).getCell('B1').value)) as Record<string, unknown>;
  await edit('identity: other workspace', (wb) => (meta(wb).getCell('B1').value = JSON.stringify({ ...identity(wb), workspaceId: 'feedface' })));
  await edit('identity: year 2099', (wb) => (meta(wb).getCell('B1').value = JSON.stringify({ ...identity(wb), year: 2099 })));
  await edit('identity: version 9', (wb) => (meta(wb).getCell('B1').value = JSON.stringify({ ...identity(wb), version: 9 })));
  await edit('identity: damaged JSON', (wb) => (meta(wb).getCell('B1').value = '{"kind": '));
  await edit('identity: removed', (wb) => wb.removeWorksheet(meta(wb).id));
  await edit('identity: row map changed', (wb) => (meta(wb).getCell('B2').value = 'energy.heat'));
  await edit('sheet renamed', (wb) => (data(wb).name = 'Data'));
  await edit('extra sheet', (wb) => wb.addWorksheet('Notes'));
  await edit('column header changed', (wb) => (data(wb).getCell('H4').value = 'Value'));
  await edit('enormous dimension', (wb) => (data(wb).getCell('H1048576').value = 5));
  await edit('cell far right', (wb) => (data(wb).getCell('XFD5').value = 5));
  await edit('formula input', (wb) => (data(wb).getCell('H5').value = { formula: 'SUM(G5:G6)', result: 3 } as ExcelJS.CellFormulaValue));
  await edit('huge string input', (wb) => (data(wb).getCell('H5').value = 'x'.repeat(32000)));
  await edit('mixed units', (wb) => (data(wb).getCell('H5').value = '12 MWh'));
  await edit('negative', (wb) => (data(wb).getCell('H5').value = -3));
  await edit('date in number cell', (wb) => {
    // As Excel does when a date is typed: the value and a date format.
    data(wb).getCell('H5').value = new Date(Date.UTC(2025, 0, 1));
    data(wb).getCell('H5').numFmt = 'yyyy-mm-dd';
  });
  await edit('boolean in number cell', (wb) => (data(wb).getCell('H5').value = true));
  await edit('error value', (wb) => (data(wb).getCell('H5').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue));
  await edit('row deleted', (wb) => data(wb).spliceRows(6, 1));
  await edit('row inserted', (wb) => data(wb).insertRow(6, ['workforce.total', '', '', '', '', 'persons', null, 5]));
  await edit('NA list value invalid', (wb) => (data(wb).getCell('I5').value = 'maybe'));
  await edit('estimated invalid', (wb) => {
    data(wb).getCell('H5').value = 5;
    data(wb).getCell('K5').value = 'perhaps';
  });
  return cases;
}

let ws: Workspace;
let dir: string;
let checksum: () => string;
let cases: Case[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'esg-corpus-'));
  ws = createWorkspace(join(dir, 'corpus.esg'), { sample: true, actor: 't' });
  checksum = () => createHash('sha256').update(JSON.stringify(ws.values.listAll().map((v) => [v.metric, v.year, v.dims, v.value, v.naReason, v.note]))).digest('hex');
  cases = [...csvCases(), ...(await xlsxCases(ws, dir))];
});
afterAll(() => {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bad-input corpus', () => {
  it('has hundreds of cases', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  it('refuses every case with a clear error, quickly, changing nothing', async () => {
    const before = checksum();
    const slow: string[] = [];
    const unclear: string[] = [];
    for (const [i, c] of cases.entries()) {
      const file = join(dir, `case-${i}.${c.ext}`);
      writeFileSync(file, c.bytes);
      const t0 = performance.now();
      let error: unknown;
      try {
        await importFiles(ws, [file], { actor: 'corpus' });
      } catch (e) {
        error = e;
      }
      const ms = performance.now() - t0;
      if (ms > 3000) slow.push(`${c.name}: ${Math.round(ms)} ms`);
      if (!(error instanceof ImportError)) unclear.push(`${c.ext} ${c.name}: ${error ? String(error).slice(0, 200) : 'accepted'}`);
      else if (!error.message.includes(file) || error.message.length < file.length + 10 || (c.want && !c.want.test(error.message))) unclear.push(`${c.ext} ${c.name}: ${error.message.slice(0, 300)}`);
    }
    expect(unclear).toEqual([]);
    expect(slow).toEqual([]);
    expect(checksum()).toBe(before);
  }, 180_000);
});
