// Comments on values, sections and blocks (migration 0210). Every write is in the audit log
// (entity 'comment', keyed by its id), under the year it belongs to.
import type { Database } from 'better-sqlite3';
import type { CommentTarget, CommentView } from '../../shared/review/comments.js';
import type { AuditRepo } from './audit-repo.js';

interface Row {
  id: number;
  year: number;
  target: 'value' | 'section' | 'block';
  metric: string | null;
  dims: string | null;
  section_id: string | null;
  block_id: string | null;
  parent_id: number | null;
  body: string;
  author: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  quote: string | null;
  origin: 'app' | 'word';
}

const targetOf = (r: Row): CommentView['target'] =>
  r.target === 'value'
    ? { kind: 'value', metric: r.metric as string, dims: JSON.parse(r.dims ?? '{}') as Record<string, string> }
    : r.target === 'section'
      ? { kind: 'section', sectionId: r.section_id as string }
      : { kind: 'block', blockId: r.block_id as string, sectionId: r.section_id as string };

const toView = (r: Row): CommentView => ({
  id: r.id,
  year: r.year,
  target: targetOf(r),
  parentId: r.parent_id,
  text: r.body,
  author: r.author,
  createdAt: r.created_at,
  resolvedAt: r.resolved_at,
  resolvedBy: r.resolved_by,
  quote: r.quote,
  origin: r.origin,
});

export interface NewCommentRecord {
  year: number;
  target: CommentTarget;
  /** A block's section (stored with it, so that a section counts its blocks' comments). */
  sectionOfBlock?: string;
  dimsKey?: string;
  parentId: number | null;
  text: string;
  author: string;
  /** When it was written: now, or the date a Word comment carries. */
  createdAt?: string;
  quote?: string | null;
  origin?: 'app' | 'word';
  originKey?: string | null;
}

export function createCommentRepo(db: Database, audit: AuditRepo, now: () => string) {
  const ofYear = db.prepare(`SELECT * FROM comment WHERE year = @year ORDER BY coalesce(parent_id, id), id`);
  const one = db.prepare(`SELECT * FROM comment WHERE id = @id`);
  const byOrigin = db.prepare(`SELECT id FROM comment WHERE origin_key = @key`);
  const insert = db.prepare(
    `INSERT INTO comment (year, target, metric, dims_key, dims, section_id, block_id, parent_id, body, author, person_id, created_at, quote, origin, origin_key)
     VALUES (@year, @target, @metric, @dims_key, @dims, @section_id, @block_id, @parent_id, @body, @author, (SELECT id FROM person WHERE name = @author), @created_at, @quote, @origin, @origin_key)`,
  );
  const setResolved = db.prepare(`UPDATE comment SET resolved_at = @at, resolved_by = @by WHERE id = @id`);

  const get = (id: number): CommentView | undefined => {
    const r = one.get({ id }) as Row | undefined;
    return r ? toView(r) : undefined;
  };
  const audited = (c: CommentView) => ({ target: c.target, text: c.text, author: c.author, ...(c.quote ? { quote: c.quote } : {}), ...(c.parentId ? { replyTo: c.parentId } : {}), origin: c.origin });

  return {
    get,
    listYear: (year: number): CommentView[] => (ofYear.all({ year }) as Row[]).map(toView),
    hasOrigin: (key: string): boolean => byOrigin.get({ key }) !== undefined,
    /** The comment a Word comment's fingerprint names, if it was imported. */
    idByOrigin: (key: string): number | undefined => (byOrigin.get({ key }) as { id: number } | undefined)?.id,
    add(c: NewCommentRecord, actor: string): CommentView {
      const at = now();
      const t = c.target;
      const id = Number(
        insert.run({
          year: c.year,
          target: t.kind,
          metric: t.kind === 'value' ? t.metric : null,
          dims_key: t.kind === 'value' ? (c.dimsKey ?? '') : null,
          dims: t.kind === 'value' ? JSON.stringify(t.dims) : null,
          section_id: t.kind === 'section' ? t.sectionId : t.kind === 'block' ? (c.sectionOfBlock ?? null) : null,
          block_id: t.kind === 'block' ? t.blockId : null,
          parent_id: c.parentId,
          body: c.text,
          author: c.author,
          created_at: c.createdAt ?? at,
          quote: c.quote ?? null,
          origin: c.origin ?? 'app',
          origin_key: c.originKey ?? null,
        }).lastInsertRowid,
      );
      const made = get(id) as CommentView;
      audit.append({ at, actor, action: 'insert', entity: 'comment', entityKey: String(id), metric: t.kind === 'value' ? t.metric : null, year: c.year, new: audited(made), context: made.origin });
      return made;
    },
    /** Resolves (by, at) or reopens (null) a comment; the caller checked that it exists. */
    setResolved(id: number, by: string | null, actor: string): CommentView {
      const before = get(id) as CommentView;
      const at = now();
      setResolved.run({ id, at: by === null ? null : at, by });
      const after = get(id) as CommentView;
      audit.append({
        at,
        actor,
        action: 'update',
        entity: 'comment',
        entityKey: String(id),
        metric: after.target.kind === 'value' ? after.target.metric : null,
        year: after.year,
        old: { resolvedAt: before.resolvedAt, resolvedBy: before.resolvedBy },
        new: { resolvedAt: after.resolvedAt, resolvedBy: after.resolvedBy },
        context: by === null ? 'reopen' : 'resolve',
      });
      return after;
    },
  };
}
export type CommentRepo = ReturnType<typeof createCommentRepo>;
