// Sign-off requests of editions and the reviewers' decisions (migration 0220), and the
// fingerprint rows an edition's revision is computed from. All SQL of sign-off lives here;
// every write is in the audit log under the year.
import type { Database } from 'better-sqlite3';
import type { AuditRepo } from './audit-repo.js';

export type SignoffStatus = 'open' | 'approved' | 'rejected' | 'superseded';
export type SignoffDecision = 'approved' | 'rejected';

export interface SignoffReviewer {
  personId: number;
  name: string;
  decision: SignoffDecision | null;
  comment: string | null;
  decidedAt: string | null;
}

export interface SignoffRequest {
  id: number;
  year: number;
  status: SignoffStatus;
  requestedBy: number;
  requestedByName: string;
  requestedAt: string;
  contentHash: string;
  dataHash: string;
  closedAt: string | null;
  reviewers: SignoffReviewer[];
}

interface RequestRow {
  id: number;
  year: number;
  status: SignoffStatus;
  requested_by: number;
  requested_by_name: string;
  requested_at: string;
  content_hash: string;
  data_hash: string;
  closed_at: string | null;
}

interface DecisionRow {
  request_id: number;
  person_id: number;
  person_name: string;
  decision: SignoffDecision | null;
  comment: string | null;
  decided_at: string | null;
}

/**
 * What an edition's revision is made of. Content: the edition's own tables (volatile stamps
 * left out, so saving unchanged text changes nothing), its framework, the company profile and
 * the images. The board's approval day is left out: it is recorded after the approval it
 * follows, and recording it is no change to approve again. Data: the figures of the three years the report shows,
 * the targets, sites and catalogue (formulas, names, units). Comments, review states,
 * evidence and logs are not part of the report, so they leave an approval valid.
 */
const CONTENT_TABLES = [
  'report_section',
  'report_block',
  'materiality_topic',
  'stakeholder',
  'climate_item',
  'climate_scenario',
  'scenario_row',
  'governance_fact',
  'qualitative_target',
  'disclosure_item',
  'disclosure_section',
  'disclosure_metric',
] as const;
const VOLATILE = new Set(['updated_at', 'updated_by', 'created_at']);

