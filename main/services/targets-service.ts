// Progress of every target in a given year, from the same computed KPIs the report shows.
import { isTotal } from '../../shared/dimensions.js';
import type { YearResult } from '../../shared/engine/compute.js';
import { computeTargetProgress, type TargetProgress } from '../../shared/targets.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { computeWorkspaceYear } from './kpi-service.js';

function totalOf(result: YearResult, code: string): number | null {
  return result.values.find((v) => v.code === code && isTotal(v.dims))?.value ?? null;
}

export function listTargetProgress(ws: Workspace, year: number): TargetProgress[] {
  const cache = new Map<number, YearResult>();
  const yearResult = (y: number): YearResult => {
    let r = cache.get(y);
    if (!r) cache.set(y, (r = computeWorkspaceYear(ws, y)));
    return r;
  };
  return ws.targets.list().map((t) =>
    computeTargetProgress(t, year, totalOf(yearResult(t.baselineYear), t.metric), totalOf(yearResult(year), t.metric)),
  );
}

/** The documented `targets --json` row. */
export function toTargetJson(p: TargetProgress) {
  return {
    code: p.target.code,
    metric: p.target.metric,
    type: p.target.type,
    title_zh: p.target.titleZh,
    title_en: p.target.titleEn,
    year: p.year,
    baseline_year: p.target.baselineYear,
    target_year: p.target.targetYear,
    baseline: p.baseline,
    current: p.current,
    target_input: p.target.targetValue,
    target_value: p.targetValue,
    change_pct: p.changePct,
    progress_pct: p.progressPct,
    elapsed_pct: p.elapsedPct,
    attainment_pct: p.attainmentPct,
    status: p.status,
    kind: 'quantitative' as const,
  };
}

/**
 * Qualitative targets in the same row shape, so consumers of the documented fields keep
 * working: type "qualitative", numbers null, status "qualitative", and the status text.
 */
export function listQualitativeTargetJson(ws: Workspace, year: number) {
  return reportRepos(ws, year).qualitativeTargets.list().map((q) => ({
    code: q.code,
    metric: null,
    type: 'qualitative' as const,
    title_zh: q.titleZh,
    title_en: q.titleEn,
    year,
    baseline_year: null,
    target_year: q.targetYear,
    baseline: null,
    current: null,
    target_input: null,
    target_value: null,
    change_pct: null,
    progress_pct: null,
    elapsed_pct: null,
    attainment_pct: null,
    status: 'qualitative' as const,
    kind: 'qualitative' as const,
    category: q.category,
    status_text_zh: q.statusZh,
    status_text_en: q.statusEn,
  }));
}
