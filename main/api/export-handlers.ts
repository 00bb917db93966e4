// Export, department workbooks and job progress. Main picks the folder (dialog or the host's
// folder) and derives the file names; the renderer sends only the year and languages.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Method, Output, ParsedInput } from '../../shared/api/contract.js';
import { exportReportDocx } from '../services/docx-export-service.js';
import { exportAnnex } from '../services/export-service.js';
import { publishReport, type ExportStep, type PublishResult } from '../services/pdf-export-service.js';
import { writeDepartmentWorkbooks } from '../services/sheets-service.js';
import { basename } from 'node:path';
import { ApiFailure } from './failure.js';
import type { ApiContext } from './handlers.js';
import type { PlannedFile } from './jobs.js';
import { stateOf } from './report-state.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;

export const docxName = (year: number, lang: string) => `esg-report-${year}-${lang}.docx`;
export const xlsxName = (year: number, lang: string) => `kpi-annex-${year}-${lang}.xlsx`;
export const pdfName = (year: number, lang: string) => `esg-report-${year}-${lang}.pdf`;

const start: H<'export:start'> = async (i, ctx) => {
  const ws = ctx.session.writable();
  if (!ws.profile.years().includes(i.year)) throw new ApiFailure('validation', `The workspace has no year ${i.year}.`);
  const names = [
    ...i.docx.map((lang) => ({ name: docxName(i.year, lang), kind: 'docx' as const, lang })),
    ...i.pdf.map((lang) => ({ name: pdfName(i.year, lang), kind: 'pdf' as const, lang })),
    ...i.xlsx.map((lang) => ({ name: xlsxName(i.year, lang), kind: 'xlsx' as const, lang })),
  ];
  const files = names.map((f) => f.name).join('\n');
  const { replacements } = stateOf(ctx);
  let folder: string;
  if (i.replace) {
    // The user agreed to replace what the first call found: same folder, same files, once.
    const pending = replacements.get(i.replace);
    replacements.delete(i.replace);
    if (!pending) throw new ApiFailure('not_found', 'This replace confirmation is unknown or was used already; export again.');
    if (pending.year !== i.year || pending.files !== files) throw new ApiFailure('validation', 'The files to replace are not the ones confirmed; export again.');
    folder = pending.folder;
  } else {
    folder = await ctx.paths.forOutputFolder('export');
    // An earlier export is never replaced silently: the renderer asks, then calls with `replace`.
    const existing = names.filter((f) => existsSync(join(folder, f.name))).map((f) => f.name);
    if (existing.length > 0) {
      const replace = `rep-${randomBytes(8).toString('hex')}`;
      replacements.set(replace, { folder, year: i.year, files });
      return { folder, existing, replace };
    }
  }
  const planned: PlannedFile[] = names.map((f) => ({ ...f, path: join(folder, f.name) }));
  // A language with both a DOCX and a PDF gets one layout pass: the DOCX then carries the
  // PDF's page numbers in its contents.
  const passes = new Map<string, Promise<PublishResult>>();
  const pathOf = (kind: PlannedFile['kind'], lang: string) => planned.find((p) => p.kind === kind && p.lang === lang)?.path;
  const publish = (f: PlannedFile, onStep: (step: ExportStep) => void) => {
    let pass = passes.get(f.lang);
    if (!pass) {
      pass = publishReport(ws, i.year, f.lang, { pdf: pathOf('pdf', f.lang), docx: pathOf('docx', f.lang) }, ctx.actor, { onStep, find: { soffice: ctx.prefs.read().soffice } });
      passes.set(f.lang, pass);
    }
    return pass.then((r) => ({ bytes: (f.kind === 'pdf' ? r.pdf?.bytes : r.docx?.bytes) ?? 0, ms: r.ms }));
  };
  const jobId = stateOf(ctx).jobs.start(folder, planned, ctx.opener !== undefined, (f, onStep) => {
    if (f.kind === 'pdf' || (f.kind === 'docx' && i.pdf.includes(f.lang))) return publish(f, onStep);
    onStep('build');
    return f.kind === 'docx' ? exportReportDocx(ws, i.year, f.lang, f.path, ctx.actor) : exportAnnex(ws, i.year, f.lang, f.path, ctx.actor);
  });
  return { jobId, folder, files: planned.map((f) => f.name) };
};

const status: H<'job:status'> = (i, ctx) => stateOf(ctx).jobs.status(i.jobId);

const reveal: H<'export:reveal'> = async (i, ctx) => {
  const path = stateOf(ctx).jobs.writtenPath(i.jobId, i.file);
  if (!ctx.opener) throw new ApiFailure('forbidden', `Opening files is only available in the desktop app; the file is ${path}.`);
  if (i.action === 'open') await ctx.opener.open(path);
  else ctx.opener.reveal(path);
  return null;
};

const sheets: H<'sheets:write'> = async (i, ctx) => {
  const ws = ctx.session.writable();
  const folder = await ctx.paths.forOutputFolder('sheets');
  const written = await writeDepartmentWorkbooks(ws, i.year, folder, ctx.actor);
  return { folder, files: written.map((w) => ({ name: basename(w.file), department: w.department, rows: w.rows })) };
};

export const exportHandlers = { 'export:start': start, 'job:status': status, 'export:reveal': reveal, 'sheets:write': sheets };
