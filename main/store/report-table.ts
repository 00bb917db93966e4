// One small mapper for the report's register tables (materiality, stakeholders, climate
// register, scenarios, governance facts, qualitative targets): each is a list of rows with
// an id and a position, camelCase fields mapped to snake_case columns, JSON columns parsed.
// The SQL is built once from a fixed column list (never from input) with named parameters.
import type { Database } from 'better-sqlite3';
import type { AuditRepo } from './audit-repo.js';
import { yearBound } from './year-bound.js';

export interface ColumnSpec {
  column: string;
  json?: boolean;
}

export interface RegisterTableSpec {
  table: string;
  /** Audit entity name. */
  entity: string;
  key: { field: string; column: string };
  fields: Record<string, ColumnSpec>;
  /** Whether the key is unique per edition (codes) rather than across editions (ids). */
  keyPerYear?: boolean;
}

type Row = Record<string, unknown>;

/** One register of one year's edition. */
export function createRegisterTable<T extends { position: number }>(db: Database, audit: AuditRepo, spec: RegisterTableSpec, year: number) {
  const prepare = yearBound(db, year);
  const entries = Object.entries(spec.fields);
  const cols = ['year', spec.key.column, 'position', ...entries.map(([, c]) => c.column)];
  const list = prepare(`SELECT * FROM ${spec.table} WHERE year = @year ORDER BY position, ${spec.key.column}`);
  const one = prepare(`SELECT * FROM ${spec.table} WHERE year = @year AND ${spec.key.column} = @key`);
  const taken = prepare(`SELECT 1 FROM ${spec.table} WHERE ${spec.key.column} = @key${spec.keyPerYear ? ' AND year = @year' : ''}`);
  const conflict = spec.keyPerYear ? `year, ${spec.key.column}` : spec.key.column;
  const upsert = prepare(
    `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})
     ON CONFLICT (${conflict}) DO UPDATE SET ${cols.slice(2).map((c) => `${c} = excluded.${c}`).join(', ')}
     WHERE ${spec.table}.year = excluded.year`,
  );
  const remove = prepare(`DELETE FROM ${spec.table} WHERE year = @year AND ${spec.key.column} = @key`);
  const setPosition = prepare(`UPDATE ${spec.table} SET position = @position WHERE year = @year AND ${spec.key.column} = @key`);
  const maxPosition = prepare(`SELECT coalesce(max(position) + 1, 0) AS next FROM ${spec.table} WHERE year = @year`);

  const toDomain = (r: Row): T => {
    const out: Row = { [spec.key.field]: r[spec.key.column], position: r['position'] };
    for (const [field, c] of entries) out[field] = c.json ? JSON.parse(String(r[c.column])) : r[c.column];
    return out as T;
  };
  const toRow = (v: T): Row => {
    const rec = v as unknown as Row;
    const out: Row = { [spec.key.column]: rec[spec.key.field], position: v.position };
    for (const [field, c] of entries) out[c.column] = c.json ? JSON.stringify(rec[field]) : (rec[field] ?? null);
    return out;
  };
  const get = (key: string): T | undefined => {
    const r = one.get({ key }) as Row | undefined;
    return r ? toDomain(r) : undefined;
  };
  const all = (): T[] => (list.all() as Row[]).map(toDomain);
  const keyOf = (v: T): string => String((v as unknown as Row)[spec.key.field]);

  return {
    list: all,
    get,
    /** Whether the key is in use (by any edition, for ids unique across editions). */
    taken(key: string): boolean {
      return taken.get({ key }) !== undefined;
    },
    nextPosition(): number {
      return (maxPosition.get() as { next: number }).next;
    },
    /** Inserts or replaces a row; the caller owns the transaction. */
    put(v: T, actor: string): 'inserted' | 'updated' | 'unchanged' {
      const before = get(keyOf(v));
      if (before && JSON.stringify(before) === JSON.stringify({ ...before, ...v })) return 'unchanged';
      upsert.run(toRow(v));
      audit.append({ actor, action: before ? 'update' : 'insert', entity: spec.entity, entityKey: keyOf(v), old: before ?? null, new: v });
      return before ? 'updated' : 'inserted';
    },
    remove(key: string, actor: string): boolean {
      const before = get(key);
      if (!before) return false;
      remove.run({ key });
      audit.append({ actor, action: 'delete', entity: spec.entity, entityKey: key, old: before, new: null });
      return true;
    },
    /** Renumbers rows in the given order (keys not listed keep their relative order after them). */
    reorder(keys: readonly string[], actor: string): void {
      const rows = all();
      const listed = keys.map((k) => rows.find((r) => keyOf(r) === k)).filter((r): r is T => r !== undefined);
      const rest = rows.filter((r) => !keys.includes(keyOf(r)));
      [...listed, ...rest].forEach((r, i) => setPosition.run({ key: keyOf(r), position: i }));
      audit.append({ actor, action: 'update', entity: spec.entity, entityKey: '*order', old: rows.map(keyOf), new: [...listed, ...rest].map(keyOf) });
    },
  };
}
export type RegisterTable<T extends { position: number }> = ReturnType<typeof createRegisterTable<T>>;
