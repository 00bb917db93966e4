import type { Database } from 'better-sqlite3';
import type { Target, TargetType } from '../../shared/domain.js';
import type { AuditRepo } from './audit-repo.js';

interface TargetRow {
  code: string;
  metric: string;
  baseline_year: number;
  target_year: number;
  type: TargetType;
  target_value: number;
  title_zh: string;
  title_en: string;
}

const toTarget = (r: TargetRow): Target => ({
  code: r.code,
  metric: r.metric,
  baselineYear: r.baseline_year,
  targetYear: r.target_year,
  type: r.type,
  targetValue: r.target_value,
  titleZh: r.title_zh,
  titleEn: r.title_en,
});

export function sameTarget(a: Target, b: Target): boolean {
  return (
    a.metric === b.metric &&
    a.baselineYear === b.baselineYear &&
    a.targetYear === b.targetYear &&
    a.type === b.type &&
    a.targetValue === b.targetValue &&
    a.titleZh === b.titleZh &&
    a.titleEn === b.titleEn
  );
}

export function createTargetsRepo(db: Database, audit: AuditRepo) {
  const list = db.prepare(`SELECT * FROM target ORDER BY code`);
  const one = db.prepare(`SELECT * FROM target WHERE code = @code`);
  const remove = db.prepare(`DELETE FROM target WHERE code = @code`);
  const put = db.prepare(
    `INSERT INTO target (code, metric, baseline_year, target_year, type, target_value, title_zh, title_en)
     VALUES (@code, @metric, @baseline_year, @target_year, @type, @target_value, @title_zh, @title_en)
     ON CONFLICT (code) DO UPDATE SET metric = excluded.metric, baseline_year = excluded.baseline_year,
       target_year = excluded.target_year, type = excluded.type, target_value = excluded.target_value,
       title_zh = excluded.title_zh, title_en = excluded.title_en`,
  );
  const get = (code: string): Target | undefined => {
    const r = one.get({ code }) as TargetRow | undefined;
    return r ? toTarget(r) : undefined;
  };
  return {
    list(): Target[] {
      return (list.all() as TargetRow[]).map(toTarget);
    },
    get,
    /** Removes a target (audited); false when there is none with that code. */
    delete(code: string, actor: string): boolean {
      const before = get(code);
      if (!before) return false;
      remove.run({ code });
      audit.append({ actor, action: 'delete', entity: 'target', entityKey: code, metric: before.metric, old: before, new: null });
      return true;
    },
    put(t: Target, actor: string, context?: string): 'inserted' | 'updated' | 'unchanged' {
      const before = get(t.code);
      if (before && sameTarget(before, t)) return 'unchanged';
      put.run({
        code: t.code,
        metric: t.metric,
        baseline_year: t.baselineYear,
        target_year: t.targetYear,
        type: t.type,
        target_value: t.targetValue,
        title_zh: t.titleZh,
        title_en: t.titleEn,
      });
      audit.append({ actor, action: before ? 'update' : 'insert', entity: 'target', entityKey: t.code, metric: t.metric, old: before ?? null, new: t, context: context ?? null });
      return before ? 'updated' : 'inserted';
    },
  };
}
export type TargetsRepo = ReturnType<typeof createTargetsRepo>;
