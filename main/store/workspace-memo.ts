// Caches that belong to one open workspace (one connection), never to the module: computed
// KPIs, the parsed catalogue. SQLite's `PRAGMA data_version` changes whenever another
// connection (another window's process, the CLI) commits to the file, and not for this
// connection's own commits, which the repositories count themselves. So every cached entry
// is keyed by both, and a connection sees every committed write.
import type { Database } from 'better-sqlite3';

export function createWorkspaceMemo(db: Database) {
  const version = db.prepare('PRAGMA data_version').pluck();
  const slots = new Map<string, unknown>();
  return {
    /** Changes when another connection has committed since this one last looked. */
    foreignVersion(): number {
      return version.get() as number;
    },
    /** The named slot of this workspace, made on first use. */
    slot<T>(name: string, create: () => T): T {
      let s = slots.get(name) as T | undefined;
      if (s === undefined) slots.set(name, (s = create()));
      return s;
    },
  };
}
export type WorkspaceMemo = ReturnType<typeof createWorkspaceMemo>;
