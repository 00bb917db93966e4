// `review submit|approve|return <workspace> --year <Y> (--metric <code> [--dims <k=v;…>] | --all) [--comment <text>]`:
// the value states of issue 15, as the person ESG_ACTOR names (by name or #id). `--all`
// takes every value the action applies to: submit the drafts and returned values of the
// person's departments, approve or return every submitted value.
import { parseArgs } from 'node:util';
import { dimsFromKey } from '../../../shared/dimensions.js';
import { mayValidate, maySubmit } from '../../../shared/review/people.js';
import { ReviewError } from '../../services/review-error.js';
import { requirePerson } from '../../services/people-service.js';
import { reviewValues, type ValueRefInput } from '../../services/review-service.js';
import { loadWorkspaceCatalogue } from '../../services/workspace-catalogue.js';
import type { Workspace } from '../../store/workspace.js';
import { say } from '../cli-lang.js';
import { UsageError, withWritableWorkspace, type CommandContext } from '../context.js';
import { parseDimsFlag, reportingReviewErrors, requireYearFlag } from './review-common.js';

type Action = 'submit' | 'approve' | 'return';

function allFor(ws: Workspace, action: Action, year: number, actor: string): ValueRefInput[] {
  const person = requirePerson(ws, actor);
  if (action !== 'submit' && !mayValidate(person)) throw new ReviewError('forbidden', 'review.not_validator', { name: person.name });
  const cat = loadWorkspaceCatalogue(ws);
  const states = new Map(ws.review.listYear(year).map((r) => [`${r.metric}|${r.dimsKey}`, r]));
  const out: ValueRefInput[] = [];
  for (const v of ws.values.listYear(year)) {
    const def = cat.byCode.get(v.metric);
    if (!def || def.kind === 'derived') continue;
    const key = `${v.metric}|${Object.keys(v.dims).sort().map((k) => `${k}=${v.dims[k]}`).join(';')}`;
    const s = states.get(key);
    const state = s?.state ?? 'draft';
    if (action === 'submit' ? (state === 'draft' || state === 'returned') && maySubmit(person, def.owner) : state === 'submitted' && s?.submittedBy !== person.id)
      out.push({ metric: v.metric, year, dims: s ? dimsFromKey(s.dimsKey) : v.dims });
  }
  return out;
}

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
  if (!values.all && !values.metric) throw new UsageError('--metric <code> or --all is required');
  return reportingReviewErrors(() =>
    withWritableWorkspace(path, async (ws) => {
      const person = requirePerson(ws, ctx.actor);
      const refs = values.all ? allFor(ws, sub, year, ctx.actor) : [{ metric: values.metric as string, year, dims: parseDimsFlag(values.dims) }];
      const r = refs.length ? reviewValues(ws, sub, refs, person.name, values.comment) : { changed: 0 };
      process.stdout.write(say('cli.reviewed', { action: say(`state.${sub === 'submit' ? 'submitted' : sub === 'approve' ? 'approved' : 'returned'}`), n: r.changed }) + '\n');
      return 0;
    }),
  );
}
