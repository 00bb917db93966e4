// `report request-approval | sign-off | approvals`: the sign-off of an edition on the command
// line, as the person ESG_ACTOR names (a name or #id). The roles are checked by the service,
// so the CLI refuses what the app refuses; messages follow ESG_LANG or the locale.
import type { PublishedSignoff, SignoffView } from '../../../shared/api/contract-signoff.js';
import { formatDateTime } from '../../../shared/i18n/format.js';
import { requirePerson } from '../../services/people-service.js';
import { decideSignoff, requestSignoff, signoffView } from '../../services/signoff-service.js';
import { editionRepo } from '../../store/edition-repo.js';
import type { Workspace } from '../../store/workspace.js';
import { cliLang, say } from '../cli-lang.js';
import { UsageError, type CommandContext } from '../context.js';
import { printJson } from '../output.js';

const list = (names: string[]) => names.join(cliLang() === 'en' ? ', ' : '、');
const when = (iso: string) => formatDateTime(cliLang(), iso);

/** `report request-approval <ws> --year Y [--reviewers <name,…>]`. */
export function runRequestApproval(ws: Workspace, ctx: CommandContext, year: number): number {
  const raw = ctx.flags['reviewers'];
  const given = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  const r = requestSignoff(ws, year, ctx.actor, given);
  process.stdout.write(say('cli.signoff_requested', { year, names: list(r.reviewers.map((d) => d.name)), id: r.id }) + '\n');
  return 0;
}

/** `report sign-off <ws> --year Y (--approve | --reject --comment <text>)`. */
export function runSignOff(ws: Workspace, ctx: CommandContext, year: number): number {
  const approve = ctx.flags['approve'] === true;
  const reject = ctx.flags['reject'] === true;
  if (approve === reject) throw new UsageError(say('cli.need_decision'));
  const comment = typeof ctx.flags['comment'] === 'string' ? ctx.flags['comment'] : undefined;
  const r = decideSignoff(ws, year, ctx.actor, approve ? 'approved' : 'rejected', comment);
  const name = requirePerson(ws, ctx.actor).name;
  if (!approve) {
    process.stdout.write(say('cli.signoff_rejected', { name, year }) + '\n');
    return 0;
  }
  const done = r.reviewers.filter((d) => d.decision === 'approved').length;
  const lines = [say('cli.signoff_approved', { name, year, done, total: r.reviewers.length })];
  if (r.status === 'approved') lines.push(say('cli.signoff_complete', { year }));
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

/** `report approvals <ws> --year Y [--json]`: every request of the year, newest first, and whether publishing may go ahead. */
export function runApprovals(ws: Workspace, ctx: CommandContext, year: number): number {
  const v: SignoffView = signoffView(ws, year, ctx.actor);
  if (ctx.flags['json']) {
    printJson({
      year,
      gate: v.gate,
      published: v.published,
      requests: v.requests.map((r) => ({
        id: r.id,
        status: r.status,
        requested_by: r.requestedBy,
        requested_at: r.requestedAt,
        closed_at: r.closedAt,
        changed_since: r.changedSince,
        reviewers: r.reviewers.map((d) => ({ name: d.name, decision: d.decision, comment: d.comment, decided_at: d.decidedAt })),
      })),
    });
    return 0;
  }
  const lines = [say('cli.signoff_gate', { year, gate: say(`signoff.gate.${v.gate}`) })];
  const pub = publishedLine(v.published, editionRepo(ws).get(year)?.publishedBy ?? '');
  if (pub) lines.push(pub);
  if (!v.requests.length) lines.push(say('cli.signoff_none', { year }));
  for (const r of v.requests) {
    lines.push(say('cli.signoff_request_line', { id: r.id, status: say(`signoff.status.${r.status}`), name: r.requestedBy, at: when(r.requestedAt) }));
    for (const c of r.changedSince) lines.push(`  ${say(`signoff.changed.${c}`)}`);
    for (const d of r.reviewers) {
      const decision = d.decision ? say('signoff.decidedOn', { decision: say(`signoff.decision.${d.decision}`), at: when(d.decidedAt ?? '') }) : say('signoff.decision.pending');
      lines.push(say('cli.signoff_reviewer_line', { name: d.name, decision }) + (d.comment ? say('cli.signoff_comment', { comment: d.comment }) : ''));
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

/** What a publication rested on, one line ('' when the workflow is not in use). */
export function publishedLine(s: PublishedSignoff | null, by: string): string {
  if (!s || s.kind === 'not_used') return '';
  const names = list(s.approvers.map((a) => a.name));
  if (s.kind === 'approved') return say('cli.published_approved', { names });
  return say(s.staleApproval ? 'cli.published_overridden_stale' : 'cli.published_overridden', { names, name: by, reason: s.reason ?? '' });
}
