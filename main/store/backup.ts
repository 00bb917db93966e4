// Backups of a workspace file, taken before every import and migration: `VACUUM INTO`
// writes a consistent, compact copy even while the database is open in WAL mode. The last
// few are kept in a folder beside the workspace; restoring one first backs up the current
// state, so a restore can itself be undone.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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

/** Copies the open database to a new backup file; prunes old ones. Returns the new file. */
export function backupDatabase(db: Database, workspacePath: string, reason: string, now = new Date()): string {
  const dir = backupDir(workspacePath);
  mkdirSync(dir, { recursive: true });
  const safeReason = reason.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40);
  let file = join(dir, `${stamp(now)}.${safeReason}.esg`);
  for (let i = 1; existsSync(file); i++) file = join(dir, `${stamp(now)}-${i}.${safeReason}.esg`);
  // Written under a temporary name and renamed: a crash mid-copy leaves no half backup
  // that looks like a whole one.
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  if (db.inTransaction) throw new Error('cannot back up inside a transaction');
  // With the WAL folded into the main file, that file alone is the whole database; the
  // workspace lock keeps other writers out, so a plain file copy (fast, and a reflink where
  // the file system has them) is consistent. VACUUM INTO is the fallback for a WAL that
  // could not be fully checkpointed (a reader still holding old pages).
  let checkpointed = false;
  try {
    const cp = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    checkpointed = cp[0]?.busy === 0 && db.pragma('journal_mode', { simple: true }) === 'wal';
  } catch {
    checkpointed = false; // e.g. the connection still has a statement open: copy the slow way
  }
  if (checkpointed) copyFileSync(workspacePath, partial);
  else db.prepare('VACUUM INTO ?').run(partial);
  renameSync(partial, file);
  pruneBackups(workspacePath);
  return file;
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

export function pruneBackups(workspacePath: string, keep = KEEP_BACKUPS): void {
  for (const b of listBackups(workspacePath).slice(keep)) rmSync(b.file, { force: true });
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
