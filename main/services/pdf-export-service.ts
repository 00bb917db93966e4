// Exports the report as PDF through a LibreOffice layout pass, and the DOCX with the page
// numbers of that pass in its own contents. Built in memory and written atomically; each file
// written is logged as what it is (kind pdf, and kind docx when the DOCX was asked for too).
import type { Lang } from '../../shared/domain.js';
import { docxWriter } from '../export/docx/write-docx.js';
import { findLibreOffice, type FindOptions } from '../export/pdf/find-soffice.js';
import { layOut } from '../export/pdf/layout-pass.js';
import { writeFileAtomic } from '../fsutil/atomic-write.js';
import type { Workspace } from '../store/workspace.js';
import { loadDocxModel } from './docx-model.js';
import { recordExport } from './report-export-log-service.js';

export type ExportStep = 'build' | 'layout' | 'write';

export interface PublishTargets {
  pdf?: string;
  /** The DOCX, with the contents' page numbers from the layout pass. */
  docx?: string;
}

export interface PublishResult {
  pdf?: { file: string; bytes: number };
  docx?: { file: string; bytes: number };
  ms: number;
  layoutMs: number;
}

export async function publishReport(
  ws: Workspace,
  year: number,
  lang: Lang,
  to: PublishTargets,
  actor: string,
  opts: { find?: FindOptions; onStep?: (step: ExportStep) => void } = {},
): Promise<PublishResult> {
  const t0 = performance.now();
  const lo = findLibreOffice(opts.find); // before any work: a missing LibreOffice fails at once
  opts.onStep?.('build');
  const write = await docxWriter(loadDocxModel(ws, year, lang));
  const draft = await write();
  opts.onStep?.('layout');
  const t1 = performance.now();
  const laidOut = await layOut(draft, lo);
  const layoutMs = Math.round(performance.now() - t1);
  opts.onStep?.('write');
  const docx = await write({ tocPages: laidOut.toc });
  const result: PublishResult = { ms: 0, layoutMs };
  if (to.docx) {
    writeFileAtomic(to.docx, docx);
    result.docx = { file: to.docx, bytes: docx.length };
  }
  if (to.pdf) {
    writeFileAtomic(to.pdf, laidOut.pdf);
    result.pdf = { file: to.pdf, bytes: laidOut.pdf.length };
  }
  if (to.docx) recordExport(ws, { year, lang, kind: 'docx', bytes: docx, actor });
  if (to.pdf) recordExport(ws, { year, lang, kind: 'pdf', bytes: laidOut.pdf, actor });
  result.ms = Math.round(performance.now() - t0);
  return result;
}
