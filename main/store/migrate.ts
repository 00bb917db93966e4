// Numbered, forward-only migrations (NNNN_name.sql), each applied in one transaction
// together with PRAGMA user_version, as Signal Desktop does.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

export function latestVersion(migrations: Migration[] = loadMigrations()): number {
  return migrations.at(-1)?.version ?? 0;
}

export class SchemaTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This workspace was saved by a newer version of ESG Report Studio (schema ${fileVersion}; this app knows up to ${appVersion}). ` +
        'Update the app to open it; the file was not changed.',
    );
  }
}

/** Brings the database up to `upTo` (default: the newest migration). */
export function migrate(db: Database, migrations: Migration[] = loadMigrations(), upTo?: number): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(migrations);
  if (current > latest) throw new SchemaTooNewError(current, latest);
  // A migration that rebuilds a table (create new, copy, drop old, rename) must not fire the
  // old table's ON DELETE actions on drop, so foreign keys are off while migrating (the pragma
  // is a no-op inside a transaction) and every reference is verified before each commit.
  const fkOn = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    for (const m of migrations) {
      if (m.version <= current || (upTo !== undefined && m.version > upTo)) continue;
      db.transaction(() => {
        db.exec(m.sql);
        const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length) throw new Error(`migration ${m.name} leaves ${broken.length} broken reference(s), e.g. ${broken[0]?.table} → ${broken[0]?.parent}`);
        db.pragma(`user_version = ${m.version}`);
      })();
    }
  } finally {
    if (fkOn) db.pragma('foreign_keys = ON');
  }
  return db.pragma('user_version', { simple: true }) as number;
}
