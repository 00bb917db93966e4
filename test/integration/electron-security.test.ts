// Electron's security checklist, checked without an Electron binary: the packaged app's fuses
// and a static scan (Electronegativity) in which every finding is either fixed or explained
// in security/electronegativity-explained.json. The shell's behaviour (window options,
// refused navigation, refused foreign IPC, the app:// handler, permissions) is tested by
// running it against a mocked `electron`: test/integration/electron-main.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

describe('Electron shell security', () => {
  it('flips the fuses that stop the packaged app running as Node or taking NODE_OPTIONS', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/electronFuses:[\s\S]*runAsNode: false/);
    expect(yml).toMatch(/enableNodeOptionsEnvironmentVariable: false/);
    expect(yml).toMatch(/enableNodeCliInspectArguments: false/);
    expect(yml).toMatch(/onlyLoadAppFromAsar: true/);
  });

  it('associates .esg files with the app, so a double-click opens the workspace', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/fileAssociations:\s*\n\s*- ext: esg\b/);
  });

  it('leaves no Electronegativity finding unexplained', () => {
    const out = mkdtempSync(join(tmpdir(), 'eneg-'));
    try {
      const csv = join(out, 'findings.csv');
      const bin = join(ROOT, 'node_modules/.bin/electronegativity');
      // -e: the Electron version we ship, so the scanner does not try to fetch release data.
      const r = spawnSync(bin, ['-i', 'main/electron', '-e', '45.4.1', '-r', '-o', csv], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      // issue, severity, confidence, filename, location, sample, description, url
      const rows = Papa.parse<string[]>(readFileSync(csv, 'utf8').trim(), { skipEmptyLines: true }).data.slice(1);
      const findings = rows.map((cells) => ({ check: (cells[0] ?? '').trim(), file: (cells[3] ?? '').trim().split(/[\\/]/).pop() ?? '' }));
      expect(findings.length).toBeGreaterThan(0); // the scan ran and read the shell's files
      const explained = (JSON.parse(readFileSync(join(ROOT, 'security/electronegativity-explained.json'), 'utf8')) as { explained: { check: string; file: string }[] }).explained;
      const unexplained = findings.filter((f) => !explained.some((e) => e.check === f.check && e.file === f.file));
      expect(unexplained).toEqual([]);
      // An explanation whose finding went away (a file renamed, a check fixed) is stale.
      const stale = explained.filter((e) => !findings.some((f) => f.check === e.check && f.file === e.file));
      expect(stale).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 150_000);
});
