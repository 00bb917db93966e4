// The installed command: bin/esg-studio.mjs run through its #! line, as node_modules/.bin or a
// shell runs it; the bundle it runs, what each command loads, and its rebuild when sources change.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { CLI_BIN, ROOT } from '../cli-process.js';

const LOG_MODULES = join(ROOT, 'test', 'fixtures', 'log-modules.mjs');

function bin(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(CLI_BIN, args, { encoding: 'utf8', env: { ...process.env, ESG_ACTOR: 'bin-test', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function currentEntry(): string {
  const m = JSON.parse(readFileSync(join(ROOT, 'out', 'cli', 'manifest.json'), 'utf8')) as { entry: string };
  return join(ROOT, 'out', 'cli', m.entry);
}

interface Meta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/** The npm packages whose code is in the bundle chunks a command loaded. */
function packagesLoaded(args: string[], expectCode: number): Set<string> {
  const log = join(tempDir(), 'modules.log');
  const r = bin(args, { ESG_MODULE_LOG: log, NODE_OPTIONS: `--import=${LOG_MODULES}` });
  expect(r.code, r.err).toBe(expectCode);
  const buildDir = dirname(currentEntry());
  const meta = JSON.parse(readFileSync(join(buildDir, 'meta.json'), 'utf8')) as Meta;
  const byFile = new Map(Object.entries(meta.outputs).map(([out, o]) => [out.split('/').pop() as string, Object.keys(o.inputs)]));
  const loaded = readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file:') && fileURLToPath(u).startsWith(buildDir));
  expect(loaded.length).toBeGreaterThan(0);
  const packages = new Set<string>();
  for (const url of loaded) {
    for (const input of byFile.get(fileURLToPath(url).split('/').pop() as string) ?? []) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      if (m?.[1]) packages.add(m[1]);
    }
  }
  return packages;
}

const HEAVY = ['docx', 'exceljs', 'echarts', 'zrender', '@resvg/resvg-js', 'jszip'];

describe('the esg-studio bin', { timeout: 120_000 }, () => {
  it('creates the sample workspace and prints its KPIs as JSON, from its own templates and migrations', () => {
    const ws = join(tempDir(), 'acme.esg');
    const init = bin(['init', ws, '--sample']);
    expect(init.code, init.err).toBe(0);
    expect(init.out).toMatch(/Created .*acme\.esg: \d+ metrics, \d+ values, years 2022, 2023, 2024/);
    const k = bin(['kpis', ws, '--year', '2024', '--json']);
    expect(k.code, k.err).toBe(0);
    const rows = JSON.parse(k.out) as { code: string; dimensions: object; value: number | null; unit: string }[];
    expect(rows.find((r) => r.code === 'water.fresh' && Object.keys(r.dimensions).length === 0)).toMatchObject({ value: 226300, unit: 't' });
    // It ran the bundle, not the sources through a TypeScript loader.
    expect(currentEntry()).toMatch(/out\/cli\/b-[^/]+\/index\.mjs$/);
  });

  it('loads no document, workbook or chart library for kpis, metrics, check and targets', () => {
    const ws = join(tempDir(), 'acme.esg');
    expect(bin(['init', ws, '--sample']).code).toBe(0);
    for (const [args, code] of [
      [['kpis', ws, '--year', '2024', '--json'], 0],
      [['metrics', '--json'], 0],
      [['check', ws, '--year', '2024', '--json'], 1], // the sample has one typed figure that disagrees
      [['targets', ws, '--year', '2024', '--json'], 0],
    ] as const) {
      const packages = packagesLoaded([...args], code);
      expect(packages.has('mathjs'), args[0]).toBe(true); // the log sees the shared chunks
      expect([...packages].filter((p) => HEAVY.includes(p)), args[0]).toEqual([]);
    }
    // The workbook command does load exceljs: the check above can see a heavy library.
    expect(packagesLoaded(['sheets'], 2).has('exceljs')).toBe(true);
  });

  it('rebuilds the bundle when a source file changed, and runs the new build', () => {
    const before = currentEntry();
    const source = join(ROOT, 'main', 'cli', 'output.ts');
    const { atime } = statSync(source);
    utimesSync(source, atime, new Date());
    const r = bin(['metrics', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toContainEqual(expect.objectContaining({ code: 'energy.total' }));
    const after = currentEntry();
    expect(after).not.toBe(before);
    // Unchanged sources: the same build again, no rebuild.
    expect(bin(['metrics', '--json']).code).toBe(0);
    expect(currentEntry()).toBe(after);
  });
});
