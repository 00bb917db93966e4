// The disclosure map: one row per framework item, its sections and metrics in order.
import type { Database } from 'better-sqlite3';
import type { DisclosureEntry, Framework } from '../../shared/report/disclosure.js';
import type { AuditRepo } from './audit-repo.js';
import { yearBound } from './year-bound.js';

interface ItemRow {
  framework: Framework;
  item_code: string;
  status: 'disclosed' | 'not_applicable';
  reason_zh: string;
  reason_en: string;
}

/** The disclosure map of one year's edition. */
export function createReportDisclosureRepo(db: Database, audit: AuditRepo, now: () => string, year: number) {
  const prepare = yearBound(db, year);
  const q = {
    items: prepare(`SELECT * FROM disclosure_item WHERE year = @year ORDER BY framework, item_code`),
    item: prepare(`SELECT * FROM disclosure_item WHERE year = @year AND framework = @framework AND item_code = @item_code`),
    sections: prepare(`SELECT framework, item_code, section_id FROM disclosure_section WHERE year = @year ORDER BY framework, item_code, position`),
    metrics: prepare(`SELECT framework, item_code, metric FROM disclosure_metric WHERE year = @year ORDER BY framework, item_code, position`),
    sectionsOf: prepare(`SELECT section_id FROM disclosure_section WHERE year = @year AND framework = @framework AND item_code = @item_code ORDER BY position`),
    metricsOf: prepare(`SELECT metric FROM disclosure_metric WHERE year = @year AND framework = @framework AND item_code = @item_code ORDER BY position`),
    upsert: prepare(
      `INSERT INTO disclosure_item (year, framework, item_code, status, reason_zh, reason_en, updated_at)
       VALUES (@year, @framework, @item_code, @status, @reason_zh, @reason_en, @updated_at)
       ON CONFLICT (year, framework, item_code) DO UPDATE SET status = excluded.status, reason_zh = excluded.reason_zh,
         reason_en = excluded.reason_en, updated_at = excluded.updated_at`,
    ),
    clearSections: prepare(`DELETE FROM disclosure_section WHERE year = @year AND framework = @framework AND item_code = @item_code`),
    clearMetrics: prepare(`DELETE FROM disclosure_metric WHERE year = @year AND framework = @framework AND item_code = @item_code`),
    addSection: prepare(`INSERT INTO disclosure_section (year, framework, item_code, section_id, position) VALUES (@year, @framework, @item_code, @section_id, @position)`),
    addMetric: prepare(`INSERT INTO disclosure_metric (year, framework, item_code, metric, position) VALUES (@year, @framework, @item_code, @metric, @position)`),
    remove: prepare(`DELETE FROM disclosure_item WHERE year = @year AND framework = @framework AND item_code = @item_code`),
  };

  const get = (framework: Framework, itemCode: string): DisclosureEntry | undefined => {
    const key = { framework, item_code: itemCode };
    const r = q.item.get(key) as ItemRow | undefined;
    if (!r) return undefined;
    return {
      framework,
      itemCode,
      status: r.status,
      sections: (q.sectionsOf.all(key) as { section_id: string }[]).map((s) => s.section_id),
      metrics: (q.metricsOf.all(key) as { metric: string }[]).map((m) => m.metric),
      reasonZh: r.reason_zh,
      reasonEn: r.reason_en,
    };
  };

  return {
    list(): DisclosureEntry[] {
      const sections = q.sections.all() as { framework: string; item_code: string; section_id: string }[];
      const metrics = q.metrics.all() as { framework: string; item_code: string; metric: string }[];
      return (q.items.all() as ItemRow[]).map((r) => ({
        framework: r.framework,
        itemCode: r.item_code,
        status: r.status,
        sections: sections.filter((s) => s.framework === r.framework && s.item_code === r.item_code).map((s) => s.section_id),
        metrics: metrics.filter((m) => m.framework === r.framework && m.item_code === r.item_code).map((m) => m.metric),
        reasonZh: r.reason_zh,
        reasonEn: r.reason_en,
      }));
    },
    get,
    put(e: DisclosureEntry, actor: string): void {
      const before = get(e.framework, e.itemCode);
      const key = { framework: e.framework, item_code: e.itemCode };
      q.upsert.run({ ...key, status: e.status, reason_zh: e.reasonZh, reason_en: e.reasonEn, updated_at: now() });
      q.clearSections.run(key);
      q.clearMetrics.run(key);
      e.sections.forEach((section_id, position) => q.addSection.run({ ...key, section_id, position }));
      e.metrics.forEach((metric, position) => q.addMetric.run({ ...key, metric, position }));
      audit.append({ actor, action: before ? 'update' : 'insert', entity: 'disclosure', entityKey: `${e.framework}:${e.itemCode}`, old: before ?? null, new: e });
    },
    remove(framework: Framework, itemCode: string, actor: string): boolean {
      const before = get(framework, itemCode);
      if (!before) return false;
      q.remove.run({ framework, item_code: itemCode });
      audit.append({ actor, action: 'delete', entity: 'disclosure', entityKey: `${framework}:${itemCode}`, old: before, new: null });
      return true;
    },
  };
}
export type ReportDisclosureRepo = ReturnType<typeof createReportDisclosureRepo>;
