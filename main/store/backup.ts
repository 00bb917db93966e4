// Backups of a workspace file, taken before every import and migration: the WAL folded into
// the main file and that file copied (or, when that cannot be done, `VACUUM INTO`, which
// writes a consistent copy even while the database is open). The last few are kept in a
// folder beside the workspace; restoring one first backs up the current state, so a
// restore can itself be undone.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';

export const KEEP_BACKUPS = 5;

export interface BackupInfo {
  file: string;
  reason: string;
  at: string;
  bytes: number;
}

export function backupDir(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath)}.backups`);
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.(\d{3})Z$/, '$1Z');
}

/** A free name for a new backup in the backups folder (made if missing). */
function newBackupFile(workspacePath: string, reason: string, now: Date): string {
  const dir = backupDir(workspacePath);
  mkdirSync(dir, { recursive: true });
  const safeReason = reason.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40);
  let file = join(dir, `${stamp(now)}.${safeReason}.esg`);
  for (let i = 1; existsSync(file) || existsSync(`${file}.partial`); i++) file = join(dir, `${stamp(now)}-${i}.${safeReason}.esg`);
  return file;
}

/** Folds the WAL into the main file; true when that file alone is now the whole database. */
function checkpointFully(db: Database): boolean {
  try {
    const cp = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return cp[0]?.busy === 0 && db.pragma('journal_mode', { simple: true }) === 'wal';
  } catch {
    return false; // e.g. the connection still has a statement open
  }
}

/** Databases whose main file is being copied by startBackup: nothing may checkpoint into it. */
const copying = new WeakSet<Database>();

/** Copies the open database to a new backup file; prunes old ones. Returns the new file. */
export function backupDatabase(db: Database, workspacePath: string, reason: string, now = new Date()): string {
  if (db.inTransaction) throw new Error('cannot back up inside a transaction');
  const file = newBackupFile(workspacePath, reason, now);
  // Written under a temporary name and renamed: a crash mid-copy leaves no half backup
  // that looks like a whole one.
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  // With the WAL folded into the main file, that file alone is the whole database; the
  // workspace lock keeps other writers out, so a plain file copy (fast, and a reflink where
  // the file system has them) is consistent. VACUUM INTO is the fallback for a WAL that
  // could not be fully checkpointed (a reader still holding old pages), and while
  // startBackup is copying the main file (a checkpoint would change it under the copy).
  if (!copying.has(db) && checkpointFully(db)) copyFileSync(workspacePath, partial);
  else db.prepare('VACUUM INTO ?').run(partial);
  renameSync(partial, file);
  pruneBackups(workspacePath);
  return file;
}

export interface PendingBackup {
  /** Settles when the copy is on disk (or has failed; finish() then backs up the slow way). */
  ready: Promise<void>;
  /** After `ready`: keeps the copy if nothing was written since it began, else backs up afresh. Returns the backup file. */
  finish(): string;
  /** Drops the copy: nothing was changed, so no backup is needed. */
  discard(): Promise<void>;
}

/**
 * Starts a backup that is copied on another thread while the caller reads and checks its
 * input (an import: the copy of a 335 MB workspace takes as long as reading 40 workbooks).
 * The WAL is folded into the main file and automatic checkpoints are held back until
 * finish() or discard(), so the main file stays exactly the state at the start; any write
 * meanwhile lands in the WAL, and finish() then takes the backup afresh.
 */
export function startBackup(db: Database, workspacePath: string, reason: string, now = new Date()): PendingBackup {
  const synchronous: PendingBackup = { ready: Promise.resolve(), finish: () => backupDatabase(db, workspacePath, reason, now), discard: () => Promise.resolve() };
  if (db.inTransaction || copying.has(db) || !checkpointFully(db)) return synchronous;
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  copying.add(db);
  const release = () => {
    if (!copying.delete(db)) return;
    if (db.open) db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  };
  const file = newBackupFile(workspacePath, reason, now);
  const partial = `${file}.partial`;
  inProgress.add(partial);
  let copied: boolean | undefined;
  const ready = copyFile(workspacePath, partial).then(
    () => void (copied = true),
    () => void (copied = false),
  );
  const done = () => inProgress.delete(partial);
  return {
    ready,
    finish() {
      if (copied === undefined) throw new Error('finish() before the backup copy is ready');
      const walBytes = statSync(`${workspacePath}-wal`, { throwIfNoEntry: false })?.size ?? 0;
      release();
      done();
      if (!copied || walBytes > 0) {
        rmSync(partial, { force: true });
        return backupDatabase(db, workspacePath, reason, now);
      }
      renameSync(partial, file);
      pruneBackups(workspacePath);
      return file;
    },
    async discard() {
      release();
      await ready;
      done();
      rmSync(partial, { force: true });
    },
  };
}

export function listBackups(workspacePath: string): BackupInfo[] {
  const dir = backupDir(workspacePath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{8}T\d{9}Z(-\d+)?\.[A-Za-z0-9-]+\.esg$/.test(f))
    .sort()
    .reverse()
    .map((f) => {
      const [ts, reason] = f.split('.') as [string, string];
      const at = `${ts.slice(0, 4)}-${ts.slice(4, 6)}-${ts.slice(6, 8)}T${ts.slice(9, 11)}:${ts.slice(11, 13)}:${ts.slice(13, 15)}.${ts.slice(15, 18)}Z`;
      return { file: join(dir, f), reason, at, bytes: statSync(join(dir, f)).size };
    });
}

/** Copies being written by this process (startBackup), which pruning must leave alone. */
const inProgress = new Set<string>();

export function pruneBackups(workspacePath: string, keep = KEEP_BACKUPS): void {
  for (const b of listBackups(workspacePath).slice(keep)) rmSync(b.file, { force: true });
  // A copy cut short by a crash stays as *.partial (never listed as a backup): clear it away.
  const dir = backupDir(workspacePath);
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.partial') && !inProgress.has(join(dir, f))) rmSync(join(dir, f), { force: true });
  }
}

/**
 * Puts a backup in place of the workspace file. The caller must have closed the workspace.
 * The file is swapped by rename, so a crash leaves either the old or the restored file.
 */
export function restoreBackupFile(workspacePath: string, backupFile: string): void {
  const tmp = `${workspacePath}.restoring`;
  copyFileSync(backupFile, tmp);
  for (const suffix of ['-wal', '-shm']) rmSync(workspacePath + suffix, { force: true });
  renameSync(tmp, workspacePath);
}
