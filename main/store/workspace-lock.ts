// One writer per workspace: a lock file beside the workspace names the process that has it
// open for writing. SQLite alone would keep the file consistent, but two app windows editing
// the same figures (each with its own undo history) would silently undo each other's work,
// so the second process gets a read-only view and a message saying who holds the lock.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export type LockResult = { acquired: true; release: () => void } | { acquired: false; holder: LockHolder };

export const lockPath = (workspacePath: string) => `${workspacePath}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? h : undefined;
  } catch {
    return undefined;
  }
}

export function acquireWorkspaceLock(workspacePath: string): LockResult {
  const path = lockPath(workspacePath);
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return {
        acquired: true,
        release: () => {
          const h = readHolder(path);
          if (h && h.pid === me.pid && h.host === me.host) rmSync(path, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(path);
    // A lock left by a process on this machine that no longer runs is stale: take it over.
    // A lock from another machine (a shared folder) cannot be checked, so it is respected.
    const stale = !holder || (holder.host === me.host && holder.pid !== process.pid && !alive(holder.pid));
    if (!stale) return { acquired: false, holder };
    rmSync(path, { force: true });
  }
  return { acquired: false, holder: readHolder(path) ?? { pid: 0, host: 'unknown', since: '' } };
}
