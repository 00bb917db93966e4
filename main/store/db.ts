// Opening a workspace file: one SQLite database per company, WAL, foreign keys on.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { hasString, translate } from '../../shared/i18n/strings.js';
import { backupDatabase, listBackups } from './backup.js';
import { latestVersion, loadMigrations, migrate } from './migrate.js';

/** 'ESGR': marks the file as a workspace so that other SQLite files are refused. */
export const APPLICATION_ID = 0x45534752;

export class WorkspaceError extends Error {
  /**
   * `key` and `params`: the message as a code (shared/i18n/strings-cli-usage.ts), worded in the
   * CLI's language at the edge; `message` is its English text, written once there.
   */
  constructor(
    readonly code: 'not_found' | 'exists' | 'not_workspace' | 'too_new' | 'locked' | 'corrupt',
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(hasString(key) ? translate('en', key, params) : key);
  }
}

export interface OpenOptions {
  create?: boolean;
  readonly?: boolean;
}

export function openDatabase(path: string, opts: OpenOptions = {}): Database.Database {
  const exists = existsSync(path);
  if (opts.create && exists) throw new WorkspaceError('exists', 'workspace.exists', { path });
  if (!opts.create && !exists) throw new WorkspaceError('not_found', 'workspace.not_found', { path });
  let db: Database.Database;
  try {
    // The Electron shell points this at the better-sqlite3 build made for Electron's ABI;
    // the CLI and tests use the Node build in node_modules.
    const nativeBinding = process.env.ESG_SQLITE_NATIVE_BINDING;
    db = new Database(path, { fileMustExist: !opts.create, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (e) {
    throw new WorkspaceError('not_workspace', 'workspace.cannot_open', { path, detail: (e as Error).message });
  }
  try {
    configure(db, path, Boolean(opts.create));
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function configure(db: Database.Database, path: string, create: boolean): void {
  let appId: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
  } catch {
    throw new WorkspaceError('not_workspace', 'workspace.not_sqlite', { path });
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (create) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
  } else if (appId !== APPLICATION_ID) {
    throw new WorkspaceError('not_workspace', 'workspace.not_workspace', { path });
  }
  const migrations = loadMigrations();
  if (version > latestVersion(migrations)) {
    throw new WorkspaceError('too_new', 'workspace.too_new', { fileVersion: version, appVersion: latestVersion(migrations) });
  }
  if (!create) checkIntegrity(db, path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  // An existing workspace about to be migrated is backed up first: a migration that fails
  // half-way is rolled back, but the user keeps a copy of the file as it was either way.
  if (!create && version > 0 && version < latestVersion(migrations)) backupDatabase(db, path, `before-migration-${version}`);
  migrate(db, migrations);
}

/**
 * Refuses a damaged file with what SQLite found and the backups there are to restore.
 * Opening runs quick_check: every page, record and constraint format is verified, but not
 * that each index matches its table, which makes it O(N) and about five times faster than
 * a full integrity_check on a large workspace (0.3 s against 1.5 s at 450,000 values).
 * Restores are verified with the full check.
 */
export function checkIntegrity(db: Database.Database, path: string, full = false): void {
  let problems: string[];
  try {
    const pragma = full ? 'integrity_check' : 'quick_check';
    problems = (db.pragma(`${pragma}(5)`) as Record<string, string>[]).map((r) => Object.values(r)[0] as string).filter((m) => m !== 'ok');
  } catch (e) {
    problems = [(e as Error).message];
  }
  if (problems.length === 0) return;
  const backups = listBackups(path);
  throw new WorkspaceError('corrupt', backups.length ? 'workspace.corrupt_backup' : 'workspace.corrupt_none', { path, problems: problems.slice(0, 3).join('; '), at: backups[0]?.at ?? '' });
}
