// Nothing lost: backups before imports and migrations, restore, and damaged files refused
// with a way back.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles, importWithBackup, parseSources } from '../../main/services/import-service.js';
import { restoreWorkspace } from '../../main/services/restore-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { KEEP_BACKUPS, listBackups } from '../../main/store/backup.js';
import { APPLICATION_ID, WorkspaceError } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { acquireWorkspaceLock } from '../../main/store/workspace-lock.js';
import { tempDir, writeFile } from '../helpers.js';

const HEADER = 'metric,year,value,unit,dimensions,note\n';

describe('backups and restore', () => {
  it('backs up before an import that changes something, keeps the last few, and restores the state before it', async () => {
    const dir = tempDir();
    const path = join(dir, 'w.esg');
    const ws = createWorkspace(path, { actor: 't' });
    const first = writeFile(dir, 'a.csv', HEADER + 'energy.heat,2024,100,GJ,,\n');
    await importFiles(ws, [first], { actor: 't' });
    expect(listBackups(path).map((b) => b.reason)).toEqual(['before-import']);
    await importFiles(ws, [first], { actor: 't' }); // nothing changes: no new backup
    expect(listBackups(path)).toHaveLength(1);
    for (let i = 0; i < KEEP_BACKUPS + 2; i++) {
      await importFiles(ws, [writeFile(dir, `b${i}.csv`, HEADER + `energy.heat,2024,${200 + i},GJ,,\n`)], { actor: 't', overwrite: true });
    }
    expect(listBackups(path)).toHaveLength(KEEP_BACKUPS);
    expect(ws.values.get('energy.heat', 2024, {})?.value).toBe(200 + KEEP_BACKUPS + 1);
    ws.close();

    const r = restoreWorkspace(path);
    expect(r.restored.reason).toBe('before-import');
    const back = openWorkspace(path);
    expect(back.values.get('energy.heat', 2024, {})?.value).toBe(200 + KEEP_BACKUPS);
    back.close();
    // The restore kept the state before it, so it can be undone.
    expect(listBackups(path)[0]?.reason).toBe('before-restore');
  });

  it('a value written while an import is being read is in the backup taken before that import', async () => {
    const dir = tempDir();
    const path = join(dir, 'w.esg');
    const ws = createWorkspace(path, { actor: 't' });
    ws.profile.ensureYear(2024);
    ws.transaction(() => ws.values.put({ metric: 'energy.heat', year: 2024, dims: {}, value: 1, naReason: null, enteredValue: null, enteredUnit: null, source: null, note: null, estimated: false }, 't'));
    const file = writeFile(dir, 'a.csv', HEADER + 'water.fresh,2024,7,萬噸,,\n');
    // The import reads its files asynchronously; an edit from the grid lands meanwhile.
    const importing = importWithBackup(ws, async () => {
      await new Promise((r) => setTimeout(r, 20));
      ws.transaction(() => ws.values.put({ metric: 'energy.heat', year: 2024, dims: {}, value: 2, naReason: null, enteredValue: null, enteredUnit: null, source: null, note: null, estimated: false }, 'grid'));
      return parseSources(ws, [{ name: file, bytes: readFileSync(file) }]);
    }, { actor: 't' });
    const { backup } = await importing;
    expect(backup).not.toBeNull();
    const copy = new Database(backup as string, { readonly: true });
    const heat = copy.prepare(`SELECT value FROM metric_value WHERE metric = 'energy.heat' AND year = 2024`).get() as { value: number };
    const water = copy.prepare(`SELECT count(*) AS n FROM metric_value WHERE metric = 'water.fresh'`).get() as { n: number };
    copy.close();
    expect(heat.value).toBe(2); // the edit made during the import's reading
    expect(water.n).toBe(0); // and not the import itself
    expect(readdirSync(join(dir, 'w.esg.backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
    ws.close();
  });

  it('clears away a backup copy left half-written by a crash, never listing it', async () => {
    const dir = tempDir();
    const path = join(dir, 'w.esg');
    const ws = createWorkspace(path, { actor: 't' });
    mkdirSync(join(dir, 'w.esg.backups'), { recursive: true });
    const stale = join(dir, 'w.esg.backups', '20250101T000000000Z.before-import.esg.partial');
    writeFileSync(stale, 'half a database');
    expect(listBackups(path)).toEqual([]);
    await importFiles(ws, [writeFile(dir, 'a.csv', HEADER + 'energy.heat,2024,100,GJ,,\n')], { actor: 't' });
    expect(listBackups(path).map((b) => b.reason)).toEqual(['before-import']);
    expect(existsSync(stale)).toBe(false);
    ws.close();
  });

  it('a refused import leaves no backup behind, and the workspace keeps checkpointing', async () => {
    const dir = tempDir();
    const path = join(dir, 'w.esg');
    const ws = createWorkspace(path, { actor: 't' });
    const auto = ws.db.pragma('wal_autocheckpoint', { simple: true });
    await expect(importFiles(ws, [writeFile(dir, 'bad.csv', HEADER + 'energy.heat,2024,abc,GJ,,\n')], { actor: 't' })).rejects.toThrow(/bad\.csv/);
    expect(listBackups(path)).toEqual([]);
    expect(readdirSync(join(dir, 'w.esg.backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(ws.db.pragma('wal_autocheckpoint', { simple: true })).toBe(auto);
    ws.close();
  });

  it('will not restore under a process that has the workspace open', async () => {
    const dir = tempDir();
    const path = join(dir, 'w.esg');
    const ws = createWorkspace(path, { actor: 't' });
    await importFiles(ws, [writeFile(dir, 'a.csv', HEADER + 'energy.heat,2024,100,GJ,,\n')], { actor: 't' });
    ws.close();
    const lock = acquireWorkspaceLock(path); // as the desktop app does when it opens the file
    expect(lock.acquired).toBe(true);
    expect(() => restoreWorkspace(path)).toThrow(/is open in another process \(pid \d+ on .+\); close it before restoring/);
    if (lock.acquired) lock.release();
    expect(restoreWorkspace(path).restored.reason).toBe('before-import');
  });

  it('backs up a workspace before migrating it to a newer schema', () => {
    const path = join(tempDir(), 'old.esg');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), 10);
    db.prepare(`INSERT INTO reporting_year (year) VALUES (2022)`).run();
    db.close();
    openWorkspace(path).close();
    const [b] = listBackups(path);
    expect(b?.reason).toBe('before-migration-10');
    const copy = new Database(b?.file as string, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(10);
    expect(copy.prepare('SELECT year FROM reporting_year').all()).toEqual([{ year: 2022 }]);
    copy.close();
  });

  it('refuses a damaged workspace, naming the backup to restore, and the restore brings it back', async () => {
    const dir = tempDir();
    const path = join(dir, 'w.esg');
    const ws = createWorkspace(path, { sample: true, actor: 't' });
    await importFiles(ws, [writeFile(dir, 'a.csv', HEADER + 'energy.heat,2025,100,GJ,,\n')], { actor: 't' });
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.close();
    // Overwrite a page in the middle of the file with garbage.
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(size / 4096 / 2) * 4096);
    closeSync(fd);
    let err: unknown;
    try {
      openWorkspace(path).close();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WorkspaceError);
    expect((err as WorkspaceError).code).toBe('corrupt');
    expect((err as Error).message).toMatch(/failed its integrity check .*Restore the latest backup .* npm run cli -- restore /s);
    restoreWorkspace(path);
    const back = openWorkspace(path);
    expect(back.values.get('energy.electricity', 2024, {})?.value).toBe(509733.53);
    back.close();
  });
});
