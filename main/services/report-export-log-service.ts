// The export log: the exporter calls recordExport after writing a file, with the file's hash.
// The snapshot keeps every value of the report year and the two years before (what the KPI
// tables show), so a prior-year value changed later is listed by `check` as a restatement.
import { createHash } from 'node:crypto';
import { dimsKey } from '../../shared/dimensions.js';
import type { Lang } from '../../shared/domain.js';
import { reportMedia } from '../store/report-repos.js';
import type { ExportKind, ExportRecord, SnapshotValue } from '../store/report-media-repo.js';
import type { Workspace } from '../store/workspace.js';
import { createValueSource } from './report-values.js';

export function snapshotValues(ws: Workspace, year: number): SnapshotValue[] {
  const values = createValueSource(ws);
  const out: SnapshotValue[] = [];
  for (const y of [year - 2, year - 1, year]) {
    for (const v of values.result(y).values) if (v.kind !== 'factor') out.push({ metric: v.code, year: y, dimsKey: dimsKey(v.dims), value: v.value });
  }
  return out;
}

export function recordExport(ws: Workspace, e: { year: number; lang: Lang; kind: ExportKind; bytes: Uint8Array; actor: string }): ExportRecord {
  const fileHash = createHash('sha256').update(e.bytes).digest('hex');
  const snapshot = snapshotValues(ws, e.year);
  return ws.transaction(() => reportMedia(ws).logExport({ year: e.year, lang: e.lang, kind: e.kind, fileHash, actor: e.actor, snapshot }));
}

export function listExports(ws: Workspace): Omit<ExportRecord, 'snapshot'>[] {
  return reportMedia(ws).listExports().map(({ snapshot: _snapshot, ...rest }) => rest);
}

/** Logs an export whose hash and snapshot the caller already has (publication builds several files from one snapshot). */
export function recordExportBytes(ws: Workspace, e: { year: number; lang: Lang; kind: ExportKind; fileHash: string; actor: string; snapshot: SnapshotValue[] }): ExportRecord {
  return reportMedia(ws).logExport(e);
}
