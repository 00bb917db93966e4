// Import in two steps: `import:preview` reads and validates the files and says what would be
// new, changed or unchanged, writing nothing; `import:commit` writes that preview, all or
// nothing, after a backup. The bytes read at preview time are what gets committed (a file
// edited in between does not slip in), and a commit is refused if the workspace's current
// values changed since the preview, because the user confirmed a different set of changes.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { StoredValue, ValueInput } from '../../shared/domain.js';
import type { ImportCommentRow, ImportFieldValues, ImportPreview, ImportProblemView, Method, Output, ParsedInput } from '../../shared/api/contract.js';
import { msg } from '../../shared/i18n/messages.js';
import { formatProblem, type ImportProblem } from '../../shared/io/data-package.js';
import { cannotRead, importWithBackup, parseSources, planImport, type ImportPlan, type ImportSource } from '../services/import-service.js';
import { loadWorkspaceCatalogue } from '../services/workspace-catalogue.js';
import { commitWordComments, isDocx, planWordComments, type WordCommentsPlan } from '../services/word-comments-service.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { ApiFailure } from './failure.js';
import type { ApiContext } from './handlers.js';
import { stateOf } from './report-state.js';

type H<M extends Method> = (input: ParsedInput<M>, ctx: ApiContext) => Output<M> | Promise<Output<M>>;

/** A file larger than this is refused before it is read (workbooks are checked again unpacked). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

function readSources(paths: readonly string[]): { sources: ImportSource[]; problems: ImportProblem[] } {
  const sources: ImportSource[] = [];
  const problems: ImportProblem[] = [];
  for (const p of paths) {
    const name = basename(p);
    try {
      if (statSync(p).size > MAX_FILE_BYTES) problems.push({ file: name, line: 0, message: msg('import.too_large', { mb: MAX_FILE_BYTES / 1024 / 1024 }) });
      else sources.push({ name, bytes: readFileSync(p) });
    } catch (e) {
      problems.push(cannotRead(name, e));
    }
  }
  return { sources, problems };
}

async function plan(ws: Workspace, sources: readonly ImportSource[], overwrite: boolean, early: ImportProblem[] = []): Promise<ImportPlan> {
  const parsed = await parseSources(ws, sources);
  parsed.problems.unshift(...early);
  return planImport(ws, parsed, { overwrite });
}

const fieldsOf = (v: StoredValue | ValueInput): ImportFieldValues => ({ value: v.value, naReason: v.naReason, unit: v.enteredUnit, note: v.note, source: v.source, estimated: v.estimated });

/** What the user confirmed: every change with the stored fields it was compared with. */
const signatureOf = (p: ImportPlan) => JSON.stringify(p.values.map((v) => [v.status, v.metric, v.year, v.dims, v.fields, v.old ? fieldsOf(v.old) : null]).concat(p.targets.map((t) => [t.status, t.code])));

function problemView(p: ImportProblem): ImportProblemView {
  return { file: basename(p.file), location: p.location ?? null, line: p.line, metric: p.metric ?? null, value: p.value ?? null, problem: p.message };
}

/** Report DOCX files go to the Word-comments import, every other file to the data import. */
const splitSources = (sources: readonly ImportSource[]) => ({ docs: sources.filter((s) => isDocx(s.name)), data: sources.filter((s) => !isDocx(s.name)) });
const docSources = (docs: readonly ImportSource[]) => docs.map((d) => ({ name: d.name, bytes: d.bytes ?? new Uint8Array() }));

function commentRows(ws: Workspace, plan: WordCommentsPlan): ImportCommentRow[] {
  return plan.comments.map((c) => {
    const s = reportRepos(ws, c.year).outline.getSection(c.sectionId);
    return { file: c.file, kind: c.target.kind === 'block' ? 'block' : 'section', sectionId: c.sectionId, sectionLabel: s?.label ?? '', sectionTitleZh: s?.titleZh ?? c.sectionId, sectionTitleEn: s?.titleEn ?? c.sectionId, author: c.author, createdAt: c.createdAt, text: c.text, quote: c.quote, reply: c.replyToKey !== null };
  });
}

