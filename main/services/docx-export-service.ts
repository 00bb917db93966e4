// Exports the report to DOCX: load the model, build, pack, write atomically (a failed export
// leaves the previous file as it was), then record the export with a snapshot of the values
// it showed, so that a later change to a published figure is flagged as a restatement.
import type { Lang } from '../../shared/domain.js';
import { writeDocx } from '../export/docx/write-docx.js';
import { writeFileAtomic } from '../fsutil/atomic-write.js';
import type { Workspace } from '../store/workspace.js';
import { loadDocxModel } from './docx-model.js';
import { publishedFile } from './edition-files.js';
import type { ExportResult } from './export-service.js';
import { recordExport } from './report-export-log-service.js';

/** `final`: the file publication keeps (no draft mark); otherwise a draft is marked as one. */
export async function buildReportDocx(ws: Workspace, year: number, lang: Lang, opts: { final?: boolean } = {}): Promise<Buffer> {
  return writeDocx(loadDocxModel(ws, year, lang, opts));
}

export async function exportReportDocx(ws: Workspace, year: number, lang: Lang, file: string, actor: string): Promise<ExportResult> {
  const t0 = performance.now();
  // A published edition's report is the file kept at publication, byte for byte; it was
  // logged then, with the values it showed, so it is not logged again with today's.
  const kept = publishedFile(ws, year, 'docx', lang);
  const bytes = kept ?? (await buildReportDocx(ws, year, lang));
  writeFileAtomic(file, bytes);
  if (!kept) recordExport(ws, { year, lang, kind: 'docx', bytes, actor });
  return { file, bytes: bytes.length, ms: Math.round(performance.now() - t0) };
}
