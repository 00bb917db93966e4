import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const dirs: string[] = [];

/** A fresh directory removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'esg-test-'));
  dirs.push(d);
  return d;
}

export function writeFile(dir: string, name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

/** Rounds like a report does: half away from zero at `decimals`. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9) / f;
}
