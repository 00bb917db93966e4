// `npx tsx bench/read-workbooks.ts <file.xlsx>...`: the XLSX reader alone, on filled
// department workbooks (those of `npm run bench -- --json` are the reference: 40 workbooks,
// 33 MB of sheet XML). Each run opens every workbook (zip directory, inflate + CRC of every
// part, workbook, relationships, styles, shared strings) and reads every cell of every sheet;
// prints the median of the runs and the fastest, in ms, as JSON.
import { readFileSync } from 'node:fs';
import { openXlsx } from '../main/import/xlsx-reader.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npx tsx bench/read-workbooks.ts <file.xlsx>...\n');
  process.exit(2);
}
const RUNS = Number(process.env['ESG_BENCH_RUNS'] ?? 7);
const bytes = files.map((f) => readFileSync(f));
let cells = 0;
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  cells = 0;
  const t0 = performance.now();
  for (const b of bytes) {
    const book = openXlsx(b);
    for (const name of book.sheetNames) for (const row of book.sheet(name)?.values() ?? []) cells += row.size;
  }
  times.push(performance.now() - t0);
}
const sorted = [...times].sort((a, b) => a - b);
const round = (ms: number) => Math.round(ms * 10) / 10;
process.stdout.write(`${JSON.stringify({ workbooks: files.length, cells, runs: RUNS, median_ms: round(sorted[Math.floor(RUNS / 2)] as number), min_ms: round(sorted[0] as number) })}\n`);
