// Import of data packages, targets files and filled department workbooks, several at once,
// all or nothing: every file is read and every row or cell validated, then the plan (what is
// new, changed, unchanged) is shown or written in one transaction.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeUtf8, readCsv } from '../../shared/io/csv.js';
import { formatProblem, takeRepeatsOnce, parseDataPackage, type ImportContext, type ImportProblem, type ParsedValue } from '../../shared/io/data-package.js';
import { changedFields, mergeImported, type ChangeField } from '../../shared/io/merge-import.js';
import { parseTargetsFile, type ParsedTarget } from '../../shared/io/targets-file.js';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { msg } from '../../shared/i18n/messages.js';
import type { StoredValue, Target } from '../../shared/domain.js';
import { parseDepartmentWorkbook } from '../import/read-workbook.js';
import { findDerivedOverflows, findSumOverflows } from './import-bounds.js';
import { startBackup } from '../store/backup.js';
import { sameTarget } from '../store/targets-repo.js';
import type { Workspace } from '../store/workspace.js';
import { siteContext } from './site-context.js';
import { submitReturnedWorkbooks } from './review-service.js';
import { loadWorkspaceCatalogue, type WorkspaceCatalogue } from './workspace-catalogue.js';

export interface ImportOptions {
  overwrite?: boolean;
  actor: string;
}

export interface ImportSummary {
  /** A workbook names its department and year: its values are submitted by that department. */
  files: { file: string; kind: FileKind; rows: number; department?: string; year?: number }[];
  inserted: number;
  updated: number;
  unchanged: number;
  /** The values that held a value before and changed, with the fields that changed. */
  changed: ValueChange[];
  /** Submitted or approved values the import changed: drafts again (migration 0130's trigger). */
  reopened: number;
}

export type FileKind = 'data' | 'targets' | 'workbook';

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    // For logs and developers; the CLI and the UI render the problems in their language.
    super(problems.map((p) => formatProblem(p)).join('\n'));
  }
}

export interface ImportSource {
  /** Name shown in messages (the path as the user gave it). */
  name: string;
  text?: string;
  bytes?: Uint8Array;
  /** A file read only when its turn comes, so 40 workbooks are not all in memory at once. */
  path?: string;
}

export interface Parsed {
  files: ImportSummary['files'];
  values: ParsedValue[];
  targets: ParsedTarget[];
  problems: ImportProblem[];
}

export type ChangeStatus = 'new' | 'changed' | 'unchanged';

export interface ValueChange {
  status: ChangeStatus;
  metric: string;
  year: number;
  dims: Dims;
  /** The stored row, a cleared one with its kept note included. */
  old: StoredValue | null;
  /** What will be written: the file's fields merged into the stored ones. */
  new: ParsedValue['input'];
  /** The fields that change (none when unchanged). */
  fields: ChangeField[];
  file: string;
  where: string;
}

export interface TargetChange {
  status: ChangeStatus;
  code: string;
  old: Target | null;
  new: Target;
  file: string;
  where: string;
}

export interface ImportPlan {
  files: ImportSummary['files'];
  values: ValueChange[];
  targets: TargetChange[];
  problems: ImportProblem[];
}

const isWorkbook = (name: string) => /\.xlsx$/i.test(name);

function contextOf(ws: Workspace, cat: WorkspaceCatalogue): ImportContext {
  return { metrics: cat.byCode, dimensions: cat.dimensions, ...siteContext(ws) };
}

function parseCsvSource(src: ImportSource, ctx: ImportContext, cat: WorkspaceCatalogue, into: Parsed): void {
  const file = src.name;
  let text = src.text;
  if (text === undefined) {
    const decoded = decodeUtf8(src.bytes ?? new Uint8Array());
    if (!decoded.ok) {
      into.problems.push({ file, line: decoded.line, message: msg('import.not_utf8') });
      into.files.push({ file, kind: 'data', rows: 0 });
      return;
    }
    text = decoded.text;
  }
  const table = readCsv(text);
  if (table.header.includes('baseline_year') || table.header.includes('target_year')) {
    const r = parseTargetsFile(file, table, cat.byCode);
    append(into.problems, r.problems);
    append(into.targets, r.targets);
    into.files.push({ file, kind: 'targets', rows: r.targets.length });
  } else if (table.header.includes('metric') && table.header.includes('value')) {
    const r = parseDataPackage(file, table, ctx);
    append(into.problems, r.problems);
    append(into.values, r.values);
    into.files.push({ file, kind: 'data', rows: r.values.length });
  } else {
    into.problems.push({
      file,
      line: 1,
      message: msg('import.unknown_kind'),
    });
  }
}

/** Appends in a loop: `push(...items)` overflows the stack at ~100,000 items (a large data package). */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

