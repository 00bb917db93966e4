// Killing an import at any moment loses nothing and half-writes nothing: after each
// SIGKILL the workspace opens, passes its integrity check, and holds all or none of it.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { listBackups } from '../../main/store/backup.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

const SITES = 100;
const YEAR = 2030;

function bigPackage(dir: string): { file: string; rows: number } {
  const lines = ['metric,year,value,unit,dimensions,note'];
  for (let s = 0; s < SITES; s++) {
    for (const [m, u] of [['energy.electricity', 'kWh'], ['energy.heat', 'GJ'], ['water.fresh', 't'], ['waste.hazardous', 'kg'], ['energy.diesel', 'kg'], ['water.wastewater', 't'], ['office.electricity', 'kWh'], ['office.water', 't']] as const) {
      for (let y = YEAR; y < YEAR + 10; y++) lines.push(`${m},${y},${(s + 1) * 7.5},${u},site=S${s},crash test`);
    }
  }
  const file = join(dir, 'big.csv');
  writeFileSync(file, lines.join('\n'));
  return { file, rows: lines.length - 1 };
}

function runAndKill(path: string, file: string, afterMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/import-child.ts', path, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // Start the clock once the child has the workspace open, so kills land during the import.
      if (!timer && out.includes('started')) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0 && out.includes('done')) resolve('finished');
      else reject(new Error(`child failed (${code}): ${err}`));
    });
  });
}

describe('crash safety', () => {
  it('holds all or none of an import killed with SIGKILL at random moments', async () => {
    const dir = tempDir();
    const { file, rows } = bigPackage(dir);
    const outcomes: string[] = [];
    let killed = 0;
    let finished = 0;
    // Deterministic "random" moments spread over the import (seeded, so failures reproduce).
    let seed = 20241124;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 10; run++) {
      const path = join(dir, `w${run}.esg`);
      const ws = createWorkspace(path, { actor: 't' });
      ws.transaction(() => {
        for (let s = 0; s < SITES; s++) ws.profile.putSite({ code: `S${s}`, nameZh: `站${s}`, nameEn: `Site ${s}`, kind: 'office' }, 't');
      });
      const before = ws.values.listAll().length;
      ws.close();
      const outcome = await runAndKill(path, file, Math.floor(next() * 1500));
      if (outcome === 'killed') killed++;
      else finished++;
      const after = openWorkspace(path); // opens only if the integrity check passes
      const integrity = after.db.pragma('integrity_check', { simple: true });
      const count = after.values.listAll().length - before;
      after.close();
      expect(integrity).toBe('ok');
      expect([0, rows], `run ${run} (${outcome}) left ${count} of ${rows} rows`).toContain(count);
      // A backup cut short must never pass for a whole one: every listed backup opens whole.
      for (const b of listBackups(path)) {
        const copy = new Database(b.file, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true }), `run ${run} backup ${b.file}`).toBe('ok');
        copy.close();
      }
      outcomes.push(`${outcome}:${count}`);
    }
    // Some kills must land before the commit (nothing written) for the test to mean anything.
    expect(outcomes.filter((o) => o === 'killed:0').length, outcomes.join(' ')).toBeGreaterThan(0);
    expect(killed + finished).toBe(10);
  }, 180_000);
});
