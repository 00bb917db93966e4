// Typed numbers in the narrative against the data: what the user reads in the finding.
import { describe, expect, it } from 'vitest';
import type { MetricDef } from '../../shared/catalogue.js';
import { checkNarrativeNumbers } from '../../shared/checks/narrative.js';
import type { NarrativeRun } from '../../shared/checks/types.js';
import { dimsKey } from '../../shared/dimensions.js';
import { parseInline } from '../../shared/report/markup.js';

const metric = (code: string, unit: string, decimals = 0): MetricDef => ({ code, nameZh: code, nameEn: code, unit, kind: 'entered', aggregation: unit === '%' ? 'none' : 'sum', area: 'x', owner: 'x', dimensions: [], hkex: [], sasb: [], partd: [], decimals });
const metrics = [metric('suppliers.integrity_pledge', 'count'), metric('suppliers.assessed', 'count'), metric('energy.renewable_share_dc', '%', 1)];
const data: Record<string, number> = {
  'suppliers.integrity_pledge||2023': 4928,
  'suppliers.integrity_pledge||2024': 6028,
  'suppliers.assessed||2024': 274,
  'energy.renewable_share_dc||2024': 87.09369712351945,
};
const valueOf = (code: string, dims: Record<string, string>, year: number) => data[`${code}|${dimsKey(dims)}|${year}`] ?? null;
const run = (markup: string, lang: 'zh-Hant' | 'en' = 'en'): NarrativeRun => ({ sectionId: 'supply-chain', sectionTitle: 'Supply chain', blockId: 'b', lang, run: parseInline(markup) });
const check = (...runs: NarrativeRun[]) => checkNarrativeNumbers({ year: 2024, metrics, narrative: runs, valueOf });

describe('checkNarrativeNumbers', () => {
  it('flags the reference report’s +22.0% against the computed +22.3%, naming both and the counts', () => {
    const f = check(run('{{kpi:suppliers.integrity_pledge}} suppliers had signed, +22.0% on the {{kpi:suppliers.integrity_pledge@previous}} of 2023.'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', rule: 'consistency.narrative_change', metric: 'suppliers.integrity_pledge', year: 2024 });
    expect(f[0]?.message).toContain('+22.0%');
    expect(f[0]?.message).toContain('+22.3%');
    expect(f[0]?.message).toContain('6,028 against 4,928');
  });

  it('reads the direction from Chinese wording without a sign', () => {
    const f = check(run('累計與{{kpi:suppliers.integrity_pledge}}家供應商簽署承諾書,較2023年上漲22.0%。', 'zh-Hant'));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('(zh-Hant)');
    const down = check(run('簽署數量{{kpi:suppliers.integrity_pledge}}家,較2023年下降22.3%。', 'zh-Hant'));
    expect(down[0]?.message).toContain('−22.3%');
  });

  it('accepts a figure that matches at the precision it was typed in', () => {
    expect(check(run('{{kpi:suppliers.integrity_pledge}} signatories, up 22.3% on 2023.'))).toEqual([]);
    expect(check(run('{{kpi:suppliers.integrity_pledge}} signatories, up 22% on 2023.'))).toEqual([]);
  });

  it('uses an explicit metricLink even when the paragraph names other metrics', () => {
    const f = check(run('We assessed {{kpi:suppliers.assessed}} suppliers; pledges grew {{link:suppliers.integrity_pledge|+21.0%}}.'));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('+21.0%');
  });

  it('does not guess when a paragraph names several metrics and nothing links the figure', () => {
    expect(check(run('{{kpi:suppliers.assessed}} assessed and {{kpi:suppliers.integrity_pledge}} pledges, +5.0% overall.'))).toEqual([]);
  });

  it('does not read a target level in the sentence as the year\'s figure', () => {
    expect(check(run('目標是到2030年自建數據中心100%使用可再生能源；2024年可再生能源比例為{{kpi:energy.renewable_share_dc}}。', 'zh-Hant'))).toEqual([]);
    expect(check(run('We aim for 100% renewable power by 2030; in 2024 the share was {{kpi:energy.renewable_share_dc}}.'))).toEqual([]);
    expect(check(run('The share reached {{kpi:energy.renewable_share_dc}}, 100% by 2030 being the goal.'))).toEqual([]);
    expect(check(run('The data centres are to run on 100% renewable energy by 2030; the share was {{kpi:energy.renewable_share_dc}} in 2024.'))).toEqual([]);
    // The same paragraph still checks a figure it states for the year.
    const f = check(run('目標是到2030年100%使用可再生能源。2024年的比例為{{kpi:energy.renewable_share_dc}}，即85.0%。', 'zh-Hant'));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('85.0%');
  });

  it('compares a plain percentage next to a % metric with its value', () => {
    expect(check(run('Green power was {{kpi:energy.renewable_share_dc}} of use, i.e. 87.1% of it.'))).toEqual([]);
    const f = check(run('Green power was {{kpi:energy.renewable_share_dc}} of use, i.e. 85.0% of it.'));
    expect(f[0]).toMatchObject({ rule: 'consistency.narrative_number', severity: 'error' });
    expect(f[0]?.message).toContain('87.1%');
  });

  it('warns when a change cannot be verified for lack of the prior year', () => {
    const f = check(run('{{kpi:suppliers.assessed}} suppliers assessed, +10.0% on 2023.'));
    expect(f[0]).toMatchObject({ severity: 'warning', rule: 'consistency.narrative_unverifiable' });
  });
});
