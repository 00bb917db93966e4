// Restoring a workspace from one of its backups (taken before imports and migrations).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase, backupDir, listBackups, restoreBackupFile, type BackupInfo } from '../store/backup.js';
import { checkIntegrity, WorkspaceError } from '../store/db.js';
import { openWorkspace } from '../store/workspace.js';
import { acquireWorkspaceLock } from '../store/workspace-lock.js';

export interface RestoreResult {
  restored: BackupInfo;
  /** Where the state before the restore was kept. */
  previous: string;
}

export function restoreWorkspace(path: string, from?: string): RestoreResult {
  const backups = listBackups(path);
  const chosen = from ? backups.find((b) => b.file === from || b.file.endsWith(from)) : backups[0];
  if (!chosen) {
    throw new WorkspaceError('not_found', from ? 'workspace.no_backup_named' : 'workspace.no_backups', { path, from: from ?? '' });
  }
  const lock = acquireWorkspaceLock(path);
  if (!lock.acquired) throw new WorkspaceError('locked', 'workspace.locked_restore', { path, pid: lock.holder.pid, host: lock.holder.host });
  try {
    // Keep the current state first, so that the restore itself can be undone.
    let previous: string;
    try {
      const ws = openWorkspace(path);
      previous = backupDatabase(ws.db, path, 'before-restore');
      ws.close();
    } catch (e) {
      // A damaged file cannot be opened: keep its raw bytes instead.
      if (!existsSync(path)) throw e;
      mkdirSync(backupDir(path), { recursive: true });
      previous = join(backupDir(path), `damaged-${Date.now()}.esg.bak`);
      copyFileSync(path, previous);
    }
    restoreBackupFile(path, chosen.file);
    // Proves the restored file opens and passes the full integrity check.
    const restored = openWorkspace(path);
    try {
      checkIntegrity(restored.db, path, true);
    } finally {
      restored.close();
    }
    return { restored: chosen, previous };
  } finally {
    lock.release();
  }
}
