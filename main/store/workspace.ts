// A workspace: the open database and its repositories. Services take one of these.
import type Database from 'better-sqlite3';
import { createAuditRepo } from './audit-repo.js';
import { createCatalogueRepo } from './catalogue-repo.js';
import { createMetaRepo } from './meta-repo.js';
import { openDatabase, type OpenOptions } from './db.js';
import { createProfileRepo } from './profile-repo.js';
import { createPeopleRepo } from './people-repo.js';
import { createReviewRepo } from './review-repo.js';
import { createEvidenceRepo } from './evidence-repo.js';
import { createCommentRepo } from './comment-repo.js';
import { createTargetsRepo } from './targets-repo.js';
import { createValuesRepo } from './values-repo.js';
import { createWorkspaceMemo } from './workspace-memo.js';

export interface WorkspaceOptions extends OpenOptions {
  /** Clock for audit and provenance times; tests and reproducible builds pass their own. */
  now?: () => string;
}

export function openWorkspace(path: string, opts: WorkspaceOptions = {}) {
  const db = openDatabase(path, opts);
  const now = opts.now ?? (() => new Date().toISOString());
  const audit = createAuditRepo(db, now);
  return {
    path,
    db,
    audit,
    profile: createProfileRepo(db, audit, now),
    catalogue: createCatalogueRepo(db),
    values: createValuesRepo(db, audit, now),
    targets: createTargetsRepo(db, audit),
    meta: createMetaRepo(db),
    people: createPeopleRepo(db, audit, now),
    review: createReviewRepo(db, audit, now),
    evidence: createEvidenceRepo(db, audit, now),
    comments: createCommentRepo(db, audit, now),
    /** Caches of this open workspace (not of the module), dropped when another connection commits. */
    memo: createWorkspaceMemo(db),
    /**
     * Runs fn in one transaction: all of it is written, or none. The write lock is taken at the
     * start (BEGIN IMMEDIATE), so what fn reads to decide (a revision, a sum) is what it writes
     * over: no other connection commits in between.
     */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
    close(): void {
      db.close();
    },
  };
}
export type Workspace = ReturnType<typeof openWorkspace>;
export type { Database };
