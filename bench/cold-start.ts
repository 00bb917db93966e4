// Cold start of the command line as users run it: a new process through the `esg-studio`
// bin (bin/esg-studio.mjs, what node_modules/.bin/esg-studio links to) for each run, beside
// a bare `node -e ''` on the same machine, the floor no Node program starts under. Runs are
// interleaved (node, metrics, kpis, import, node, …) so a change of the machine's load moves
// all of them alike; each figure is the median.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ROOT } from '../main/paths.js';

/** Each command's median must stay within this many times bare Node's. */
export const COLD_START_RATIO_BUDGET = 8;

export interface ColdStart {
  name: string;
  medianMs: number;
  ratio: number;
}

export interface ColdStartReport {
  nodeMs: number;
  commands: ColdStart[];
}

const BIN = join(APP_ROOT, 'bin', 'esg-studio.mjs');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Wall time of one process from spawn to exit; throws if it exits other than expected. */
function wall(file: string, args: string[], expectCode: number): number {
  const t0 = performance.now();
  const r = spawnSync(file, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== expectCode) throw new Error(`${file} ${args.join(' ')} exited ${r.status}, expected ${expectCode}: ${r.stderr}`);
  return ms;
}

export function measureColdStart(runs = 9): ColdStartReport {
  const dir = mkdtempSync(join(tmpdir(), 'esg-bench-cold-'));
  try {
    const sample = join(dir, 'acme.esg');
    // The bin itself, as a shell or npm's .bin link runs it (through its #! line).
    wall(BIN, ['init', sample, '--sample'], 0); // also builds the bundle if it is stale
    const cases = [
      { name: 'metrics', args: ['metrics'], code: 0 },
      { name: 'kpis <sample> --year 2024 --json', args: ['kpis', sample, '--year', '2024', '--json'], code: 0 },
      { name: 'import of a file that does not exist (refused)', args: ['import', sample, join(dir, 'missing.csv')], code: 1 },
    ];
    const node: number[] = [];
    const times = cases.map(() => [] as number[]);
    for (let i = 0; i <= runs; i++) {
      const n = wall(process.execPath, ['-e', ''], 0);
      const t = cases.map((c) => wall(BIN, c.args, c.code));
      if (i === 0) continue; // warm-up: page cache, first-run effects
      node.push(n);
      t.forEach((ms, k) => times[k]?.push(ms));
    }
    const nodeMs = median(node);
    return { nodeMs, commands: cases.map((c, k) => ({ name: c.name, medianMs: median(times[k] ?? []), ratio: median(times[k] ?? []) / nodeMs })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report's lines, and how many commands are over budget. */
export function formatColdStart(r: ColdStartReport): { lines: string[]; over: number } {
  const budget = COLD_START_RATIO_BUDGET * r.nodeMs;
  const lines = [`     ${r.nodeMs.toFixed(1).padStart(9)} ms  the floor: bare \`node -e ''\` on this machine`];
  let over = 0;
  for (const c of r.commands) {
    const ok = c.ratio <= COLD_START_RATIO_BUDGET;
    if (!ok) over++;
    lines.push(`${ok ? 'ok  ' : 'SLOW'} ${c.medianMs.toFixed(1).padStart(9)} ms  (${c.ratio.toFixed(1)}× node; budget ${COLD_START_RATIO_BUDGET}× = ${budget.toFixed(0)} ms)  cold start: esg-studio ${c.name}`);
  }
  return { lines, over };
}
