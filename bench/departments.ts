// Child process of bench/scale.ts: the departments' side of the round trip. Makes the
// department workbooks of the given years with the product (`sheets`), timing it and
// recording its peak memory, then fills every input cell the way a data owner would (with
// exceljs: that is the departments' spreadsheet program, not the product). Prints JSON.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { writeDepartmentWorkbooks } from '../main/services/sheets-service.js';
import { openWorkspace } from '../main/store/workspace.js';

const [workspace, outDir, ...years] = process.argv.slice(2) as [string, string, ...string[]];
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const sampler = setInterval(sample, 10);

const ws = openWorkspace(workspace);
const t0 = performance.now();
const blank: string[] = [];
for (const year of years.map(Number)) {
  for (const f of await writeDepartmentWorkbooks(ws, year, join(outDir, `dept-${year}`))) blank.push(f.file);
}
const ms = performance.now() - t0;
sample();
clearInterval(sampler);
ws.close();

const files: string[] = [];
for (const file of blank) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('數據 Data') as ExcelJS.Worksheet;
  for (let r = 5; r <= sheet.rowCount; r++) sheet.getCell(r, 8).value = sheet.getCell(r, 6).value === '%' ? 50 : r;
  const filled = file.replace(/\.xlsx$/, '-filled.xlsx');
  await wb.xlsx.writeFile(filled);
  files.push(filled);
}
process.stdout.write(JSON.stringify({ files, ms: Math.round(ms * 10) / 10, peakRssMb: Math.round(peak / 1024 / 1024) }));
