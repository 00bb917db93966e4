// Migration 0220 adds the sign-off of editions: a workspace published before it keeps its
// edition exactly as it was (no sign-off recorded, so it reads as published before sign-off
// existed), and the new tables hold what the service relies on: one open request per year,
// a rejection with its comment, a decision with its time.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/store/db.js';
import { loadMigrations, migrate } from '../../main/store/migrate.js';
import { tempDir } from '../helpers.js';

const hash = 'a'.repeat(64);

describe('migration 0220 (sign-off of editions)', () => {
  it('keeps a published edition as it was and enforces one open request and a reasoned rejection', () => {
    const db = new Database(join(tempDir(), 'w.esg'));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), 200);
    db.prepare(`INSERT INTO reporting_year (year) VALUES (2023), (2024)`).run();
    db.prepare(
      `INSERT INTO report_edition (year, status, created_at, published_at, published_by, forced_reason, published_values, framework, approved_on)
       VALUES (2023, 'published', 't0', 't1', 'alice', 'board deadline', '[]', 'guide', '2024-03-20'), (2024, 'draft', 't2', NULL, NULL, NULL, NULL, 'code', NULL)`,
    ).run();
    db.prepare(`INSERT INTO person (name, created_at) VALUES ('Wong', 't'), ('Ho', 't')`).run();
    const before = db.prepare(`SELECT * FROM report_edition ORDER BY year`).all() as Record<string, unknown>[];

    migrate(db, loadMigrations());
    const after = db.prepare(`SELECT * FROM report_edition ORDER BY year`).all() as Record<string, unknown>[];
    expect(after).toEqual(before.map((r) => ({ ...r, signoff: null, signoff_request: null })));

    const request = db.prepare(`INSERT INTO signoff_request (year, status, requested_by, requested_by_name, requested_at, content_hash, data_hash) VALUES (2024, 'open', 1, 'Wong', 't', @h, @h)`);
    const id = Number(request.run({ h: hash }).lastInsertRowid);
    expect(() => request.run({ h: hash })).toThrow(/UNIQUE constraint/);
    expect(() => db.prepare(`INSERT INTO signoff_request (year, status, requested_by, requested_by_name, requested_at, content_hash, data_hash) VALUES (2024, 'open', 1, 'Wong', 't', 'short', 'short')`).run()).toThrow(/CHECK constraint/);
    db.prepare(`INSERT INTO signoff_decision (request_id, person_id, person_name, position) VALUES (@id, 2, 'Ho', 0)`).run({ id });
    const decide = db.prepare(`UPDATE signoff_decision SET decision = @d, comment = @c, decided_at = @at WHERE request_id = @id`);
    expect(() => decide.run({ id, d: 'rejected', c: '  ', at: 't' })).toThrow(/CHECK constraint/);
    expect(() => decide.run({ id, d: 'approved', c: null, at: null })).toThrow(/CHECK constraint/);
    decide.run({ id, d: 'rejected', c: 'Scope 3 note missing', at: 't3' });
    // Closed, the year may have a new open request; an open request has no closing time.
    expect(() => db.prepare(`UPDATE signoff_request SET status = 'rejected' WHERE id = @id`).run({ id })).toThrow(/CHECK constraint/);
    db.prepare(`UPDATE signoff_request SET status = 'rejected', closed_at = 't3' WHERE id = @id`).run({ id });
    request.run({ h: hash });
    expect(db.prepare(`SELECT status FROM signoff_request ORDER BY id`).pluck().all()).toEqual(['rejected', 'open']);
    db.close();
  });
});