export function createSignoffRepo(db: Database, audit: AuditRepo, now: () => string) {
  const q = {
    ofYear: db.prepare(`SELECT * FROM signoff_request WHERE year = @year ORDER BY id`),
    one: db.prepare(`SELECT * FROM signoff_request WHERE id = @id`),
    decisions: db.prepare(`SELECT * FROM signoff_decision WHERE request_id = @id ORDER BY position`),
    insert: db.prepare(
      `INSERT INTO signoff_request (year, status, requested_by, requested_by_name, requested_at, content_hash, data_hash)
       VALUES (@year, 'open', @by, @by_name, @at, @content_hash, @data_hash)`,
    ),
    addReviewer: db.prepare(`INSERT INTO signoff_decision (request_id, person_id, person_name, position) VALUES (@id, @person_id, @name, @position)`),
    close: db.prepare(`UPDATE signoff_request SET status = @status, closed_at = @at WHERE id = @id AND status = 'open'`),
    decide: db.prepare(
      `UPDATE signoff_decision SET decision = @decision, comment = @comment, decided_at = @at WHERE request_id = @id AND person_id = @person_id AND decision IS NULL`,
    ),
    editionRows: Object.fromEntries(CONTENT_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} WHERE year = @year ORDER BY rowid`)])),
    edition: db.prepare(`SELECT framework, framework_reason FROM report_edition WHERE year = @year`),
    company: db.prepare(`SELECT * FROM company ORDER BY id`),
    images: db.prepare(`SELECT id, sha256 FROM report_image ORDER BY id`),
    values: db.prepare(`SELECT * FROM metric_value WHERE year BETWEEN @from AND @year ORDER BY year, metric, dims_key`),
    targets: db.prepare(`SELECT * FROM target ORDER BY code`),
    sites: db.prepare(`SELECT * FROM site ORDER BY code`),
    metrics: db.prepare(`SELECT * FROM metric ORDER BY code`),
  };

  const withReviewers = (r: RequestRow): SignoffRequest => ({
    id: r.id,
    year: r.year,
    status: r.status,
    requestedBy: r.requested_by,
    requestedByName: r.requested_by_name,
    requestedAt: r.requested_at,
    contentHash: r.content_hash,
    dataHash: r.data_hash,
    closedAt: r.closed_at,
    reviewers: (q.decisions.all({ id: r.id }) as DecisionRow[]).map((d) => ({ personId: d.person_id, name: d.person_name, decision: d.decision, comment: d.comment, decidedAt: d.decided_at })),
  });
  const strip = (rows: unknown[], also: readonly string[] = []) =>
    rows.map((r) => Object.fromEntries(Object.entries(r as Record<string, unknown>).filter(([k]) => !VOLATILE.has(k) && !also.includes(k))));

  return {
    /** Every request of the year, oldest first. */
    listYear: (year: number): SignoffRequest[] => (q.ofYear.all({ year }) as RequestRow[]).map(withReviewers),
    get: (id: number): SignoffRequest | undefined => {
      const r = q.one.get({ id }) as RequestRow | undefined;
      return r ? withReviewers(r) : undefined;
    },
    /** A new open request naming its reviewers; an open one of the year is superseded first. Caller owns the transaction. */
    request(r: { year: number; by: { id: number; name: string }; contentHash: string; dataHash: string; reviewers: { id: number; name: string }[] }): SignoffRequest {
      const at = now();
      const open = (q.ofYear.all({ year: r.year }) as RequestRow[]).find((x) => x.status === 'open');
      if (open) {
        q.close.run({ id: open.id, status: 'superseded', at });
        audit.append({ actor: r.by.name, action: 'update', entity: 'signoff_request', entityKey: String(open.id), year: r.year, old: { status: 'open' }, new: { status: 'superseded' }, context: 'superseded', at });
      }
      const id = Number(q.insert.run({ year: r.year, by: r.by.id, by_name: r.by.name, at, content_hash: r.contentHash, data_hash: r.dataHash }).lastInsertRowid);
      r.reviewers.forEach((p, position) => q.addReviewer.run({ id, person_id: p.id, name: p.name, position }));
      audit.append({ actor: r.by.name, action: 'insert', entity: 'signoff_request', entityKey: String(id), year: r.year, old: null, new: { status: 'open', reviewers: r.reviewers.map((p) => p.name), contentHash: r.contentHash, dataHash: r.dataHash }, context: 'request approval', at });
      return this.get(id) as SignoffRequest;
    },
    /** Records one reviewer's decision and closes the request when it is decided. Caller owns the transaction. */
    decide(id: number, reviewer: { id: number; name: string }, decision: SignoffDecision, comment: string | null, close: SignoffStatus | null): void {
      const at = now();
      const year = (q.one.get({ id }) as RequestRow).year;
      q.decide.run({ id, person_id: reviewer.id, decision, comment, at });
      audit.append({ actor: reviewer.name, action: 'update', entity: 'signoff_request', entityKey: String(id), year, old: { decision: null }, new: { decision, comment }, context: `sign-off ${decision}`, at });
      if (close) q.close.run({ id, status: close, at });
    },
    /** The rows an edition's revision is a fingerprint of, as plain JSON-able data. */
    revisionRows(year: number): { content: unknown; data: unknown } {
      return {
        content: {
          tables: Object.fromEntries(CONTENT_TABLES.map((t) => [t, strip(q.editionRows[t]?.all({ year }) ?? [])])),
          edition: q.edition.get({ year }) ?? null,
          company: strip(q.company.all()),
          images: q.images.all(),
        },
        // A value's row id is a storage detail: the same figure written again is the same figure.
        data: { values: strip(q.values.all({ from: year - 2, year }), ['id']), targets: q.targets.all(), sites: q.sites.all(), metrics: q.metrics.all() },
      };
    },
  };
}
export type SignoffRepo = ReturnType<typeof createSignoffRepo>;

const cache = new WeakMap<Database, SignoffRepo>();
/** The sign-off repository of an open workspace (one per connection, like editionRepo). */
export function signoffRepo(ws: { db: Database; audit: AuditRepo }, now: () => string = () => new Date().toISOString()): SignoffRepo {
  let r = cache.get(ws.db);
  if (!r) cache.set(ws.db, (r = createSignoffRepo(ws.db, ws.audit, now)));
  return r;
}
