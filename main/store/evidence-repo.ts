// Evidence files of values, stored in the workspace (migration 0130). Removal and replacement
// keep the old file's name, size and SHA-256 in the audit log (not its bytes).
import type { Database } from 'better-sqlite3';
import type { EvidenceKind } from '../../shared/review/evidence-file.js';
import type { AuditRepo } from './audit-repo.js';

export interface EvidenceMeta {
  id: number;
  metric: string;
  year: number;
  dimsKey: string;
  dims: Record<string, string>;
  fileName: string;
  kind: EvidenceKind;
  size: number;
  sha256: string;
  attachedAt: string;
  attachedBy: string;
}

interface Row {
  id: number;
  metric: string;
  year: number;
  dims_key: string;
  dims: string;
  file_name: string;
  kind: EvidenceKind;
  size: number;
  sha256: string;
  attached_at: string;
  attached_by: string;
}

const META = `id, metric, year, dims_key, dims, file_name, kind, size, sha256, attached_at, attached_by`;
const toMeta = (r: Row): EvidenceMeta => ({
  id: r.id,
  metric: r.metric,
  year: r.year,
  dimsKey: r.dims_key,
  dims: JSON.parse(r.dims) as Record<string, string>,
  fileName: r.file_name,
  kind: r.kind,
  size: r.size,
  sha256: r.sha256,
  attachedAt: r.attached_at,
  attachedBy: r.attached_by,
});

export interface NewEvidence {
  metric: string;
  year: number;
  dimsKey: string;
  dims: Record<string, string>;
  fileName: string;
  kind: EvidenceKind;
  sha256: string;
  content: Uint8Array;
}

export function createEvidenceRepo(db: Database, audit: AuditRepo, now: () => string) {
  const ofYear = db.prepare(`SELECT ${META} FROM evidence WHERE year = @year ORDER BY metric, dims_key, file_name, id`);
  const ofValue = db.prepare(`SELECT ${META} FROM evidence WHERE year = @year AND metric = @metric AND dims_key = @dims_key ORDER BY id`);
  const one = db.prepare(`SELECT ${META} FROM evidence WHERE id = @id`);
  const content = db.prepare(`SELECT content FROM evidence WHERE id = @id`);
  const insert = db.prepare(
    `INSERT INTO evidence (metric, year, dims_key, dims, file_name, kind, size, sha256, content, attached_at, attached_by, person_id)
     VALUES (@metric, @year, @dims_key, @dims, @file_name, @kind, @size, @sha256, @content, @at, @actor, (SELECT id FROM person WHERE name = @actor))`,
  );
  const replace = db.prepare(
    `UPDATE evidence SET file_name = @file_name, kind = @kind, size = @size, sha256 = @sha256, content = @content, attached_at = @at, attached_by = @actor,
       person_id = (SELECT id FROM person WHERE name = @actor) WHERE id = @id`,
  );
  const remove = db.prepare(`DELETE FROM evidence WHERE id = @id`);
  const counts = db.prepare(`SELECT metric, dims_key, count(*) AS n FROM evidence WHERE year = @year GROUP BY metric, dims_key`);

  const summary = (m: EvidenceMeta) => ({ fileName: m.fileName, kind: m.kind, size: m.size, sha256: m.sha256, dims: m.dims });
  const key = (m: { metric: string; year: number; dimsKey: string }) => `${m.metric}|${m.year}|${m.dimsKey}`;
  const get = (id: number) => {
    const r = one.get({ id }) as Row | undefined;
    return r ? toMeta(r) : undefined;
  };

  return {
    get,
    listYear: (year: number) => (ofYear.all({ year }) as Row[]).map(toMeta),
    listValue: (metric: string, year: number, dimsKey: string) => (ofValue.all({ metric, year, dims_key: dimsKey }) as Row[]).map(toMeta),
    /** Evidence files per value of a year (`metric|dimsKey` → count), for the grid. */
    countsOfYear(year: number): Map<string, number> {
      return new Map((counts.all({ year }) as { metric: string; dims_key: string; n: number }[]).map((r) => [`${r.metric}|${r.dims_key}`, r.n]));
    },
    content(id: number): Buffer | undefined {
      return (content.get({ id }) as { content: Buffer } | undefined)?.content;
    },
    add(e: NewEvidence, actor: string): EvidenceMeta {
      const at = now();
      const id = Number(
        insert.run({ metric: e.metric, year: e.year, dims_key: e.dimsKey, dims: JSON.stringify(e.dims), file_name: e.fileName, kind: e.kind, size: e.content.length, sha256: e.sha256, content: e.content, at, actor }).lastInsertRowid,
      );
      const made = get(id) as EvidenceMeta;
      audit.append({ at, actor, action: 'insert', entity: 'evidence', entityKey: key(made), metric: e.metric, year: e.year, new: { id, ...summary(made) } });
      return made;
    },
    replace(id: number, e: Pick<NewEvidence, 'fileName' | 'kind' | 'sha256' | 'content'>, actor: string): EvidenceMeta {
      const before = get(id);
      if (!before) throw new Error(`no evidence ${id}`);
      const at = now();
      replace.run({ id, file_name: e.fileName, kind: e.kind, size: e.content.length, sha256: e.sha256, content: e.content, at, actor });
      const after = get(id) as EvidenceMeta;
      audit.append({ at, actor, action: 'update', entity: 'evidence', entityKey: key(after), metric: after.metric, year: after.year, old: { id, ...summary(before) }, new: { id, ...summary(after) } });
      return after;
    },
    remove(id: number, actor: string): EvidenceMeta | undefined {
      const before = get(id);
      if (!before) return undefined;
      remove.run({ id });
      audit.append({ actor, action: 'delete', entity: 'evidence', entityKey: key(before), metric: before.metric, year: before.year, old: { id, ...summary(before) } });
      return before;
    },
  };
}
export type EvidenceRepo = ReturnType<typeof createEvidenceRepo>;
