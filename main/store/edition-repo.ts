// Report editions: one per reporting year (draft or published), the export bytes kept at
// publication, the copy of one edition into a new year (roll forward) and factors carried
// from the previous year. All SQL of editions lives here.
import type { Database } from 'better-sqlite3';
import type { Lang } from '../../shared/domain.js';
import type { FrameworkVersion } from '../../shared/framework/versions.js';
import type { AuditRepo } from './audit-repo.js';
import type { SnapshotValue } from './report-media-repo.js';

export type EditionStatus = 'draft' | 'published';

export interface Edition {
  year: number;
  status: EditionStatus;
  carriedFrom: number | null;
  createdAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
  forcedReason: string | null;
  /** The version of HKEX Appendix C2 the edition follows. */
  framework: FrameworkVersion;
  /** Why it was changed from the one its year gives; null while it is the chosen one. */
  frameworkReason: string | null;
  /** The day (YYYY-MM-DD) the board approved the report; null until recorded. */
  approvedOn: string | null;
  /** What publication rested on (migration 0220): an approved sign-off request, the ESG lead's override, or no workflow in use. */
  signoff: 'approved' | 'overridden' | 'not_used' | null;
  /** The sign-off request it rested on (for an override, an approval that later changes outdated), if any. */
  signoffRequest: number | null;
}

export interface EditionExport {
  year: number;
  kind: 'docx' | 'xlsx';
  lang: Lang;
  sha256: string;
  bytes: Buffer;
}

export interface CarriedFactor {
  metric: string;
  year: number;
  dimsKey: string;
  fromYear: number;
  /** Still to confirm: not confirmed and the value not written since it was carried. */
  pending: boolean;
}

interface EditionRow {
  year: number;
  status: EditionStatus;
  carried_from: number | null;
  created_at: string;
  published_at: string | null;
  published_by: string | null;
  forced_reason: string | null;
  published_values: string | null;
  framework: FrameworkVersion;
  framework_reason: string | null;
  approved_on: string | null;
  signoff: Edition['signoff'];
  signoff_request: number | null;
}

const toEdition = (r: EditionRow): Edition => ({
  year: r.year,
  status: r.status,
  carriedFrom: r.carried_from,
  createdAt: r.created_at,
  publishedAt: r.published_at,
  publishedBy: r.published_by,
  forcedReason: r.forced_reason,
  framework: r.framework,
  frameworkReason: r.framework_reason,
  approvedOn: r.approved_on ?? null,
  signoff: r.signoff ?? null,
  signoffRequest: r.signoff_request ?? null,
});

/**
 * The tables an edition consists of, in an order where every row's references (section,
 * climate item) are copied before it. `ids` are the columns renamed on copy: the row's own id
 * and the ids it refers to, from the map of ids given so far.
 */
const EDITION_TABLES: { table: string; cols: string[]; id?: string; refs?: string[] }[] = [
  { table: 'report_section', cols: ['id', 'parent_id', 'position', 'kind', 'label', 'title_zh', 'title_en', 'template_key', 'updated_at'], id: 'id', refs: ['parent_id'] },
  { table: 'report_block', cols: ['id', 'section_id', 'position', 'type', 'config', 'content_zh', 'content_en', 'updated_at'], id: 'id', refs: ['section_id'] },
  { table: 'materiality_topic', cols: ['id', 'position', 'category', 'name_zh', 'name_en', 'stakeholder_score', 'business_score', 'section_id'], id: 'id', refs: ['section_id'] },
  { table: 'stakeholder', cols: ['id', 'position', 'group_zh', 'group_en', 'expectations_zh', 'expectations_en', 'channels_zh', 'channels_en'], id: 'id' },
  {
    table: 'climate_item',
    cols: ['id', 'position', 'type', 'category', 'title_zh', 'title_en', 'description_zh', 'description_en', 'impacts_zh', 'impacts_en', 'financial_effect_zh', 'financial_effect_en', 'horizons', 'likelihood', 'impact', 'responses_zh', 'responses_en'],
    id: 'id',
  },
  { table: 'climate_scenario', cols: ['id', 'position', 'risk_kind', 'pathway', 'name', 'source', 'description_zh', 'description_en', 'years'], id: 'id' },
  { table: 'scenario_row', cols: ['id', 'position', 'climate_item_id', 'description_zh', 'description_en', 'assumptions_zh', 'assumptions_en', 'ratings'], id: 'id', refs: ['climate_item_id'] },
  { table: 'governance_fact', cols: ['id', 'position', 'label_zh', 'label_en', 'value_zh', 'value_en', 'metric', 'dims'], id: 'id' },
  { table: 'qualitative_target', cols: ['code', 'position', 'category', 'title_zh', 'title_en', 'status_zh', 'status_en', 'target_year', 'section_id'], refs: ['section_id'] },
  { table: 'disclosure_item', cols: ['framework', 'item_code', 'status', 'reason_zh', 'reason_en', 'updated_at'] },
  { table: 'disclosure_section', cols: ['framework', 'item_code', 'section_id', 'position'], refs: ['section_id'] },
  { table: 'disclosure_metric', cols: ['framework', 'item_code', 'metric', 'position'] },
];

