import { readFileSync } from 'node:fs';
import { ImportError, importFiles } from '../../services/import-service.js';
import { commitWordComments, isDocx, planWordComments, type WordCommentsPlan } from '../../services/word-comments-service.js';
import { UsageError, withWritableWorkspace, type CommandContext } from '../context.js';
import { renderImportRefusal } from '../import-problems.js';
import { cliLang } from '../lang.js';
import { say } from '../cli-lang.js';
import { dimsKey } from '../../../shared/dimensions.js';
import type { ValueInput } from '../../../shared/domain.js';
import { describeChanges, type FieldValues } from '../../../shared/io/describe-import-change.js';
import { reportingReviewErrors } from './review-common.js';

const fieldValues = (v: ValueInput | null): FieldValues | null =>
  v && { value: v.value, naReason: v.naReason, unit: v.enteredUnit, note: v.note, source: v.source, estimated: v.estimated };

/** Reads a report DOCX for its reviewers' comments (`UsageError` when it cannot be read at all). */
function readDocx(file: string): { name: string; bytes: Buffer } {
  try {
    return { name: file, bytes: readFileSync(file) };
  } catch (e) {
    throw new UsageError('cli.usage.file_unreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
}

function printComments(plan: WordCommentsPlan, added: number): void {
  for (const f of plan.files) process.stdout.write(say('cli.comments_imported', { file: f.file, n: plan.comments.filter((c) => c.file === f.file).length, skipped: f.skipped, year: f.year }) + '\n');
  for (const u of plan.unplaced) process.stderr.write(say('comment.docx_unplaced', { file: u.file, author: u.author, text: u.text }) + '\n');
  if (added !== plan.comments.length) process.stdout.write(say('import.commentsDone', { n: added }) + '\n');
}

export async function runImport(ctx: CommandContext): Promise<number> {
  const [path, ...files] = ctx.positionals;
  if (!path || files.length === 0) throw new UsageError('import <workspace> <file>... [--overwrite] [--year <Y>]');
  const year = ctx.flags['year'];
  if (year !== undefined && (typeof year !== 'string' || !/^\d{4}$/.test(year))) throw new UsageError('cli.usage.year_format', { flag: 'year' });
  const docs = files.filter(isDocx).map(readDocx);
  const data = files.filter((f) => !isDocx(f));
  return reportingReviewErrors(async () => {
    let done;
    try {
      done = await withWritableWorkspace(path, async (ws) => {
        // The Word comments are checked first: a foreign report refuses the whole import.
        const plan = docs.length ? planWordComments(ws, docs, year ? { year: Number(year) } : {}) : null;
        const summary = data.length ? await importFiles(ws, data, { actor: ctx.actor, overwrite: ctx.flags['overwrite'] === true }) : null;
        return { summary, comments: plan ? { plan, added: commitWordComments(ws, plan, ctx.actor) } : null };
      });
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      process.stderr.write(`${renderImportRefusal(e.problems, cliLang())}\n`);
      return 1;
    }
    if (done.comments) printComments(done.comments.plan, done.comments.added);
    const s = done.summary;
    if (!s) return 0;
    for (const f of s.files) process.stdout.write(say(`cli.import.rows.${f.kind}`, { file: f.file, n: f.rows.toLocaleString('en') }) + '\n');
    const lang = cliLang();
    for (const c of s.changed) {
      const lines = describeChanges(lang, c.fields, fieldValues(c.old), fieldValues(c.new) as FieldValues, (n) => String(n));
      const dims = Object.keys(c.dims).length ? ` [${dimsKey(c.dims)}]` : '';
      process.stdout.write(say('cli.import.change', { metric: c.metric, year: c.year, dims, where: c.where, changes: lines.join(say('cli.import.change_sep')) }) + '\n');
    }
    const n = (x: number) => x.toLocaleString('en');
    process.stdout.write(say('cli.import.summary', { inserted: n(s.inserted), updated: n(s.updated), unchanged: n(s.unchanged) }) + '\n');
    if (s.reopened > 0) process.stdout.write(say('cli.import_reopened', { n: s.reopened }) + '\n');
    return 0;
  });
}
