// Checks of a rolled-forward edition: last year's year named as if current, a number typed
// beside a live reference to the same metric, carried blocks and factors still to review.
import { describe, expect, it } from 'vitest';
import { checkCarriedBlocks, checkCarriedFactors, checkStaleYear, checkStaticNumbers } from '../../shared/checks/editions.js';
import type { NarrativeRun } from '../../shared/checks/types.js';
import { dimsKey } from '../../shared/dimensions.js';
import { parseInline } from '../../shared/report/markup.js';

const data: Record<string, number> = {
  'suppliers.integrity_pledge||2024': 6028,
  'suppliers.integrity_pledge||2025': 6410,
  'energy.electricity||2024': 509733.53,
};
const valueOf = (code: string, dims: Record<string, string>, year: number) => data[`${code}|${dimsKey(dims)}|${year}`] ?? null;
const run = (markup: string, lang: 'zh-Hant' | 'en' = 'en'): NarrativeRun => ({ sectionId: 's', sectionTitle: 'Supply chain', blockId: 'b1', lang, run: parseInline(markup) });
const edition = { carriedFrom: 2024, carriedBlocks: [], carriedFactors: [] };

describe('narrative.stale_year', () => {
  it('flags the previous year named as the period, in both languages', () => {
    const f = checkStaleYear({ year: 2025, edition, narrative: [run('Period: 1 January to 31 December 2024.'), run('時間範圍:涵蓋2024年1月1日至12月31日。', 'zh-Hant')] });
    expect(f.map((x) => [x.rule, x.severity, x.year])).toEqual([
      ['narrative.stale_year', 'warning', 2025],
      ['narrative.stale_year', 'warning', 2025],
    ]);
    expect(f[0]?.message).toContain('names 2024 as if it were the report year');
    expect(f[1]?.message).toContain('(zh-Hant)');
  });

  it('leaves comparisons, paragraphs naming the report year, and editions written fresh alone', () => {
    expect(checkStaleYear({ year: 2025, edition, narrative: [run('Up 6% compared with 2024.'), run('較2024年上升。', 'zh-Hant'), run('In 2025 we did more than in 2024.')] })).toEqual([]);
    expect(checkStaleYear({ year: 2025, edition: { ...edition, carriedFrom: null }, narrative: [run('Period: 2024.')] })).toEqual([]);
  });
});

describe('narrative.static_number', () => {
  it('flags last year’s figure typed beside a live reference to the same metric', () => {
    const f = checkStaticNumbers({ year: 2025, valueOf, narrative: [run('{{kpi:suppliers.integrity_pledge}} suppliers have signed, against 6,028 a year ago.')] });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'narrative.static_number', severity: 'warning', metric: 'suppliers.integrity_pledge' });
    expect(f[0]?.message).toContain('types 6,028, the 2024 value of suppliers.integrity_pledge');
  });

  it('reads a metricLink as the live reference and compares at the precision typed', () => {
    const f = checkStaticNumbers({ year: 2025, valueOf, narrative: [run('We bought {{link:energy.electricity|509,733.53 MWh}} of power.')] });
    expect(f.map((x) => x.metric)).toEqual(['energy.electricity']);
  });

  it('ignores years, small counts, other numbers and paragraphs without a live reference', () => {
    expect(checkStaticNumbers({ year: 2025, valueOf, narrative: [run('In 2025, {{kpi:suppliers.integrity_pledge}} suppliers in 3 regions; 7,000 planned.')] })).toEqual([]);
    expect(checkStaticNumbers({ year: 2025, valueOf, narrative: [run('6,410 suppliers have signed.')] })).toEqual([]);
  });
});

describe('carried blocks and factors', () => {
  it('lists each block and factor still to review', () => {
    const e = { carriedFrom: 2024, carriedBlocks: [{ blockId: 'b1-2025', sectionTitle: 'About', fromYear: 2024 }], carriedFactors: [{ metric: 'factor.grid_location', dimsKey: '', fromYear: 2024 }] };
    expect(checkCarriedBlocks({ year: 2025, edition: e })).toMatchObject([{ rule: 'narrative.carried', severity: 'warning' }]);
    expect(checkCarriedFactors({ year: 2025, edition: e })).toMatchObject([{ rule: 'factor.carried', metric: 'factor.grid_location', severity: 'warning' }]);
    expect(checkCarriedFactors({ year: 2025, edition: e })[0]?.message).toContain('carried forward from 2024');
  });
});
