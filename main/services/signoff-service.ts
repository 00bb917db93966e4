// Sign-off of an edition (issue 15, item 5). The ESG lead requests approval of a year's
// edition from named reviewers (people with the reviewer role; by default all of them but the
// lead); each approves or rejects it with a comment, recorded with the person and the time.
// A new request supersedes an open one. One rejection rejects the request; it is approved
// when every named reviewer has approved.
//
// An approval covers the edition as it was when approval was requested: the request records
// the edition's revision (edition-revision.ts). A reviewer cannot approve an edition changed
// since the request, and publishing after later changes is refused as "approved before later
// changes" until the lead requests approval again or overrides with a reason. Comments,
// review states of values and evidence are not part of the report and leave it valid.
// A workspace without people does not use the controlled workflow: publishing is not gated.
import type { PublishedSignoff, SignoffGate, SignoffRequestView, SignoffView } from '../../shared/api/contract-signoff.js';
import { hasRole, matchPerson, type Person } from '../../shared/review/people.js';
import { editionRepo, type Edition } from '../store/edition-repo.js';
import { signoffRepo, type SignoffRequest } from '../store/signoff-repo.js';
import type { Workspace } from '../store/workspace.js';
import { changedParts, editionRevision, type EditionRevision } from './edition-revision.js';
import { findPerson, requirePerson } from './people-service.js';
import { ReviewError } from './review-error.js';

const reviewersOf = (ws: Workspace) => ws.people.list().filter((p) => hasRole(p, 'reviewer'));
const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name).join(', ');

function requestView(r: SignoffRequest, now: EditionRevision): SignoffRequestView {
  return {
    id: r.id,
    status: r.status,
    requestedBy: r.requestedByName,
    requestedAt: r.requestedAt,
    closedAt: r.closedAt,
    reviewers: r.reviewers.map((d) => ({ personId: d.personId, name: d.name, decision: d.decision, comment: d.comment, decidedAt: d.decidedAt })),
    changedSince: changedParts(r, now),
  };
}

function gateOf(ws: Workspace, latest: SignoffRequest | undefined, now: EditionRevision): SignoffGate {
  if (ws.people.list().length === 0) return 'not_used';
  if (!latest) return 'none';
  if (latest.status === 'approved') return changedParts(latest, now).length ? 'stale' : 'approved';
  return latest.status === 'superseded' ? 'none' : latest.status;
}

/** What a published edition's publication rested on, from what publishing recorded. */
export function publishedSignoff(ws: Workspace, e: Edition | undefined): PublishedSignoff | null {
  if (e?.status !== 'published' || !e.signoff) return null;
  const req = e.signoffRequest === null ? undefined : signoffRepo(ws).get(e.signoffRequest);
  const approvers = (req?.reviewers ?? []).filter((d) => d.decision === 'approved').map((d) => ({ name: d.name, at: d.decidedAt ?? '' }));
  return { kind: e.signoff, approvers, reason: e.signoff === 'overridden' ? e.forcedReason : null, staleApproval: e.signoff === 'overridden' && req?.status === 'approved' };
}

export function signoffView(ws: Workspace, year: number, actor: string): SignoffView {
  const requests = signoffRepo(ws).listYear(year);
  const now = editionRevision(ws, year);
  const latest = requests.at(-1);
  const me = findPerson(ws, actor);
  const open = latest?.status === 'open' ? latest : undefined;
  return {
    year,
    gate: gateOf(ws, latest, now),
    requests: requests.map((r) => requestView(r, now)).reverse(),
    reviewers: reviewersOf(ws).map((p) => ({ id: p.id, name: p.name })),
    mayRequest: me !== undefined && hasRole(me, 'esg_lead'),
    mayDecide: me !== undefined && hasRole(me, 'reviewer') && open?.reviewers.some((d) => d.personId === me.id && d.decision === null) === true,
    published: publishedSignoff(ws, editionRepo(ws).get(year)),
  };
}

function requireLead(ws: Workspace, actor: string, key: string): Person {
  const p = requirePerson(ws, actor);
  if (!hasRole(p, 'esg_lead')) throw new ReviewError('forbidden', key, { name: p.name });
  return p;
}

function requireDraftEdition(ws: Workspace, year: number): void {
  if (!ws.profile.years().includes(year)) throw new ReviewError('not_found', 'review.year_unknown', { year });
  const e = editionRepo(ws).get(year);
  if (!e || !editionRepo(ws).hasContent(year)) throw new ReviewError('not_found', 'signoff.no_edition', { year });
  if (e.status === 'published') throw new ReviewError('validation', 'signoff.published', { year });
}

