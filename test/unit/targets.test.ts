// Target progress as the issue defines it, on hand-computed examples.
import { describe, expect, it } from 'vitest';
import type { Target } from '../../shared/domain.js';
import { computeTargetProgress } from '../../shared/targets.js';

const target = (over: Partial<Target> = {}): Target => ({
  code: 'T',
  metric: 'office.electricity_intensity',
  baselineYear: 2023,
  targetYear: 2028,
  type: 'reduction_pct',
  targetValue: 8,
  titleZh: '',
  titleEn: '',
  ...over,
});

describe('computeTargetProgress', () => {
  it('reduction_pct: target = baseline × (1 − t/100), change and progress against the baseline', () => {
    const p = computeTargetProgress(target(), 2024, 100, 96);
    expect(p.targetValue).toBeCloseTo(92, 12);
    expect(p.changePct).toBeCloseTo(-4, 12);
    expect(p.progressPct).toBeCloseTo(50, 12); // (96 − 100) ÷ (92 − 100)
    expect(p.elapsedPct).toBeCloseTo(20, 12); // (2024 − 2023) ÷ (2028 − 2023)
    expect(p.status).toBe('on_track');
  });

  it('reproduces the sample office electricity target: −14.6% against 2023 is 182.5% of an −8% target, achieved', () => {
    const baseline = 26483615 / 331260;
    const current = 24523827 / 359188;
    const p = computeTargetProgress(target(), 2024, baseline, current);
    expect(p.targetValue).toBeCloseTo(73.5523, 4);
    expect(Number(p.changePct?.toFixed(1))).toBe(-14.6);
    expect(Number(p.progressPct?.toFixed(1))).toBe(182.5);
    expect(p.status).toBe('achieved');
  });

  it('is off track when progress is below the elapsed share of the period', () => {
    const p = computeTargetProgress(target(), 2026, 100, 98); // 25% progress, 60% elapsed
    expect(p.progressPct).toBeCloseTo(25, 12);
    expect(p.elapsedPct).toBeCloseTo(60, 12);
    expect(p.status).toBe('off_track');
  });

  it('is on track exactly on the linear path and achieved at exactly 100%', () => {
    expect(computeTargetProgress(target(), 2026, 100, 100 - 8 * 0.6).status).toBe('on_track');
    expect(computeTargetProgress(target(), 2025, 100, 92).status).toBe('achieved');
  });

  it('going the wrong way gives negative progress: off track', () => {
    const p = computeTargetProgress(target(), 2024, 100, 105);
    expect(p.progressPct).toBeCloseTo(-62.5, 12);
    expect(p.status).toBe('off_track');
  });

  it('absolute: the target value is t itself, increases work too', () => {
    const p = computeTargetProgress(target({ type: 'absolute', targetValue: 8000, metric: 'suppliers.integrity_pledge' }), 2024, 4928, 6028);
    expect(p.targetValue).toBe(8000);
    expect(p.progressPct).toBeCloseTo(((6028 - 4928) / (8000 - 4928)) * 100, 12);
    expect(p.changePct).toBeCloseTo(22.321428571, 6);
    expect(p.status).toBe('on_track');
  });

  it('share_pct with a baseline measures progress from it; attainment is current ÷ target', () => {
    const p = computeTargetProgress(target({ type: 'share_pct', targetValue: 100, targetYear: 2030 }), 2024, 60, 87.1);
    expect(p.targetValue).toBe(100);
    expect(p.progressPct).toBeCloseTo(((87.1 - 60) / 40) * 100, 12);
    expect(p.attainmentPct).toBeCloseTo(87.1, 12);
    expect(p.status).toBe('on_track');
  });

  it('share_pct without a baseline value (the sample data-centre target): no_data, attainment still shown', () => {
    const p = computeTargetProgress(target({ type: 'share_pct', targetValue: 100, targetYear: 2030 }), 2024, null, 87.09369712351945);
    expect(p.progressPct).toBeNull();
    expect(p.changePct).toBeNull();
    expect(p.status).toBe('no_data');
    expect(Number(p.attainmentPct?.toFixed(1))).toBe(87.1);
  });

  it('no_data when the current value is missing, or the target equals the baseline', () => {
    expect(computeTargetProgress(target(), 2024, 100, null).status).toBe('no_data');
    expect(computeTargetProgress(target({ type: 'absolute', targetValue: 100 }), 2024, 100, 90).status).toBe('no_data');
    expect(computeTargetProgress(target({ type: 'reduction_pct', targetValue: 0 }), 2024, 100, 90).status).toBe('no_data');
  });

  it('a zero baseline has no change % but can still have progress towards an absolute target', () => {
    const p = computeTargetProgress(target({ type: 'absolute', targetValue: 10 }), 2024, 0, 5);
    expect(p.changePct).toBeNull();
    expect(p.progressPct).toBeCloseTo(50, 12);
  });
});
