// Target progress against a baseline, on a linear path from baseline year to target year.
import type { Target } from './domain.js';

export type TargetStatus = 'achieved' | 'on_track' | 'off_track' | 'no_data';

export interface TargetProgress {
  target: Target;
  year: number;
  baseline: number | null;
  current: number | null;
  /** The value to reach: for reduction_pct, baseline × (1 − t/100). */
  targetValue: number | null;
  changePct: number | null;
  progressPct: number | null;
  /** Share of the period elapsed in `year`: what on-track progress must at least be. */
  elapsedPct: number;
  status: TargetStatus;
}

export function computeTargetProgress(target: Target, year: number, baseline: number | null, current: number | null): TargetProgress {
  const elapsedPct = ((year - target.baselineYear) / (target.targetYear - target.baselineYear)) * 100;
  const targetValue =
    target.type === 'reduction_pct' ? (baseline === null ? null : baseline * (1 - target.targetValue / 100)) : target.targetValue;
  const changePct = baseline !== null && current !== null && baseline !== 0 ? ((current - baseline) / baseline) * 100 : null;
  let progressPct: number | null = null;
  if (baseline !== null && current !== null && targetValue !== null && targetValue !== baseline) {
    progressPct = ((current - baseline) / (targetValue - baseline)) * 100;
  }
  const status: TargetStatus =
    progressPct === null ? 'no_data' : progressPct >= 100 ? 'achieved' : progressPct >= elapsedPct ? 'on_track' : 'off_track';
  return { target, year, baseline, current, targetValue, changePct, progressPct, elapsedPct, status };
}
