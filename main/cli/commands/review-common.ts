// What the people, review, evidence and assurance commands share: refusals in the CLI's
// language, `--dims k=v;…`, and the actor of ESG_ACTOR matched to a person (by name or #id).
import { parseDimsText, type Dims } from '../../../shared/dimensions.js';
import { ReviewError } from '../../services/review-error.js';
import { actorFor } from '../../services/people-service.js';
import type { Workspace } from '../../store/workspace.js';
import { say } from '../cli-lang.js';
import { UsageError } from '../context.js';

export async function reportingReviewErrors(fn: () => number | Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof ReviewError)) throw e;
    process.stderr.write(say(e.key, e.params) + '\n');
    return 1;
  }
}

export function parseDimsFlag(text: string | undefined): Dims {
  if (!text) return {};
  const r = parseDimsText(text);
  if (r.errors.length) throw new UsageError('cli.usage.dims', { text });
  return r.dims;
}

export function requireYearFlag(y: string | undefined): number {
  if (!y || !/^\d{4}$/.test(y)) throw new UsageError('cli.usage.year_required', { flag: 'year' });
  return Number(y);
}

/** The audit log's actor: the person ESG_ACTOR names, else ESG_ACTOR or the login as given. */
export const cliActor = (ws: Workspace, raw: string) => actorFor(ws, raw);
