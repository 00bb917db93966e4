// Review states of values and the collection log of department workbooks (migration 0130).
// A value without a state row is a draft; the trigger of 0130 removes the row when the
// value's content changes, whoever writes it.
import type { Database } from 'better-sqlite3';
import type { ValueState } from '../../shared/review/people.js';
import type { AuditRepo } from './audit-repo.js';

export interface StateRecord {
  metric: string;
  year: number;
  dimsKey: string;
  state: Exclude<ValueState, 'draft'>;
  personId: number | null;
  actor: string;
  at: string;
  comment: string | null;
  submittedBy: number | null;
}

interface StateRow {
  metric: string;
  year: number;
  dims_key: string;
  state: StateRecord['state'];
  person_id: number | null;
  actor: string;
  at: string;
  comment: string | null;
  submitted_by: number | null;
}

const toRecord = (r: StateRow): StateRecord => ({
  metric: r.metric,
  year: r.year,
  dimsKey: r.dims_key,
  state: r.state,
  personId: r.person_id,
  actor: r.actor,
  at: r.at,
  comment: r.comment,
  submittedBy: r.submitted_by,
});

export interface CollectionEvent {
  year: number;
  department: string;
  kind: 'sent' | 'returned';
  file: string;
  at: string;
  actor: string;
}

export function createReviewRepo(db: Database, audit: AuditRepo, now: () => string) {
  const one = db.prepare(`SELECT * FROM value_state WHERE metric = @metric AND year = @year AND dims_key = @dims_key`);
  const ofYear = db.prepare(`SELECT * FROM value_state WHERE year = @year ORDER BY metric, dims_key`);
  const upsert = db.prepare(
    `INSERT INTO value_state (metric, year, dims_key, state, person_id, actor, at, comment, submitted_by)
     VALUES (@metric, @year, @dims_key, @state, @person_id, @actor, @at, @comment, @submitted_by)
     ON CONFLICT (metric, year, dims_key) DO UPDATE SET state = excluded.state, person_id = excluded.person_id,
       actor = excluded.actor, at = excluded.at, comment = excluded.comment, submitted_by = excluded.submitted_by`,
  );
  const addEvent = db.prepare(`INSERT INTO collection_event (year, department, kind, file, at, actor) VALUES (@year, @department, @kind, @file, @at, @actor)`);
  const events = db.prepare(`SELECT year, department, kind, file, at, actor FROM collection_event WHERE year = @year ORDER BY id`);

  return {
    get(metric: string, year: number, dimsKey: string): StateRecord | undefined {
      const r = one.get({ metric, year, dims_key: dimsKey }) as StateRow | undefined;
      return r ? toRecord(r) : undefined;
    },
    listYear(year: number): StateRecord[] {
      return (ofYear.all({ year }) as StateRow[]).map(toRecord);
    },
    /** Sets a state (the caller owns the transaction and has checked the transition). */
    set(rec: Omit<StateRecord, 'at'>, before: ValueState): StateRecord {
      const at = now();
      upsert.run({ metric: rec.metric, year: rec.year, dims_key: rec.dimsKey, state: rec.state, person_id: rec.personId, actor: rec.actor, at, comment: rec.comment, submitted_by: rec.submittedBy });
      audit.append({
        at,
        actor: rec.actor,
        action: 'update',
        entity: 'value_state',
        entityKey: `${rec.metric}|${rec.year}|${rec.dimsKey}`,
        metric: rec.metric,
        year: rec.year,
        old: { state: before },
        new: { state: rec.state, ...(rec.comment ? { comment: rec.comment } : {}) },
        context: rec.state,
      });
      return { ...rec, at };
    },
    recordCollection(e: Omit<CollectionEvent, 'at'>): void {
      addEvent.run({ ...e, at: now() });
    },
    collectionEvents(year: number): CollectionEvent[] {
      return events.all({ year }) as CollectionEvent[];
    },
  };
}
export type ReviewRepo = ReturnType<typeof createReviewRepo>;
