// A finding's jump: to the section whose text it is about, to its metric's cell (with the
// breakdown it names), or for an HKEX KPI without data to a metric that would disclose it.
import { describe, expect, it } from 'vitest';
import { findingTarget } from '../../shared/checks/jump.js';
import { finding } from '../../shared/checks/finding.js';

const metrics = [
  { code: 'ghg.scope1', hkex: ['A1.2'] },
  { code: 'energy.electricity', hkex: ['A2.1'] },
  { code: 'energy.total', hkex: ['A2.1'] },
];

describe('findingTarget', () => {
  it('sends a narrative finding to its section', () => {
    const f = finding('error', 'consistency.narrative_change', 'ghg.scope1', 2024, { code: 'check.narrative_change', params: { section: 'Climate', lang: 'en', typed: '+1%', label: 'ghg.scope1', year: 2024, data: '+2%', cur: '2', prev: '1' } }, { sectionId: 'sec-7' });
    expect(findingTarget(f, metrics)).toEqual({ year: 2024, screen: 'outline', sectionId: 'sec-7' });
  });

  it('sends a metric finding to its cell, with the breakdown it names', () => {
    const f = finding('warning', 'consistency.site_sum', 'energy.electricity', 2024, { code: 'check.site_sum', params: { metric: 'energy.electricity', dims: 'site=DC1', sites: ['DC1'], sum: 1, total: 2, year: 2024 } });
    expect(findingTarget(f, metrics)).toEqual({ year: 2024, screen: 'data', metric: 'energy.electricity', dims: 'site=DC1' });
  });

  it('sends an HKEX KPI without data to the metric check names, else to one mapped to the KPI', () => {
    const named = finding('error', 'completeness.hkex_kpi', 'A2.1', 2024, { code: 'check.hkex_kpi', params: { item: 'A2.1', titleEn: 'Energy', titleZh: '能源', year: 2024, sections: [], candidates: ['energy.total'] } });
    expect(findingTarget(named, metrics)).toEqual({ year: 2024, screen: 'data', metric: 'energy.total', dims: '' });
    const unnamed = finding('error', 'completeness.hkex_kpi', 'A1.2', 2024, { code: 'check.hkex_kpi', params: { item: 'A1.2', titleEn: 'GHG', titleZh: '溫室氣體', year: 2024, sections: [], candidates: [] } });
    expect(findingTarget(unnamed, metrics)).toEqual({ year: 2024, screen: 'data', metric: 'ghg.scope1', dims: '' });
    const nowhere = finding('error', 'completeness.hkex_kpi', 'B9.9', 2024, { code: 'check.hkex_kpi', params: { item: 'B9.9', titleEn: 'x', titleZh: 'x', year: 2024, sections: [], candidates: [] } });
    expect(findingTarget(nowhere, metrics)).toBeNull();
  });
});
