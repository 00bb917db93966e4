import type { Database } from 'better-sqlite3';
import type { AuditEntry } from '../../shared/domain.js';

export interface AuditRecord {
  actor: string;
  action: AuditEntry['action'];
  entity: string;
  entityKey: string;
  metric?: string | null;
  year?: number | null;
  old?: unknown;
  new?: unknown;
  context?: string | null;
  /** When, if the caller already stamped the change itself (so both carry the same time). */
  at?: string;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditEntry['action'];
  entity: string;
  entity_key: string;
  metric: string | null;
  year: number | null;
  old_json: string | null;
  new_json: string | null;
  context: string | null;
  person_id: number | null;
}

/**
 * The lookups of the history, exported so that a test can ask SQLite for the plan of these
 * very statements (migration 0050's indexes exist for them).
 */
export const AUDIT_QUERIES = {
  // The repeated `entity <> 'value'` lets SQLite use the partial index audit_by_entity.
  byKey: `SELECT * FROM audit_log WHERE entity = @entity AND entity_key = @entity_key AND entity <> 'value' ORDER BY id DESC`,
  byValue: `SELECT * FROM audit_log WHERE metric = @metric AND year = @year AND entity = 'value' AND entity_key = @entity_key ORDER BY id DESC`,
} as const;

export function createAuditRepo(db: Database, now: () => string) {
  const insert = db.prepare(
    // The person the actor names, when one of the workspace's people was working (migration 0130).
    `INSERT INTO audit_log (at, actor, action, entity, entity_key, metric, year, old_json, new_json, context, person_id)
     VALUES (@at, @actor, @action, @entity, @entity_key, @metric, @year, @old_json, @new_json, @context, (SELECT id FROM person WHERE name = @actor))`,
  );
  const byKey = db.prepare(AUDIT_QUERIES.byKey);
  const byValue = db.prepare(AUDIT_QUERIES.byValue);
  const recent = db.prepare(`SELECT * FROM audit_log ORDER BY id DESC LIMIT @limit`);
  const ofYear = db.prepare(`SELECT * FROM audit_log WHERE year = @year ORDER BY id`);

  const toEntry = (r: AuditRow): AuditEntry => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityKey: r.entity_key,
    metric: r.metric,
    year: r.year,
    old: r.old_json === null ? null : JSON.parse(r.old_json),
    new: r.new_json === null ? null : JSON.parse(r.new_json),
    context: r.context,
    personId: r.person_id,
  });

  return {
    append(rec: AuditRecord): void {
      insert.run({
        at: rec.at ?? now(),
        actor: rec.actor,
        action: rec.action,
        entity: rec.entity,
        entity_key: rec.entityKey,
        metric: rec.metric ?? null,
        year: rec.year ?? null,
        old_json: rec.old === undefined || rec.old === null ? null : JSON.stringify(rec.old),
        new_json: rec.new === undefined || rec.new === null ? null : JSON.stringify(rec.new),
        context: rec.context ?? null,
      });
    },
    /** The changes of anything but a value, newest first. */
    history(entity: string, entityKey: string): AuditEntry[] {
      if (entity === 'value') throw new Error('use valueHistory for values');
      return (byKey.all({ entity, entity_key: entityKey }) as AuditRow[]).map(toEntry);
    },
    /** The changes of one value (its key from valueKey), newest first. */
    valueHistory(metric: string, year: number, entityKey: string): AuditEntry[] {
      return (byValue.all({ metric, year, entity_key: entityKey }) as AuditRow[]).map(toEntry);
    },
    /** Every entry about the year (values, states, evidence), oldest first: the assurance pack's log. */
    ofYear(year: number): AuditEntry[] {
      return (ofYear.all({ year }) as AuditRow[]).map(toEntry);
    },
    recent(limit = 100): AuditEntry[] {
      return (recent.all({ limit }) as AuditRow[]).map(toEntry);
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