const emptyParsed = (): Parsed => ({ files: [], values: [], targets: [], problems: [] });

/** Reads CSV sources (synchronously: no workbook among them). */
export function parseCsvSources(ws: Workspace, sources: readonly ImportSource[]): Parsed {
  const cat = loadWorkspaceCatalogue(ws);
  const ctx = contextOf(ws, cat);
  const parsed = emptyParsed();
  for (const src of sources) parseCsvSource(src, ctx, cat, parsed);
  return parsed;
}

export async function parseSources(ws: Workspace, sources: readonly ImportSource[]): Promise<Parsed> {
  const cat = loadWorkspaceCatalogue(ws);
  const ctx = contextOf(ws, cat);
  const parsed = emptyParsed();
  const departments = (ws.catalogue.doc<{ departments: { code: string }[] }>('departments')?.departments ?? []).map((d) => d.code);
  const wbCtx = { workspaceId: ws.meta.workspaceId(), years: ws.profile.years(), ...ctx, departments };
  for (const given of sources) {
    const src = given.path !== undefined && given.bytes === undefined ? loadSource(given, parsed) : given;
    if (!src) continue;
    if (isWorkbook(src.name)) {
      const r = await parseDepartmentWorkbook(src.name, src.bytes ?? new Uint8Array(), wbCtx);
      append(parsed.problems, r.problems);
      append(parsed.values, r.values);
      parsed.files.push({ file: src.name, kind: 'workbook', rows: r.values.length, ...(r.department !== undefined && r.year !== undefined ? { department: r.department, year: r.year } : {}) });
    } else parseCsvSource(src, ctx, cat, parsed);
  }
  return parsed;
}

export const cannotRead = (file: string, e: unknown): ImportProblem => ({ file, line: 0, message: msg('import.cannot_read', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message }) });

function loadSource(src: ImportSource, into: Parsed): ImportSource | undefined {
  try {
    return { name: src.name, bytes: readFileSync(src.path as string) };
  } catch (e) {
    into.problems.push(cannotRead(src.name, e));
    return undefined;
  }
}

export function readImportSources(paths: readonly string[]): { sources: ImportSource[]; problems: ImportProblem[] } {
  const sources: ImportSource[] = [];
  const problems: ImportProblem[] = [];
  for (const p of paths) {
    try {
      sources.push({ name: p, bytes: readFileSync(p) });
    } catch (e) {
      problems.push(cannotRead(p, e));
    }
  }
  return { sources, problems };
}

export const whereOf = (x: { file: string; line: number; location?: string }) => (x.location ? `${basename(x.file)} [${x.location}]` : `${basename(x.file)}:${x.line}`);

/** What the import would do, and every reason it cannot. Writes nothing. */
export function planImport(ws: Workspace, parsed: Parsed, opts: { overwrite?: boolean }): ImportPlan {
  const repeats = takeRepeatsOnce(parsed.values);
  const given = repeats.values;
  const problems = [...parsed.problems, ...repeats.problems, ...findSumOverflows(ws, given, whereOf), ...findDerivedOverflows(ws, given)];
  const seenTargets = new Map<string, ParsedTarget>();
  for (const t of parsed.targets) {
    const prior = seenTargets.get(t.target.code);
    if (prior) problems.push({ file: t.file, line: t.line, message: msg('import.duplicate_target', { code: t.target.code, file: basename(prior.file), line: prior.line }) });
    else seenTargets.set(t.target.code, t);
  }
  const stored = ws.values.getMany(given.map((v) => v.input));
  const units = loadWorkspaceCatalogue(ws).byCode;
  const values: ValueChange[] = given.map((v, i) => {
    const old = stored[i] ?? null;
    const next = mergeImported(old, v, units.get(v.input.metric)?.unit ?? '');
    const fields = changedFields(old, next);
    // A cleared row (only its note kept) has no value to overwrite: its value is new.
    const hadValue = old !== null && (old.value !== null || old.naReason !== null);
    const status: ChangeStatus = !hadValue ? 'new' : fields.length ? 'changed' : 'unchanged';
    if (hadValue && !opts.overwrite && fields.includes('value')) {
      problems.push({
        file: v.file,
        line: v.line,
        ...(v.location ? { location: v.location } : {}),
        metric: v.input.metric,
        value: v.input.enteredValue ?? '',
        message: msg('import.would_overwrite', { year: v.input.year, dims: dimsKey(v.input.dims), old: { value: old.value, naReason: old.naReason }, new: { value: v.input.value, naReason: v.input.naReason } }),
      });
    }
    return { status, metric: v.input.metric, year: v.input.year, dims: v.input.dims, old, new: next, fields, file: v.file, where: whereOf(v) };
  });
  const targets: TargetChange[] = parsed.targets.map((t) => {
    const old = ws.targets.get(t.target.code) ?? null;
    const status: ChangeStatus = !old ? 'new' : sameTarget(old, t.target) ? 'unchanged' : 'changed';
    if (status === 'changed' && !opts.overwrite) problems.push({ file: t.file, line: t.line, message: msg('import.would_change_target', { code: t.target.code }) });
    return { status, code: t.target.code, old, new: t.target, file: t.file, where: whereOf(t) };
  });
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : 0));
  return { files: parsed.files, values, targets, problems };
}

