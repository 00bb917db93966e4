// The workspace file itself: migrations, refusal of files we must not touch, audit log.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase, WorkspaceError } from '../../main/store/db.js';
import { latestVersion, loadMigrations, migrate } from '../../main/store/migrate.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { tempDir } from '../helpers.js';

describe('migration 0010 (initial schema)', () => {
  it('creates STRICT tables that keep real rows and enforce their rules', () => {
    const db = new Database(join(tempDir(), 'm.esg'));
    db.pragma('foreign_keys = ON');
    const v = migrate(db, loadMigrations(), 10);
    expect(v).toBe(10);
    db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('energy.heat', '外購熱力', 'Purchased heat', 'GJ', 'entered', 'environment', 'facilities')`).run();
    db.prepare(`INSERT INTO reporting_year (year) VALUES (2024)`).run();
    const insert = db.prepare(
      `INSERT INTO metric_value (metric, year, dims_key, dims, value, na_reason, updated_at, updated_by) VALUES (@metric, 2024, '', '{}', @value, @na, 't', 't')`,
    );
    insert.run({ metric: 'energy.heat', value: 4111.27, na: null });
    expect(db.prepare(`SELECT value FROM metric_value`).get()).toEqual({ value: 4111.27 });
    // STRICT: text where a number belongs is refused, not coerced.
    expect(() => db.prepare(`UPDATE metric_value SET value = 'lots'`).run()).toThrow(/cannot store TEXT value in REAL column/);
    // A value and an NA reason at once, or neither, is refused.
    const other = db.prepare(
      `INSERT INTO metric_value (metric, year, dims_key, dims, value, na_reason, updated_at, updated_by) VALUES ('energy.heat', 2024, @key, '{}', @value, @na, 't', 't')`,
    );
    expect(() => other.run({ key: 'site=A', value: 1, na: 'n/a' })).toThrow(/CHECK constraint failed/);
    expect(() => other.run({ key: 'site=B', value: null, na: null })).toThrow(/CHECK constraint failed/);
    // Foreign keys: a value of an unknown metric is refused.
    expect(() => insert.run({ metric: 'energy.nothing', value: 1, na: null })).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses a derived metric without a formula', () => {
    const db = new Database(':memory:');
    migrate(db, loadMigrations(), 10);
    expect(() =>
      db.prepare(`INSERT INTO metric (code, name_zh, name_en, unit, kind, area, owner) VALUES ('x.y', 'x', 'x', 't', 'derived', 'e', 'o')`).run(),
    ).toThrow(/CHECK/);
  });

  it('brings a workspace at 0010 up to the latest schema with its rows intact', () => {
    const path = join(tempDir(), 'old.esg');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), 10);
    db.prepare(`INSERT INTO reporting_year (year) VALUES (2023)`).run();
    db.close();
    const ws = openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(ws.profile.years()).toEqual([2023]);
    ws.close();
  });
});

describe('opening workspace files', () => {
  it('refuses a workspace written by a newer schema, saying so, and leaves it unchanged', () => {
    const path = join(tempDir(), 'future.esg');
    createWorkspace(path, { actor: 't' }).close();
    const db = new Database(path);
    db.pragma(`user_version = ${latestVersion() + 10}`);
    db.close();
    expect(() => openWorkspace(path)).toThrow(WorkspaceError);
    expect(() => openWorkspace(path)).toThrow(/saved by a newer version of ESG Report Studio \(schema \d+; this app knows up to \d+\)/);
    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(latestVersion() + 10);
    again.close();
  });

  it('refuses an SQLite file that is not a workspace, and a file that is not SQLite', () => {
    const dir = tempDir();
    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => openDatabase(other)).toThrow(/is not an ESG Report Studio workspace/);
    const text = join(dir, 'notes.esg');
    writeFileSync(text, 'hello, this is not a database at all, just some text that is long enough');
    expect(() => openDatabase(text)).toThrow(WorkspaceError);
  });

  it('will not create over an existing file, and says when a file is missing', () => {
    const path = join(tempDir(), 'a.esg');
    createWorkspace(path, { actor: 't' }).close();
    expect(() => createWorkspace(path, { actor: 't' })).toThrow(/already exists/);
    expect(() => openWorkspace(path + '.missing')).toThrow(/No workspace at/);
  });

  it('uses WAL and foreign keys', () => {
    const ws = createWorkspace(join(tempDir(), 'w.esg'), { actor: 't' });
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    ws.close();
  });

  it('copies the catalogue into the workspace so it stays self-contained', () => {
    const ws = createWorkspace(join(tempDir(), 'c.esg'), { actor: 't' });
    const codes = ws.catalogue.metrics().map((m) => m.code);
    expect(codes).toContain('ghg.scope2_market');
    expect(ws.catalogue.doc<{ dimensions: unknown[] }>('dimensions')?.dimensions.length).toBeGreaterThan(5);
    expect(ws.catalogue.doc<{ items: { code: string }[] }>('hkex')?.items.some((i) => i.code === 'B8.2')).toBe(true);
    ws.close();
  });
});
