// Value states (issue 15): draft → submitted (by the department's data owner) → approved (by
// a validator) or returned with a comment. The roles are checked here, so the CLI and the app
// refuse the same things: a data owner cannot approve, nobody approves their own submission.
import type { CollectionDepartmentView } from '../../shared/api/contract-review.js';
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import { mayValidate, maySubmit, type Person, type ValueState } from '../../shared/review/people.js';
import type { Workspace } from '../store/workspace.js';
import type { StateRecord } from '../store/review-repo.js';
import type { ImportPlan } from './import-service.js';
import { requirePerson } from './people-service.js';
import { ReviewError } from './review-error.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export interface ValueRefInput {
  metric: string;
  year: number;
  dims: Dims;
}

export interface ValueStateView {
  metric: string;
  dims: Record<string, string>;
  state: ValueState;
  by: string;
  at: string;
  comment: string | null;
}

const dimsText = (d: Dims) => dimsKey(d);

export function stateOf(ws: Workspace, ref: ValueRefInput): ValueState {
  return ws.review.get(ref.metric, ref.year, dimsKey(ref.dims))?.state ?? 'draft';
}

/** The states of a year's values that are not drafts. */
export function listStates(ws: Workspace, year: number): ValueStateView[] {
  return ws.review.listYear(year).map((r) => ({ metric: r.metric, dims: dimsOf(r.dimsKey), state: r.state, by: r.actor, at: r.at, comment: r.comment }));
}

function dimsOf(key: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of key.split(';').filter(Boolean)) {
    const eq = part.indexOf('=');
    out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

type Action = 'submit' | 'approve' | 'return';

/** From which states each action may start. */
const FROM: Record<Action, readonly ValueState[]> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted', 'approved'],
};
const TO: Record<Action, StateRecord['state']> = { submit: 'submitted', approve: 'approved', return: 'returned' };

function checkOne(ws: Workspace, person: Person, action: Action, ref: ValueRefInput): { before: ValueState; rec: StateRecord | undefined } {
  const cat = loadWorkspaceCatalogue(ws);
  const def = cat.byCode.get(ref.metric);
  const label = `${ref.metric}${Object.keys(ref.dims).length ? ` [${dimsText(ref.dims)}]` : ''} ${ref.year}`;
  if (!def) throw new ReviewError('not_found', 'review.metric_unknown', { metric: ref.metric });
  if (!ws.values.get(ref.metric, ref.year, ref.dims)) throw new ReviewError('validation', 'review.value_missing', { value: label });
  if (action === 'submit' && !maySubmit(person, def.owner)) throw new ReviewError('forbidden', 'review.not_owner', { name: person.name, value: label, department: def.owner });
  if (action !== 'submit' && !mayValidate(person)) throw new ReviewError('forbidden', 'review.not_validator', { name: person.name });
  const rec = ws.review.get(ref.metric, ref.year, dimsKey(ref.dims));
  const before = rec?.state ?? 'draft';
  if (!FROM[action].includes(before)) throw new ReviewError('validation', `review.cannot_${action}`, { value: label, state: before });
  // Four eyes: whoever submitted a figure does not also approve it.
  if (action === 'approve' && rec?.submittedBy === person.id) throw new ReviewError('forbidden', 'review.own_submission', { name: person.name, value: label });
  return { before, rec };
}

/**
 * Submits, approves or returns values, all or none: every value is checked before any is
 * written. A return needs a comment, which the data owner reads beside the value.
 */
export function reviewValues(ws: Workspace, action: Action, refs: readonly ValueRefInput[], actor: string, comment?: string): { changed: number } {
  const person = requirePerson(ws, actor);
  const text = comment?.trim() ?? '';
  if (action === 'return' && text === '') throw new ReviewError('validation', 'review.comment_needed');
  if (refs.length === 0) throw new ReviewError('validation', 'review.nothing_selected');
  const checked = refs.map((r) => ({ ref: r, ...checkOne(ws, person, action, r) }));
  ws.transaction(() => {
    for (const c of checked) {
      ws.review.set(
        {
          metric: c.ref.metric,
          year: c.ref.year,
          dimsKey: dimsKey(c.ref.dims),
          state: TO[action],
          personId: person.id,
          actor: person.name,
          comment: action === 'return' ? text : action === 'approve' ? null : null,
          submittedBy: action === 'submit' ? person.id : (c.rec?.submittedBy ?? null),
        },
        c.before,
      );
    }
  });
  return { changed: checked.length };
}

/**
 * Every value of the year an action applies to for this person: for submit, the drafts and
 * returned values of the departments they own (all, for the ESG lead); for approve or
 * return, every submitted value someone else submitted.
 */
