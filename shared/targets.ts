// Target progress against a baseline, on a linear path from baseline year to target year:
//   target value = baseline × (1 − t/100) for reduction_pct, t itself for absolute and share_pct;
//   change % = (current − baseline) ÷ baseline × 100;
//   progress % = (current − baseline) ÷ (target value − baseline) × 100;
//   status: achieved when progress ≥ 100, on_track when progress ≥ the elapsed share
//   (year − baseline year) ÷ (target year − baseline year) × 100, off_track otherwise,
//   no_data when the baseline or the current value is missing (or target = baseline).
// Definitions (issue 11): a report year at or before the baseline year gives not_started (the
// period has not begun, whatever the data say); on_track compares progress with the elapsed
// share at the one decimal the report displays (so 39.96% shown as 40.0% is on track
// against 40.0% elapsed, and 39.94% shown as 39.9% is not).
import type { Target } from './domain.js';

export type TargetStatus = 'achieved' | 'on_track' | 'off_track' | 'no_data' | 'not_started';

/** The precision progress and elapsed shares are displayed at, and compared at. */
export const PROGRESS_DECIMALS = 1;
const atDisplayed = (x: number): number => Math.round(x * 10 ** PROGRESS_DECIMALS) / 10 ** PROGRESS_DECIMALS;

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
  /**
   * For share_pct targets: how much of the target share is reached (current ÷ target × 100),
   * defined even without a baseline value. The sample's data-centre target (100% renewable by
   * 2030) has no 2023 value at all, so progress and status stay null / no_data as the formula
   * of the issue says (an input is missing); this shows 87.1 of 100 on the targets screen.
   */
  attainmentPct: number | null;
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
  // Compared with a tolerance: a value exactly on the linear path (or exactly at the target)
  // must not fall short by a floating-point rounding error (100 − 4.8 is 95.19999…).
  const EPS = 1e-9;
  const status: TargetStatus =
    year <= target.baselineYear
      ? 'not_started'
      : progressPct === null
        ? 'no_data'
        : progressPct >= 100 - EPS
          ? 'achieved'
          : atDisplayed(progressPct) >= atDisplayed(elapsedPct)
            ? 'on_track'
            : 'off_track';
  const attainmentPct = target.type === 'share_pct' && current !== null && target.targetValue !== 0 ? (current / target.targetValue) * 100 : null;
  return { target, year, baseline, current, targetValue, changePct, progressPct, elapsedPct, attainmentPct, status };
}
