// The target definitions decided in issue 11: not_started at or before the baseline year, and
// on-track judged at the one decimal the report displays.
import { describe, expect, it } from 'vitest';
import type { Target } from '../../shared/domain.js';
import { computeTargetProgress } from '../../shared/targets.js';

// absolute target from 100 (2020) to 0 (2030): progress % = 100 − current; elapsed 10% a year
const target: Target = { code: 'T', metric: 'waste.hazardous', baselineYear: 2020, targetYear: 2030, type: 'absolute', targetValue: 0, titleZh: '', titleEn: '' };

describe('target status definitions', () => {
  it('a report year at or before the baseline year is not_started, whatever the data', () => {
    expect(computeTargetProgress(target, 2020, 100, 50).status).toBe('not_started');
    expect(computeTargetProgress(target, 2019, 100, 100).status).toBe('not_started');
    expect(computeTargetProgress(target, 2020, null, null).status).toBe('not_started');
    expect(computeTargetProgress(target, 2021, 100, 50).status).toBe('on_track');
  });

  it('on track compares progress with the elapsed share at the one decimal displayed', () => {
    // 2024: elapsed 40.0%. Progress 39.96% is displayed 40.0%: on track.
    expect(computeTargetProgress(target, 2024, 100, 60.04).status).toBe('on_track');
    // Progress 39.94% is displayed 39.9%: off track.
    expect(computeTargetProgress(target, 2024, 100, 60.06).status).toBe('off_track');
    // A third of the period (elapsed 33.33…% shown as 33.3%): progress 33.3% is on track.
    const third: Target = { ...target, targetYear: 2023 };
    expect(computeTargetProgress(third, 2021, 100, 66.7).status).toBe('on_track');
    expect(computeTargetProgress(third, 2021, 100, 66.8).status).toBe('off_track');
  });
});