/** The reviewers a request names: those given (names or #ids, or person ids), else every active reviewer but the lead. */
function chooseReviewers(ws: Workspace, lead: Person, given: readonly (string | number)[] | undefined): Person[] {
  const people = ws.people.list();
  if (!given || given.length === 0) {
    const all = reviewersOf(ws).filter((p) => p.id !== lead.id);
    if (!all.length) throw new ReviewError('validation', 'signoff.no_reviewers', { name: lead.name });
    return all;
  }
  const out: Person[] = [];
  for (const g of given) {
    const p = typeof g === 'number' ? people.find((x) => x.id === g) : matchPerson(people, g);
    if (!p) throw new ReviewError('not_found', 'review.person_unknown', { person: typeof g === 'number' ? `#${g}` : g });
    if (!p.active) throw new ReviewError('forbidden', 'review.person_inactive', { name: p.name });
    if (!hasRole(p, 'reviewer')) throw new ReviewError('validation', 'signoff.named_not_reviewer', { name: p.name });
    // Four eyes: whoever asks for approval does not give it.
    if (p.id === lead.id) throw new ReviewError('validation', 'signoff.own_request', { name: p.name });
    if (!out.some((x) => x.id === p.id)) out.push(p);
  }
  return out;
}

/** The ESG lead requests approval of the year's edition; an open request of the year is superseded. */
export function requestSignoff(ws: Workspace, year: number, actor: string, reviewers?: readonly (string | number)[]): SignoffRequest {
  const lead = requireLead(ws, actor, 'signoff.not_lead');
  requireDraftEdition(ws, year);
  const chosen = chooseReviewers(ws, lead, reviewers);
  const rev = editionRevision(ws, year);
  return ws.transaction(() => signoffRepo(ws).request({ year, by: lead, contentHash: rev.content, dataHash: rev.data, reviewers: chosen }));
}

/** A named reviewer approves or rejects the open request of the year; a rejection needs a comment. */
export function decideSignoff(ws: Workspace, year: number, actor: string, decision: 'approved' | 'rejected', comment?: string): SignoffRequest {
  const me = requirePerson(ws, actor);
  if (!hasRole(me, 'reviewer')) throw new ReviewError('forbidden', 'signoff.not_reviewer', { name: me.name });
  const repo = signoffRepo(ws);
  const open = repo.listYear(year).find((r) => r.status === 'open');
  if (!open) throw new ReviewError('validation', 'signoff.no_open_request', { year });
  const mine = open.reviewers.find((d) => d.personId === me.id);
  if (!mine) throw new ReviewError('forbidden', 'signoff.not_named', { name: me.name, year, reviewers: names(open.reviewers) });
  if (mine.decision !== null) throw new ReviewError('validation', 'signoff.already_decided', { name: me.name, year });
  const text = comment?.trim() ?? '';
  if (decision === 'rejected' && text === '') throw new ReviewError('validation', 'signoff.comment_needed');
  if (decision === 'approved' && changedParts(open, editionRevision(ws, year)).length) {
    throw new ReviewError('validation', 'signoff.changed_since_request', { year, lead: open.requestedByName });
  }
  const othersApproved = open.reviewers.every((d) => d.personId === me.id || d.decision === 'approved');
  const close = decision === 'rejected' ? 'rejected' : othersApproved ? 'approved' : null;
  ws.transaction(() => repo.decide(open.id, me, decision, text || null, close));
  return repo.get(open.id) as SignoffRequest;
}

export interface PublishSignoff {
  signoff: 'approved' | 'overridden' | 'not_used';
  requestId: number | null;
}

/**
 * The gate publishing passes (called by publishEdition before anything is built). With
 * people in the workspace only the ESG lead publishes, and only an approved request of an
 * unchanged edition lets them, unless they override with a reason (`force`).
 */
export function publishGate(ws: Workspace, year: number, actor: string, force: boolean): PublishSignoff {
  if (ws.people.list().length === 0) return { signoff: 'not_used', requestId: null };
  requireLead(ws, actor, 'signoff.publish_not_lead');
  const latest = signoffRepo(ws).listYear(year).at(-1);
  const now = editionRevision(ws, year);
  const gate = gateOf(ws, latest, now);
  if (gate === 'approved' && latest) return { signoff: 'approved', requestId: latest.id };
  const staleId = gate === 'stale' && latest ? latest.id : null;
  if (force) return { signoff: 'overridden', requestId: staleId };
  const pending = (latest?.reviewers ?? []).filter((d) => d.decision === null);
  const rejected = latest?.reviewers.find((d) => d.decision === 'rejected');
  if (gate === 'stale' && latest) {
    const what = changedParts(latest, now).join('+');
    throw new ReviewError('validation', `signoff.publish_stale_${what === 'content+data' ? 'both' : what}`, { year, approvers: names(latest.reviewers) });
  }
  if (gate === 'open') throw new ReviewError('validation', 'signoff.publish_open', { year, pending: names(pending) });
  if (gate === 'rejected' && rejected) throw new ReviewError('validation', 'signoff.publish_rejected', { year, name: rejected.name, comment: rejected.comment ?? '' });
  throw new ReviewError('validation', 'signoff.publish_none', { year });
}
