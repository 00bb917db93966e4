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

/** Where the child was when it died, from what it had printed (see test/fixtures/import-child.ts). */
type Phase = 'before-write' | 'mid-write' | 'committed' | 'finished';

interface Run {
  phase: Phase;
  /** Milliseconds between the child starting its write transaction and returning from it, as the parent saw. */
  writeMs?: number;
}

/** Runs the import in a child and kills it `afterMs` after it prints `from` ('started' or 'writing'); never, if afterMs is Infinity. */
function runAndKill(path: string, file: string, from: 'started' | 'writing', afterMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/import-child.ts', path, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    let writingAt: number | undefined;
    let committedAt: number | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (writingAt === undefined && out.includes('writing')) writingAt = performance.now();
      if (committedAt === undefined && out.includes('committed')) committedAt = performance.now();
      // The clock starts once the child is there, so that kills land where they are aimed.
      if (!timer && Number.isFinite(afterMs) && out.includes(from)) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    // 'close' comes after the pipes are drained: `out` is all the child wrote.
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const writeMs = writingAt !== undefined && committedAt !== undefined ? committedAt - writingAt : undefined;
      if (signal === 'SIGKILL') resolve({ phase: out.includes('committed') ? 'committed' : out.includes('writing') ? 'mid-write' : 'before-write' });
      else if (code === 0 && out.includes('done')) resolve({ phase: 'finished', ...(writeMs !== undefined ? { writeMs } : {}) });
      else reject(new Error(`child failed (${code}): ${err}`));
    });
  });
}

function workspaceWithSites(path: string): number {
  const ws = createWorkspace(path, { actor: 't' });
  ws.transaction(() => {
    for (let s = 0; s < SITES; s++) ws.profile.putSite({ code: `S${s}`, nameZh: `站${s}`, nameEn: `Site ${s}`, kind: 'office' }, 't');
  });
  const before = ws.values.listAll().length;
  ws.close();
  return before;
}

describe('crash safety', () => {
  it('holds all or none of an import killed with SIGKILL, several times in the middle of its write', async () => {
    const dir = tempDir();
    const { file, rows } = bigPackage(dir);
    // How long the write transaction lasts here, from one import left to finish.
    workspaceWithSites(join(dir, 'calibrate.esg'));
    const calibration = await runAndKill(join(dir, 'calibrate.esg'), file, 'started', Infinity);
    const writeMs = calibration.writeMs ?? 0;
    expect(calibration.phase).toBe('finished');
    const outcomes: string[] = [];
    // Deterministic "random" moments (seeded, so failures reproduce): even runs anywhere in the
    // import (reading, backup, write, close), odd runs inside the write transaction.
    let seed = 20241124;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 10; run++) {
      const path = join(dir, `w${run}.esg`);
      const before = workspaceWithSites(path);
      const { phase } = run % 2 === 0 ? await runAndKill(path, file, 'started', Math.floor(next() * 1500)) : await runAndKill(path, file, 'writing', Math.floor(next() * writeMs * 0.9));
      const after = openWorkspace(path); // opens only if the integrity check passes
      const integrity = after.db.pragma('integrity_check', { simple: true });
      const count = after.values.listAll().length - before;
      after.close();
      expect(integrity).toBe('ok');
      // Killed before the write began: nothing; after it returned: everything; during it: one or the other.
      const allowed = phase === 'before-write' ? [0] : phase === 'mid-write' ? [0, rows] : [rows];
      expect(allowed, `run ${run} (${phase}) left ${count} of ${rows} rows`).toContain(count);
      // A backup cut short must never pass for a whole one: every listed backup opens whole.
      for (const b of listBackups(path)) {
        const copy = new Database(b.file, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true }), `run ${run} backup ${b.file}`).toBe('ok');
        copy.close();
      }
      outcomes.push(`${phase}:${count}`);
    }
    // The test means something only if kills really landed inside the write and cut it short.
    const midWrite = outcomes.filter((o) => o.startsWith('mid-write'));
    expect(midWrite.length, `write ${Math.round(writeMs)} ms; ${outcomes.join(' ')}`).toBeGreaterThanOrEqual(3);
    expect(midWrite.filter((o) => o === 'mid-write:0').length, outcomes.join(' ')).toBeGreaterThanOrEqual(1);
  }, 240_000);
});
