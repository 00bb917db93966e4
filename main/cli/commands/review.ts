// `review submit|approve|return <workspace> --year <Y> (--metric <code> [--dims <k=v;…>] | --all) [--comment <text>]`:
// the value states of issue 15, as the person ESG_ACTOR names (by name or #id). `--all`
// takes every value the action applies to: submit the drafts and returned values of the
// person's departments, approve or return every submitted value.
import { parseArgs } from 'node:util';
import { requirePerson } from '../../services/people-service.js';
import { reviewValues, valuesFor } from '../../services/review-service.js';
import { say } from '../cli-lang.js';
import { UsageError, withWritableWorkspace, type CommandContext } from '../context.js';
import { parseDimsFlag, reportingReviewErrors, requireYearFlag } from './review-common.js';

export async function runReview(ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = ctx.args ?? [];
  if (sub !== 'submit' && sub !== 'approve' && sub !== 'return') throw new UsageError('review submit|approve|return <workspace> --year <Y> (--metric <code> [--dims <k=v;…>] | --all) [--comment <text>]');
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { year: { type: 'string' }, metric: { type: 'string' }, dims: { type: 'string' }, all: { type: 'boolean' }, comment: { type: 'string' } },
  });
  const [path, ...extra] = positionals;
  if (!path || extra.length) throw new UsageError('review submit|approve|return <workspace> --year <Y> …');
  const year = requireYearFlag(values.year);
  if (!values.all && !values.metric) throw new UsageError('cli.usage.metric_or_all');
  return reportingReviewErrors(() =>
    withWritableWorkspace(path, async (ws) => {
      const person = requirePerson(ws, ctx.actor);
      const refs = values.all ? valuesFor(ws, sub, year, ctx.actor) : [{ metric: values.metric as string, year, dims: parseDimsFlag(values.dims) }];
      const r = refs.length ? reviewValues(ws, sub, refs, person.name, values.comment) : { changed: 0 };
      process.stdout.write(say('cli.reviewed', { action: say(`state.${sub === 'submit' ? 'submitted' : sub === 'approve' ? 'approved' : 'returned'}`), n: r.changed }) + '\n');
      return 0;
    }),
  );
}
