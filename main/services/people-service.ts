// People of a workspace and who is working (issue 15). Input is parsed with the schemas of
// shared/review/people.ts; a data owner's department must be one the catalogue knows.
import { matchPerson, newPersonSchema, personUpdateSchema, type Person } from '../../shared/review/people.js';
import type { Workspace } from '../store/workspace.js';
import { ReviewError } from './review-error.js';

export function departmentCodes(ws: Workspace): string[] {
  return (ws.catalogue.doc<{ departments: { code: string }[] }>('departments')?.departments ?? []).map((d) => d.code);
}

function parse<T>(schema: { safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const key = first?.message.startsWith('review.') ? first.message : 'review.invalid';
  throw new ReviewError('validation', key, { field: first?.path.map(String).join('.') ?? '' });
}

function checkDepartments(ws: Workspace, p: { roles?: { department: string }[] | undefined }): void {
  const known = departmentCodes(ws);
  for (const g of p.roles ?? []) {
    if (g.department !== '' && !known.includes(g.department)) throw new ReviewError('validation', 'review.department_unknown', { department: g.department, departments: known.join(', ') });
  }
}

export function listPeople(ws: Workspace): Person[] {
  return ws.people.list();
}

export function addPerson(ws: Workspace, input: unknown, actor: string): Person {
  const p = parse(newPersonSchema, input);
  checkDepartments(ws, p);
  if (ws.people.idByName(p.name) !== undefined) throw new ReviewError('exists', 'review.person_exists', { name: p.name });
  return ws.transaction(() => ws.people.add(p, actor));
}

export function updatePerson(ws: Workspace, input: unknown, actor: string): Person {
  const u = parse(personUpdateSchema, input);
  const before = ws.people.get(u.id);
  if (!before) throw new ReviewError('not_found', 'review.person_unknown', { person: `#${u.id}` });
  checkDepartments(ws, u);
  if (u.name !== undefined) {
    const other = ws.people.idByName(u.name);
    if (other !== undefined && other !== u.id) throw new ReviewError('exists', 'review.person_exists', { name: u.name });
  }
  const next: Person = { ...before, ...(u.name !== undefined ? { name: u.name } : {}), ...(u.email !== undefined ? { email: u.email } : {}), ...(u.active !== undefined ? { active: u.active } : {}), ...(u.roles ? { roles: u.roles } : {}) };
  return ws.transaction(() => ws.people.update(next, actor));
}

/** The person an actor text names (`#3`, `3` or a name), if the workspace has one. */
export function findPerson(ws: Workspace, actor: string): Person | undefined {
  return matchPerson(ws.people.list(), actor);
}

/** The person who must be working for a review action; refused when the actor names nobody. */
export function requirePerson(ws: Workspace, actor: string): Person {
  const p = findPerson(ws, actor);
  if (!p) throw new ReviewError('forbidden', ws.people.list().length ? 'review.actor_unknown' : 'review.no_people', { actor });
  if (!p.active) throw new ReviewError('forbidden', 'review.person_inactive', { name: p.name });
  return p;
}

/**
 * The audit log's actor for a raw actor text: the matching person's name (so `ESG_ACTOR=#2`
 * is recorded as that person), else the text as given (a machine login, a script).
 */
export function actorFor(ws: Workspace, raw: string): string {
  return findPerson(ws, raw)?.name ?? raw;
}
