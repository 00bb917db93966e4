import type { Database } from 'better-sqlite3';

export function createMetaRepo(db: Database) {
  const get = db.prepare(`SELECT value FROM workspace_meta WHERE key = @key`);
  return {
    /** Random id given when the workspace was created (or migrated to schema 40). */
    workspaceId(): string {
      return (get.get({ key: 'workspace_id' }) as { value: string }).value;
    },
  };
}
