// templates/sample/verify.py re-computes every published figure of the reference report from
// the sample's data package and the catalogue's formulas. Run here so that a change to the
// data files, their columns or the catalogue cannot silently break it again.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli-process.js';
import { tempDir } from '../helpers.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;
if (!hasPython) console.warn('sample-verify: python3 is not installed, so templates/sample/verify.py is not run');

const run = (script: string) => spawnSync('python3', [script], { encoding: 'utf8', timeout: 120_000 });

describe.skipIf(!hasPython)('templates/sample/verify.py', { timeout: 180_000 }, () => {
  it('reproduces every published figure from the current sample', () => {
    const r = run(join(ROOT, 'templates', 'sample', 'verify.py'));
    const failures = r.stdout.split('\n').filter((l) => l.startsWith('FAIL'));
    expect(failures, r.stderr).toEqual([]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\d+ published figures reproduced, \d+ known deviations, 0 failures/);
    expect(r.status).toBe(0);
  });

  it('names the figure when a value of the sample no longer gives the published one', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'templates', 'sample'), join(dir, 'sample'), { recursive: true });
    cpSync(join(ROOT, 'templates', 'catalogue'), join(dir, 'catalogue'), { recursive: true });
    const csv = join(dir, 'sample', 'data-2024.csv');
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain('\nenergy.diesel,2024,31.60,');
    writeFileSync(csv, text.replace('\nenergy.diesel,2024,31.60,', '\nenergy.diesel,2024,36.10,'));
    const r = run(join(dir, 'sample', 'verify.py'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAIL {2}2024 energy\.diesel : got 36\.10 \(36\.1\), published 31\.60/);
  });
});
