// People of the workspace and their roles (migration 0130). Every write is in the audit log.
import type { Database } from 'better-sqlite3';
import type { Person, Role, RoleGrant } from '../../shared/review/people.js';
import type { AuditRepo } from './audit-repo.js';

interface PersonRow {
  id: number;
  name: string;
  email: string;
  active: number;
}

export function createPeopleRepo(db: Database, audit: AuditRepo, now: () => string) {
  const all = db.prepare(`SELECT id, name, email, active FROM person ORDER BY name COLLATE NOCASE, id`);
  const roles = db.prepare(`SELECT person_id, role, department FROM person_role ORDER BY role, department`);
  const insert = db.prepare(`INSERT INTO person (name, email, active, created_at) VALUES (@name, @email, 1, @at)`);
  const update = db.prepare(`UPDATE person SET name = @name, email = @email, active = @active WHERE id = @id`);
  const clearRoles = db.prepare(`DELETE FROM person_role WHERE person_id = @id`);
  const addRole = db.prepare(`INSERT OR IGNORE INTO person_role (person_id, role, department) VALUES (@id, @role, @department)`);
  const byName = db.prepare(`SELECT id FROM person WHERE name = @name`);

  function list(): Person[] {
    const grants = new Map<number, RoleGrant[]>();
    for (const r of roles.all() as { person_id: number; role: Role; department: string }[]) {
      const g = grants.get(r.person_id) ?? [];
      g.push({ role: r.role, department: r.department });
      grants.set(r.person_id, g);
    }
    return (all.all() as PersonRow[]).map((r) => ({ id: r.id, name: r.name, email: r.email, active: r.active === 1, roles: grants.get(r.id) ?? [] }));
  }
  const get = (id: number) => list().find((p) => p.id === id);
  const setRoles = (id: number, grants: readonly RoleGrant[]) => {
    clearRoles.run({ id });
    for (const g of grants) addRole.run({ id, role: g.role, department: g.department });
  };

  return {
    list,
    get,
    /** The id of the person with this name (case aside), if any. */
    idByName(name: string): number | undefined {
      return (byName.get({ name }) as { id: number } | undefined)?.id;
    },
    add(p: { name: string; email: string; roles: readonly RoleGrant[] }, actor: string): Person {
      const id = Number(insert.run({ name: p.name, email: p.email, at: now() }).lastInsertRowid);
      setRoles(id, p.roles);
      const made = get(id) as Person;
      audit.append({ actor, action: 'insert', entity: 'person', entityKey: String(id), new: made });
      return made;
    },
    update(next: Person, actor: string): Person {
      const before = get(next.id);
      update.run({ id: next.id, name: next.name, email: next.email, active: next.active ? 1 : 0 });
      setRoles(next.id, next.roles);
      const after = get(next.id) as Person;
      audit.append({ actor, action: 'update', entity: 'person', entityKey: String(next.id), old: before ?? null, new: after });
      return after;
    },
  };
}
export type PeopleRepo = ReturnType<typeof createPeopleRepo>;
