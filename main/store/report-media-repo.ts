// Images kept in the workspace (deduplicated by content hash) and the export log.
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Lang } from '../../shared/domain.js';
import type { AuditRepo } from './audit-repo.js';

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/svg+xml';
export interface StoredImage {
  id: string;
  mime: ImageMime;
  sha256: string;
  bytes: Buffer;
  width: number | null;
  height: number | null;
}

/** One value as an export showed it: canonical units, full precision. */
export interface SnapshotValue {
  metric: string;
  year: number;
  dimsKey: string;
  value: number | null;
}
/** What a logged export wrote: the report (DOCX or PDF) or the KPI annex. */
export type ExportKind = 'docx' | 'xlsx' | 'pdf';

export interface ExportRecord {
  id: number;
  year: number;
  lang: Lang;
  kind: ExportKind;
  fileHash: string;
  exportedAt: string;
  actor: string;
  snapshot: SnapshotValue[];
}

interface ExportRow {
  id: number;
  year: number;
  lang: Lang;
  kind: ExportKind;
  file_hash: string;
  exported_at: string;
  actor: string;
  snapshot: string;
}

// report_image's columns carry the domain's names (one word each), so selecting exactly
// these gives a StoredImage with no mapping.
const IMAGE_COLUMNS = 'id, mime, sha256, bytes, width, height';

export function createReportMediaRepo(db: Database, audit: AuditRepo, now: () => string) {
  const q = {
    image: db.prepare(`SELECT ${IMAGE_COLUMNS} FROM report_image WHERE id = @id`),
    imageByHash: db.prepare(`SELECT ${IMAGE_COLUMNS} FROM report_image WHERE sha256 = @sha256`),
    images: db.prepare(`SELECT id, mime, sha256, width, height, length(bytes) AS size FROM report_image ORDER BY created_at, id`),
    insertImage: db.prepare(
      `INSERT INTO report_image (id, mime, sha256, bytes, width, height, created_at) VALUES (@id, @mime, @sha256, @bytes, @width, @height, @created_at)`,
    ),
    deleteImage: db.prepare(`DELETE FROM report_image WHERE id = @id`),
    insertExport: db.prepare(
      `INSERT INTO export_log (year, lang, kind, file_hash, exported_at, actor, snapshot) VALUES (@year, @lang, @kind, @file_hash, @exported_at, @actor, @snapshot)`,
    ),
    exports: db.prepare(`SELECT * FROM export_log ORDER BY id`),
  };
  const toExport = (r: ExportRow): ExportRecord => ({
    id: r.id,
    year: r.year,
    lang: r.lang,
    kind: r.kind,
    fileHash: r.file_hash,
    exportedAt: r.exported_at,
    actor: r.actor,
    snapshot: JSON.parse(r.snapshot) as SnapshotValue[],
  });

  return {
    getImage(id: string): StoredImage | undefined {
      return q.image.get({ id }) as StoredImage | undefined;
    },
    listImages(): { id: string; mime: ImageMime; sha256: string; width: number | null; height: number | null; size: number }[] {
      return q.images.all() as { id: string; mime: ImageMime; sha256: string; width: number | null; height: number | null; size: number }[];
    },
    /** Stores image bytes once: the same bytes give back the existing image. */
    putImage(bytes: Buffer, mime: ImageMime, size: { width?: number; height?: number }, actor: string): StoredImage {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const existing = q.imageByHash.get({ sha256 }) as StoredImage | undefined;
      if (existing) return existing;
      const id = `img-${randomUUID().slice(0, 8)}`;
      q.insertImage.run({ id, mime, sha256, bytes, width: size.width ?? null, height: size.height ?? null, created_at: now() });
      audit.append({ actor, action: 'insert', entity: 'report_image', entityKey: id, new: { mime, sha256, size: bytes.length } });
      return { id, mime, sha256, bytes, width: size.width ?? null, height: size.height ?? null };
    },
    deleteImage(id: string, actor: string): boolean {
      const r = q.image.get({ id }) as StoredImage | undefined;
      if (!r) return false;
      q.deleteImage.run({ id });
      audit.append({ actor, action: 'delete', entity: 'report_image', entityKey: id, old: { mime: r.mime, sha256: r.sha256 } });
      return true;
    },
    logExport(e: Omit<ExportRecord, 'id' | 'exportedAt'>): ExportRecord {
      const exportedAt = now();
      const info = q.insertExport.run({ year: e.year, lang: e.lang, kind: e.kind, file_hash: e.fileHash, exported_at: exportedAt, actor: e.actor, snapshot: JSON.stringify(e.snapshot) });
      return { ...e, id: Number(info.lastInsertRowid), exportedAt };
    },
    listExports(): ExportRecord[] {
      return (q.exports.all() as ExportRow[]).map(toExport);
    },
  };
}
export type ReportMediaRepo = ReturnType<typeof createReportMediaRepo>;
