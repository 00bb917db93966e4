// What every command gets: its arguments, who is acting, and where to write.
import { userInfo } from 'node:os';
import { hasString, translate } from '../../shared/i18n/strings.js';
import { WorkspaceError } from '../store/db.js';
import { openWorkspace } from '../store/workspace.js';
import { acquireWorkspaceLock } from '../store/workspace-lock.js';

/**
 * A command used wrongly (exit 2): a message code with parameters, worded in the CLI's
 * language by index.ts. A usage syntax line (`year add <workspace> <YYYY>`) is code and is
 * given as it is.
 */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(hasString(key) ? translate('en', key, params) : key);
  }
}

export interface CommandContext {
  positionals: string[];
  flags: Record<string, string | boolean | undefined>;
  actor: string;
  /** For commands that parse their own arguments (`ownArgs` in the COMMANDS table): all of them, unparsed. */
  args?: string[];
}

export function actorName(): string {
  const env = process.env['ESG_ACTOR'];
  if (env) return env;
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export function requireYear(ctx: CommandContext): number {
  const y = ctx.flags['year'];
  if (typeof y !== 'string' || !/^\d{4}$/.test(y)) throw new UsageError('cli.usage.year_required', { flag: 'year' });
  return Number(y);
}

export function requireWorkspacePath(ctx: CommandContext): string {
  const p = ctx.positionals[0];
  if (!p) throw new UsageError('cli.usage.workspace_required');
  return p;
}

export function withWorkspace<T>(path: string, fn: (ws: ReturnType<typeof openWorkspace>) => T): T {
  const ws = openWorkspace(path);
  try {
    return fn(ws);
  } finally {
    ws.close();
  }
}

export async function withWorkspaceAsync<T>(path: string, fn: (ws: ReturnType<typeof openWorkspace>) => Promise<T>): Promise<T> {
  const ws = openWorkspace(path);
  try {
    return await fn(ws);
  } finally {
    ws.close();
  }
}

/** For commands that write: refuses while another process (the app) has the workspace open. */
export async function withWritableWorkspace<T>(path: string, fn: (ws: ReturnType<typeof openWorkspace>) => Promise<T>): Promise<T> {
  const lock = acquireWorkspaceLock(path);
  if (!lock.acquired) {
    throw new WorkspaceError('locked', 'workspace.locked', {
      path,
      pid: lock.holder.pid,
      host: lock.holder.host,
      since: lock.holder.since,
    });
  }
  try {
    return await withWorkspaceAsync(path, fn);
  } finally {
    lock.release();
  }
}