/** A rolled-forward row's id: the old id without its year suffix, then the new year ("ch-env" → "ch-env-2025"). */
export function carriedId(oldId: string, to: number, taken: (id: string) => boolean): string {
  const base = oldId.replace(/-\d{4}$/, '').slice(0, 58);
  let id = `${base}-${to}`;
  for (let n = 2; taken(id); n++) id = `${base}-${to}-${n}`.slice(0, 64);
  return id;
}

export function createEditionRepo(db: Database, audit: AuditRepo, now: () => string) {
  const q = {
    list: db.prepare(`SELECT * FROM report_edition ORDER BY year`),
    get: db.prepare(`SELECT * FROM report_edition WHERE year = @year`),
    insert: db.prepare(`INSERT INTO report_edition (year, carried_from, created_at, framework) VALUES (@year, @carried_from, @created_at, @framework)`),
    setFramework: db.prepare(`UPDATE report_edition SET framework = @framework, framework_reason = @reason WHERE year = @year`),
    setApproval: db.prepare(`UPDATE report_edition SET approved_on = @date WHERE year = @year`),
    publish: db.prepare(
      `UPDATE report_edition SET status = 'published', published_at = @at, published_by = @by, forced_reason = @reason, published_values = @values,
         signoff = @signoff, signoff_request = @signoff_request WHERE year = @year`,
    ),
    unpublish: db.prepare(`UPDATE report_edition SET status = 'draft', published_at = NULL, published_by = NULL, forced_reason = NULL, published_values = NULL,
       signoff = NULL, signoff_request = NULL WHERE year = @year`,
    ),
    publishedValues: db.prepare(`SELECT year, published_values FROM report_edition WHERE status = 'published' AND published_values IS NOT NULL ORDER BY year`),
    putExport: db.prepare(
      `INSERT INTO edition_export (year, kind, lang, sha256, bytes, created_at) VALUES (@year, @kind, @lang, @sha256, @bytes, @created_at)
       ON CONFLICT (year, kind, lang) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes, created_at = excluded.created_at`,
    ),
    getExport: db.prepare(`SELECT year, kind, lang, sha256, bytes FROM edition_export WHERE year = @year AND kind = @kind AND lang = @lang`),
    listExports: db.prepare(`SELECT year, kind, lang, sha256, length(bytes) AS size FROM edition_export WHERE year = @year ORDER BY kind, lang`),
    clearExports: db.prepare(`DELETE FROM edition_export WHERE year = @year`),
    hasContent: db.prepare(`SELECT (SELECT count(*) FROM report_section WHERE year = @year) + (SELECT count(*) FROM materiality_topic WHERE year = @year) AS n`),
    carriedCount: db.prepare(`SELECT count(*) AS n FROM report_block WHERE year = @year AND carried_from IS NOT NULL`),
    ensureYear: db.prepare(`INSERT OR IGNORE INTO reporting_year (year) VALUES (@year)`),
    carryFactor: db.prepare(
      `INSERT INTO carried_factor (metric, year, dims_key, from_year, value_updated_at) VALUES (@metric, @year, @dims_key, @from_year, @value_updated_at)
       ON CONFLICT (metric, year, dims_key) DO UPDATE SET from_year = excluded.from_year, value_updated_at = excluded.value_updated_at, confirmed_at = NULL, confirmed_by = NULL`,
    ),
    carriedFactors: db.prepare(
      `SELECT c.metric, c.year, c.dims_key, c.from_year, (c.confirmed_at IS NULL AND v.updated_at = c.value_updated_at) AS pending
       FROM carried_factor c LEFT JOIN metric_value v ON v.metric = c.metric AND v.year = c.year AND v.dims_key = c.dims_key
       WHERE c.year = @year ORDER BY c.metric, c.dims_key`,
    ),
    confirmFactor: db.prepare(`UPDATE carried_factor SET confirmed_at = @at, confirmed_by = @by WHERE metric = @metric AND year = @year AND dims_key = @dims_key AND confirmed_at IS NULL`),
  };

  const get = (year: number): Edition | undefined => {
    const r = q.get.get({ year }) as EditionRow | undefined;
    return r ? toEdition(r) : undefined;
  };

  return {
    list: (): Edition[] => (q.list.all() as EditionRow[]).map(toEdition),
    get,
    /** The edition of `year`, created (empty, draft, following `framework`) if the year has none yet. */
    ensure(year: number, framework: FrameworkVersion, carriedFrom: number | null = null): Edition {
      const found = get(year);
      if (found) return found;
      q.ensureYear.run({ year });
      q.insert.run({ year, carried_from: carriedFrom, created_at: now(), framework });
      return get(year) as Edition;
    },
    /** Records (or with null clears) the day the board approved the edition, audited. */
    setApproval(year: number, date: string | null, actor: string): void {
      const before = get(year);
      q.setApproval.run({ year, date });
      audit.append({ actor, action: 'update', entity: 'report_edition', entityKey: String(year), year, old: { approvedOn: before?.approvedOn ?? null }, new: { approvedOn: date }, context: 'approval' });
    },
    /** Sets the version an edition follows, with the reason (null: back to its year's own), audited. */
    setFramework(year: number, framework: FrameworkVersion, reason: string | null, actor: string): void {
      const before = get(year);
      q.setFramework.run({ year, framework, reason });
      audit.append({
        actor,
        action: 'update',
        entity: 'report_edition',
        entityKey: String(year),
        year,
        old: before ? { framework: before.framework, reason: before.frameworkReason } : null,
        new: { framework, reason },
        context: reason === null ? 'framework' : `framework: ${reason}`,
      });
    },
    hasContent: (year: number): boolean => (q.hasContent.get({ year }) as { n: number }).n > 0,
    carriedBlocks: (year: number): number => (q.carriedCount.get({ year }) as { n: number }).n,
    publish(year: number, by: string, reason: string | null, values: SnapshotValue[], signoff: { signoff: NonNullable<Edition['signoff']>; requestId: number | null }): void {
      const before = get(year);
      q.publish.run({ year, at: now(), by, reason, values: JSON.stringify(values), signoff: signoff.signoff, signoff_request: signoff.requestId });
      audit.append({ actor: by, action: 'update', entity: 'report_edition', entityKey: String(year), year, old: before ?? null, new: get(year) ?? null, context: reason === null ? 'publish' : `publish --force: ${reason}` });
    },
    unpublish(year: number, by: string, reason: string): void {
      const before = get(year);
      q.unpublish.run({ year });
      q.clearExports.run({ year });
      audit.append({ actor: by, action: 'update', entity: 'report_edition', entityKey: String(year), year, old: before ?? null, new: get(year) ?? null, context: `unpublish: ${reason}` });
    },
    /** What each published edition showed, to tell restatements by. */
    publishedValues(): { year: number; values: SnapshotValue[] }[] {
      return (q.publishedValues.all() as { year: number; published_values: string }[]).map((r) => ({ year: r.year, values: JSON.parse(r.published_values) as SnapshotValue[] }));
    },
    putExport(e: EditionExport): void {
      q.putExport.run({ year: e.year, kind: e.kind, lang: e.lang, sha256: e.sha256, bytes: e.bytes, created_at: now() });
    },
    getExport(year: number, kind: 'docx' | 'xlsx', lang: Lang): EditionExport | undefined {
      return q.getExport.get({ year, kind, lang }) as EditionExport | undefined;
    },
    listExports(year: number): { year: number; kind: 'docx' | 'xlsx'; lang: Lang; sha256: string; size: number }[] {
      return q.listExports.all({ year }) as { year: number; kind: 'docx' | 'xlsx'; lang: Lang; sha256: string; size: number }[];
    },

    /**
     * Copies every row of edition `from` into the (new, empty) edition `to` with new ids,
     * references renamed alike; blocks are marked carried (to review). The caller owns the
     * transaction. Returns how many rows each table received.
     */
    copyEdition(from: number, to: number, actor: string): Record<string, number> {
      const ids = new Map<string, string>();
      const counts: Record<string, number> = {};
      for (const t of EDITION_TABLES) {
        const rows = db.prepare(`SELECT ${t.cols.join(', ')} FROM ${t.table} WHERE year = @from ORDER BY rowid`).all({ from }) as Record<string, unknown>[];
        const extra = t.table === 'report_block' ? ['carried_from'] : [];
        const cols = ['year', ...t.cols, ...extra];
        const insert = db.prepare(`INSERT INTO ${t.table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`);
        const taken = t.id ? db.prepare(`SELECT 1 FROM ${t.table} WHERE ${t.id} = @id`) : null;
        // Sections refer to their parent: copy parents first (rows come out in insertion order,
        // which for a tree built top-down is parents first; sort to be sure).
        const ordered = t.table === 'report_section' ? sortParentsFirst(rows) : rows;
        for (const r of ordered) {
          const row: Record<string, unknown> = { ...r, year: to };
          if (t.id && taken) {
            const old = String(r[t.id]);
            const id = carriedId(old, to, (c) => taken.get({ id: c }) !== undefined || [...ids.values()].includes(c));
            ids.set(`${t.table}:${old}`, id);
            row[t.id] = id;
          }
          for (const ref of t.refs ?? []) {
            if (r[ref] === null || r[ref] === undefined) continue;
            const target = ref === 'climate_item_id' ? 'climate_item' : 'report_section';
            row[ref] = ids.get(`${target}:${String(r[ref])}`) ?? null;
          }
          if (t.table === 'report_block') row['carried_from'] = from;
          insert.run(row);
        }
        counts[t.table] = ordered.length;
      }
      audit.append({ actor, action: 'insert', entity: 'report_edition', entityKey: String(to), year: to, old: null, new: { carriedFrom: from, counts }, context: `roll-forward from ${from}` });
      return counts;
    },

    carryFactor(c: { metric: string; year: number; dimsKey: string; fromYear: number; valueUpdatedAt: string }): void {
      q.carryFactor.run({ metric: c.metric, year: c.year, dims_key: c.dimsKey, from_year: c.fromYear, value_updated_at: c.valueUpdatedAt });
    },
    carriedFactors(year: number): CarriedFactor[] {
      return (q.carriedFactors.all({ year }) as { metric: string; year: number; dims_key: string; from_year: number; pending: number | null }[]).map((r) => ({
        metric: r.metric,
        year: r.year,
        dimsKey: r.dims_key,
        fromYear: r.from_year,
        pending: r.pending === 1,
      }));
    },
    confirmFactor(metric: string, year: number, dimsKey: string, actor: string): boolean {
      const changed = q.confirmFactor.run({ metric, year, dims_key: dimsKey, at: now(), by: actor }).changes > 0;
      if (changed) audit.append({ actor, action: 'update', entity: 'carried_factor', entityKey: `${metric}|${year}|${dimsKey}`, metric, year, old: { pending: true }, new: { pending: false }, context: 'confirm' });
      return changed;
    },
  };
}
export type EditionRepo = ReturnType<typeof createEditionRepo>;

function sortParentsFirst(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const placed = new Set<string>();
  let rest = rows;
  while (rest.length) {
    const next = rest.filter((r) => r['parent_id'] === null || placed.has(String(r['parent_id'])));
    if (!next.length) throw new Error('the outline has a section whose parent is missing');
    for (const r of next) placed.add(String(r['id']));
    out.push(...next);
    rest = rest.filter((r) => !next.includes(r));
  }
  return out;
}

const cache = new WeakMap<Database, EditionRepo>();
export function editionRepo(ws: { db: Database; audit: AuditRepo }, now: () => string = () => new Date().toISOString()): EditionRepo {
  let r = cache.get(ws.db);
  if (!r) cache.set(ws.db, (r = createEditionRepo(ws.db, ws.audit, now)));
  return r;
}