export function valuesFor(ws: Workspace, action: Action, year: number, actor: string): ValueRefInput[] {
  const person = requirePerson(ws, actor);
  if (action !== 'submit' && !mayValidate(person)) throw new ReviewError('forbidden', 'review.not_validator', { name: person.name });
  const cat = loadWorkspaceCatalogue(ws);
  const states = new Map(ws.review.listYear(year).map((r) => [`${r.metric}|${r.dimsKey}`, r]));
  const out: ValueRefInput[] = [];
  for (const v of ws.values.listYear(year)) {
    const def = cat.byCode.get(v.metric);
    if (!def || def.kind === 'derived') continue;
    const s = states.get(`${v.metric}|${dimsKey(v.dims)}`);
    const state = s?.state ?? 'draft';
    const applies = action === 'submit' ? (state === 'draft' || state === 'returned') && maySubmit(person, def.owner) : state === 'submitted' && s?.submittedBy !== person.id;
    if (applies) out.push({ metric: v.metric, year, dims: v.dims });
  }
  return out;
}

/**
 * Inside an import's transaction: every value of a returned department workbook is submitted
 * by that department's data owner (the first active one; the importer if it has none), and
 * the return is logged for the collection dashboard. Approved values left unchanged stay so.
 */
export function submitReturnedWorkbooks(ws: Workspace, plan: ImportPlan, actor: string): void {
  const workbooks = plan.files.filter((f) => f.kind === 'workbook' && f.department !== undefined && f.year !== undefined);
  if (!workbooks.length) return;
  const people = ws.people.list();
  for (const wb of workbooks) {
    const dept = wb.department as string;
    ws.review.recordCollection({ year: wb.year as number, department: dept, kind: 'returned', file: wb.file.split(/[/\\]/).pop() ?? wb.file, actor });
    // Without people the review workflow is not in use: a returned workbook changes no state
    // (an untouched one re-imported touches nothing).
    if (people.length === 0) continue;
    const owner = people.find((p) => p.active && p.roles.some((g) => g.role === 'data_owner' && g.department === dept));
    for (const v of plan.values) {
      if (v.file !== wb.file) continue;
      if (!ws.values.get(v.metric, v.year, v.dims)) continue;
      const key = dimsKey(v.dims);
      const before = ws.review.get(v.metric, v.year, key)?.state ?? 'draft';
      if (before === 'submitted' || before === 'approved') continue;
      ws.review.set({ metric: v.metric, year: v.year, dimsKey: key, state: 'submitted', personId: owner?.id ?? null, actor: owner?.name ?? actor, comment: null, submittedBy: owner?.id ?? null }, before);
    }
  }
}

/** One department's row of the collection dashboard: the shape the API returns, defined once there. */
export type CollectionRow = CollectionDepartmentView;
export type MetricProgress = CollectionRow['open'][number]['status'];
const RANK: Record<MetricProgress, number> = { missing: 0, returned: 1, draft: 2, submitted: 3, approved: 4 };

/** Per department of the catalogue: its workbooks sent and returned, its metrics filled, submitted and approved in `year`. */
export function collectionDashboard(ws: Workspace, year: number): CollectionRow[] {
  const cat = loadWorkspaceCatalogue(ws);
  const deps = ws.catalogue.doc<{ departments: { code: string; name_zh: string; name_en: string }[] }>('departments')?.departments ?? [];
  const states = new Map(ws.review.listYear(year).map((r) => [`${r.metric}|${r.dimsKey}`, r.state]));
  const progress = new Map<string, MetricProgress>();
  for (const v of ws.values.listYear(year)) {
    const s: MetricProgress = states.get(`${v.metric}|${dimsKey(v.dims)}`) ?? 'draft';
    const was = progress.get(v.metric);
    if (was === undefined || RANK[s] < RANK[was]) progress.set(v.metric, s);
  }
  const events = ws.review.collectionEvents(year);
  return deps.map((d) => {
    const mine = cat.metrics.filter((m) => m.kind !== 'derived' && m.owner === d.code);
    const status = mine.map((m) => ({ metric: m.code, status: progress.get(m.code) ?? ('missing' as MetricProgress) }));
    const ev = events.filter((e) => e.department === d.code);
    const last = (k: 'sent' | 'returned') => ev.filter((e) => e.kind === k).at(-1)?.at ?? null;
    return {
      code: d.code,
      nameZh: d.name_zh,
      nameEn: d.name_en,
      sent: ev.filter((e) => e.kind === 'sent').length,
      returned: ev.filter((e) => e.kind === 'returned').length,
      lastSent: last('sent'),
      lastReturned: last('returned'),
      metrics: mine.length,
      filled: status.filter((s) => s.status !== 'missing').length,
      submitted: status.filter((s) => RANK[s.status] >= RANK.submitted).length,
      approved: status.filter((s) => s.status === 'approved').length,
      open: status.filter((s) => RANK[s.status] < RANK.submitted).sort((a, b) => RANK[a.status] - RANK[b.status] || a.metric.localeCompare(b.metric)),
    };
  });
}
