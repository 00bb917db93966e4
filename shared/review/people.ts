// People and roles of a workspace (issue 15). A person is named in the workspace, not by a
// machine login; roles say what they may do: a data owner submits the values of their
// department, a validator approves or returns them, the ESG lead does either and requests
// the sign-off of an edition, and reviewers approve or reject that request (the sign-off
// work reads `hasRole` and `REVIEW_ROLES` from here).
import { z } from 'zod';

export const ROLES = ['esg_lead', 'data_owner', 'validator', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  /** The department code of a data owner ('' for every other role). */
  department: string;
}

export interface Person {
  id: number;
  name: string;
  email: string;
  active: boolean;
  roles: RoleGrant[];
}

export const VALUE_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ValueState = (typeof VALUE_STATES)[number];

const name = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'review.name_empty').max(80, 'review.name_long').regex(/^[^\u0000-\u001f<>]+$/, 'review.name_chars').refine((s) => !/^#?\d+$/.test(s), 'review.name_number'));
const department = z.string().max(40).regex(/^[a-z0-9_]*$/, 'review.department_format');

export const roleGrantSchema = z
  .object({ role: z.enum(ROLES), department: department.default('') })
  .strict()
  .refine((g) => (g.role === 'data_owner') === (g.department !== ''), { message: 'review.department_for_owner', path: ['department'] });

export const newPersonSchema = z
  .object({ name, email: z.string().max(200).default(''), roles: z.array(roleGrantSchema).max(20).default([]) })
  .strict();
export type NewPerson = z.output<typeof newPersonSchema>;

export const personUpdateSchema = z
  .object({ id: z.number().int().positive(), name: name.optional(), email: z.string().max(200).optional(), active: z.boolean().optional(), roles: z.array(roleGrantSchema).max(20).optional() })
  .strict();
export type PersonUpdate = z.output<typeof personUpdateSchema>;

export function hasRole(p: Pick<Person, 'roles' | 'active'>, role: Role, dept?: string): boolean {
  return p.active && p.roles.some((g) => g.role === role && (dept === undefined || role !== 'data_owner' || g.department === dept));
}

/** May this person submit a value of a metric owned by `owner` (a department code)? */
export const maySubmit = (p: Person, owner: string) => hasRole(p, 'esg_lead') || hasRole(p, 'data_owner', owner);
/** May this person approve or return values? A data owner alone may not. */
export const mayValidate = (p: Person) => hasRole(p, 'validator') || hasRole(p, 'esg_lead');

/**
 * Finds the person an actor text names: `#3` or `3` by id, else by name without case (the
 * CLI's ESG_ACTOR, the name the app remembers).
 */
export function matchPerson<P extends Pick<Person, 'id' | 'name'>>(people: readonly P[], actor: string): P | undefined {
  const t = actor.trim();
  const id = /^#?(\d+)$/.exec(t);
  if (id) return people.find((p) => p.id === Number(id[1]));
  const low = t.toLowerCase();
  return people.find((p) => p.name.toLowerCase() === low);
}
