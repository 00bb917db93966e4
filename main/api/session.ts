// The workspace a window (or the loopback host) has open, its write lock and its undo stack.
import { basename } from 'node:path';
import type { WorkspaceInfo } from '../../shared/api/contract.js';
import type { ErrorCode } from '../../shared/api/result.js';
import { WorkspaceError } from '../store/db.js';
import { openWorkspace, type Workspace } from '../store/workspace.js';
import { acquireWorkspaceLock } from '../store/workspace-lock.js';
import { createWorkspace } from '../services/workspace-service.js';
import type { UndoEntry } from '../services/entry-service.js';
import { ApiFailure } from './failure.js';

const UNDO_LIMIT = 100;
/** The window of a transport that names none (Electron's one window per session, tests). */
export const DEFAULT_CLIENT = 'main';

/** The store's reasons for refusing a file, in the API's closed set of codes. */
function toErrorCode(code: WorkspaceError['code']): ErrorCode {
  switch (code) {
    case 'locked':
      return 'read_only';
    case 'not_found':
    case 'exists':
    case 'too_new':
    case 'not_workspace':
      return code;
    default:
      // e.g. a damaged file: still "not a workspace we can open"; the message says which.
      return 'not_workspace';
  }
}

export function createSession() {
  let ws: Workspace | undefined;
  let release: (() => void) | undefined;
  let readOnlyReason: string | null = null;
  // One undo history per window (client): undo in one window never undoes another's edit.
  let undo = new Map<string, UndoEntry[]>();
  // Who is working (a person of the open workspace, chosen in the UI); the renderer remembers
  // the choice per machine and tells each new session, so it is never stored in the workspace.
  let person: number | null = null;

  function close(): void {
    person = null;
    ws?.close();
    release?.();
    ws = undefined;
    release = undefined;
    readOnlyReason = null;
    undo = new Map();
  }

  function adopt(next: Workspace, lockRelease: (() => void) | undefined, reason: string | null): WorkspaceInfo {
    close();
    ws = next;
    release = lockRelease;
    readOnlyReason = reason;
    return info() as WorkspaceInfo;
  }

  function info(): WorkspaceInfo | null {
    return ws ? { fileName: basename(ws.path), readOnly: readOnlyReason !== null, readOnlyReason } : null;
  }

  const asFailure = (e: unknown): never => {
    if (e instanceof WorkspaceError) throw new ApiFailure(toErrorCode(e.code), e.message);
    throw e;
  };

  return {
    info,
    close,
    open(path: string): WorkspaceInfo {
      const lock = acquireWorkspaceLock(path);
      let next: Workspace;
      try {
        next = openWorkspace(path);
      } catch (e) {
        if (lock.acquired) lock.release();
        return asFailure(e);
      }
      if (lock.acquired) return adopt(next, lock.release, null);
      const h = lock.holder;
      return adopt(next, undefined, `${basename(path)} is open for editing in another window or process (pid ${h.pid} on ${h.host} since ${h.since}); showing it read-only.`);
    },
    create(path: string, sample: boolean, actor: string): WorkspaceInfo {
      let next: Workspace;
      try {
        next = createWorkspace(path, { sample, actor });
      } catch (e) {
        return asFailure(e);
      }
      const lock = acquireWorkspaceLock(path);
      return adopt(next, lock.acquired ? lock.release : undefined, lock.acquired ? null : `${basename(path)} is locked by another process; read-only.`);
    },
    /** The open workspace, or a `no_workspace` failure. */
    workspace(): Workspace {
      if (!ws) throw new ApiFailure('no_workspace', 'No workspace is open: create or open one first.');
      return ws;
    },
    /** The open workspace for a write, or a `read_only` failure saying why. */
    writable(): Workspace {
      const w = this.workspace();
      if (readOnlyReason !== null) throw new ApiFailure('read_only', readOnlyReason);
      return w;
    },
    pushUndo(step: UndoEntry, client = DEFAULT_CLIENT): number {
      let steps = undo.get(client) ?? [];
      steps.push(step);
      if (steps.length > UNDO_LIMIT) steps = steps.slice(-UNDO_LIMIT);
      undo.set(client, steps);
      return steps.length;
    },
    popUndo(client = DEFAULT_CLIENT): UndoEntry | undefined {
      return undo.get(client)?.pop();
    },
    /** Puts back a step an undo could not apply (someone else wrote the value since). */
    restoreUndo(step: UndoEntry, client = DEFAULT_CLIENT): void {
      undo.get(client)?.push(step);
    },
    undoDepth: (client = DEFAULT_CLIENT) => undo.get(client)?.length ?? 0,
    /** The person working, or null. */
    person: () => person,
    usePerson(id: number | null): void {
      person = id;
    },
    /** The audit log's actor: the working person's name, else the shell's own (machine login). */
    actorOr(fallback: string): string {
      if (person === null || !ws) return fallback;
      return ws.people.get(person)?.name ?? fallback;
    },
  };
}
export type Session = ReturnType<typeof createSession>;
