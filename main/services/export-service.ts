// Writing exports to disk: built in memory, then written atomically, so a failed export
// leaves the previous file intact.
import type { Lang } from '../../shared/domain.js';
import { writeAnnex } from '../export/xlsx/annex/write-annex.js';
import { writeFileAtomic } from '../fsutil/atomic-write.js';
import type { Workspace } from '../store/workspace.js';
import { loadAnnexModel } from './annex-service.js';
import { publishedFile } from './edition-files.js';
import { recordExport } from './report-export-log-service.js';

export interface ExportResult {
  file: string;
  bytes: number;
  ms: number;
}

export async function buildAnnexBytes(ws: Workspace, year: number, lang: Lang): Promise<Buffer> {
  return writeAnnex(loadAnnexModel(ws, year, lang));
}


/** Writes the annex and records the export (with a snapshot of its values, for restatements). */
export async function exportAnnex(ws: Workspace, year: number, lang: Lang, file: string, actor = 'export'): Promise<ExportResult> {
  const t0 = performance.now();
  // A published edition's annex is the file kept at publication (logged then, not again).
  const kept = publishedFile(ws, year, 'xlsx', lang);
  const bytes = kept ?? (await buildAnnexBytes(ws, year, lang));
  writeFileAtomic(file, bytes);
  if (!kept) recordExport(ws, { year, lang, kind: 'xlsx', bytes, actor });
  return { file, bytes: bytes.length, ms: Math.round(performance.now() - t0) };
}