/**
 * Writes a plan without problems in one transaction; the audit log names each value's file.
 * `planIsFresh` (the plan was made just now, in this call stack) lets the write reuse the
 * values the plan read; a plan shown to a user and confirmed later must not.
 */
export function commitPlan(ws: Workspace, plan: ImportPlan, actor: string, planIsFresh = false): ImportSummary {
  if (plan.problems.length) throw new ImportError(plan.problems);
  const summary: ImportSummary = { files: plan.files, inserted: 0, updated: 0, unchanged: 0, changed: plan.values.filter((c) => c.status === 'changed'), reopened: 0 };
  ws.transaction(() => {
    for (const c of plan.values) {
      // An untouched value is not written at all: no audit entry, no new timestamp.
      if (c.status === 'unchanged' || c.fields.length === 0) {
        summary.unchanged += 1;
        continue;
      }
      ws.profile.ensureYear(c.year);
      const reviewed = c.old !== null && ws.review.get(c.metric, c.year, dimsKey(c.dims)) !== undefined;
      const done = ws.values.put(c.new, actor, `import ${c.where}`, planIsFresh ? c.old : undefined);
      if (reviewed && done === 'updated') summary.reopened += 1;
      // A cleared row taking a value again is a new value, as the preview said.
      summary[done === 'unchanged' ? 'unchanged' : c.status === 'new' ? 'inserted' : 'updated'] += 1;
    }
    for (const t of plan.targets) summary[ws.targets.put(t.new, actor, `import ${t.where}`)] += 1;
    // A department's returned workbook is its submission: its values await validation.
    submitReturnedWorkbooks(ws, plan, actor);
  });
  return summary;
}

/** CSV sources only, synchronously (sample creation, tests). */
export function importSources(ws: Workspace, sources: readonly ImportSource[], opts: ImportOptions): ImportSummary {
  return commitPlan(ws, planImport(ws, parseCsvSources(ws, sources), opts), opts.actor, true);
}

export function importCsvFiles(ws: Workspace, paths: readonly string[], opts: ImportOptions): ImportSummary {
  const { sources, problems } = readImportSources(paths);
  if (problems.length) throw new ImportError(problems);
  return importSources(ws, sources, opts);
}

const changesAnything = (plan: ImportPlan) => [...plan.values, ...plan.targets].some((c) => c.status !== 'unchanged');

/**
 * An import as users run it: the sources are read and checked while a backup of the
 * workspace is copied alongside (on another thread); then, synchronously so that nothing
 * else can write in between, the plan is made, `check` may refuse it, the backup is kept if
 * anything changes, and the plan is written. All or nothing.
 */
export async function importWithBackup(
  ws: Workspace,
  read: () => Promise<Parsed>,
  opts: ImportOptions,
  check?: (plan: ImportPlan) => void,
): Promise<{ summary: ImportSummary; backup: string | null }> {
  const pending = ws.path === ':memory:' ? null : startBackup(ws.db, ws.path, 'before-import');
  try {
    const parsed = await read();
    await pending?.ready;
    const plan = planImport(ws, parsed, opts);
    check?.(plan);
    if (plan.problems.length) throw new ImportError(plan.problems);
    const backup = pending && changesAnything(plan) ? pending.finish() : null;
    return { summary: commitPlan(ws, plan, opts.actor, true), backup };
  } finally {
    await pending?.discard();
  }
}

/** Reads files of any kind; problems reading them are listed with the others. */
async function parsePaths(ws: Workspace, paths: readonly string[]): Promise<Parsed> {
  return parseSources(ws, paths.map((p) => ({ name: p, path: p })));
}

/** Reads and validates files of any kind; the plan says what would change. */
export async function previewImport(ws: Workspace, paths: readonly string[], opts: { overwrite?: boolean } = {}): Promise<ImportPlan> {
  return planImport(ws, await parsePaths(ws, paths), opts);
}

/** The import users run: validated, backed up when it changes anything, then written. */
export async function importFiles(ws: Workspace, paths: readonly string[], opts: ImportOptions): Promise<ImportSummary> {
  return (await importWithBackup(ws, () => parsePaths(ws, paths), opts)).summary;
}