function view(ws: Workspace, p: ImportPlan, previewId: string | null, comments: WordCommentsPlan | null = null): ImportPreview {
  const units = loadWorkspaceCatalogue(ws).byCode;
  const counts = { new: 0, changed: 0, unchanged: 0 };
  for (const c of [...p.values, ...p.targets]) counts[c.status] += 1;
  return {
    previewId,
    files: p.files.map((f) => ({ ...f, file: basename(f.file) })),
    counts,
    values: p.values.map((v) => ({
      status: v.status,
      metric: v.metric,
      year: v.year,
      dims: { ...v.dims },
      unit: units.get(v.metric)?.unit ?? '',
      old: v.old ? fieldsOf(v.old) : null,
      new: fieldsOf(v.new),
      fields: v.fields,
      where: v.where,
    })),
    targets: p.targets.map((t) => ({ status: t.status, code: t.code, where: t.where })),
    problems: p.problems.map(problemView),
    comments: comments ? commentRows(ws, comments) : [],
    commentsSkipped: comments ? comments.files.reduce((n, f) => n + f.skipped, 0) : 0,
  };
}

const candidates: H<'import:candidates'> = (_i, ctx) => {
  ctx.session.workspace();
  return ctx.paths.importCandidates();
};

const preview: H<'import:preview'> = async (i, ctx) => {
  const ws = ctx.session.writable();
  const paths = await ctx.paths.forImport(i.fileNames);
  const { sources, problems } = readSources(paths);
  const { docs, data } = splitSources(sources);
  // A report of another workspace or edition refuses the whole preview (a ReviewError).
  const comments = docs.length ? planWordComments(ws, docSources(docs), i.year !== undefined ? { year: i.year } : {}) : null;
  const p = await plan(ws, data, i.overwrite, problems);
  const previews = stateOf(ctx).previews;
  let id: string | null = null;
  if (p.problems.length === 0) {
    id = `imp-${randomBytes(8).toString('hex')}`;
    previews.clear(); // one pending preview at a time: the one on screen
    previews.set(id, { workspacePath: ws.path, sources, overwrite: i.overwrite, signature: signatureOf(p), ...(i.year !== undefined ? { year: i.year } : {}) });
  }
  return view(ws, p, id, comments);
};

const commit: H<'import:commit'> = async (i, ctx) => {
  const ws = ctx.session.writable();
  const previews = stateOf(ctx).previews;
  const pending = previews.get(i.previewId);
  if (!pending || pending.workspacePath !== ws.path) throw new ApiFailure('not_found', 'That preview is no longer pending: preview the files again.');
  const { docs, data } = splitSources(pending.sources);
  const comments = docs.length ? planWordComments(ws, docSources(docs), pending.year !== undefined ? { year: pending.year } : {}) : null;
  const { summary, backup } = await importWithBackup(ws, () => parseSources(ws, data), { overwrite: pending.overwrite, actor: ctx.actor }, (p) => {
    if (p.problems.length) throw new ApiFailure('validation', `Nothing was imported: ${p.problems.length} problem(s), e.g. ${p.problems[0] ? formatProblem(p.problems[0]) : ''}`);
    if (signatureOf(p) !== pending.signature) {
      previews.delete(i.previewId);
      throw new ApiFailure('validation', 'The workspace changed since the preview; nothing was imported. Preview the files again.');
    }
  });
  previews.delete(i.previewId);
  const added = comments ? commitWordComments(ws, comments, ctx.actor) : 0;
  return { inserted: summary.inserted, updated: summary.updated, unchanged: summary.unchanged, backup: backup ? basename(backup) : null, reopened: summary.reopened, comments: added };
};

export const importHandlers = { 'import:candidates': candidates, 'import:preview': preview, 'import:commit': commit };
