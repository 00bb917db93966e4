// Completeness by basis: what the checks panel shows a LargeCap, Main Board or GEM issuer for
// 2025 and 2026, grouped by Part, in both languages; and how the disclosure map and the data
// decide whether an item is disclosed, explained or missing.
import { describe, expect, it } from 'vitest';
import { loadCodeRules } from '../../main/catalogue/load-code-rules.js';
import type { MetricDef } from '../../shared/catalogue.js';
import { checkCompletenessByBasis, groupFindingsByPart } from '../../shared/checks/completeness-basis.js';
import { disclosureStates, type DisclosureState } from '../../shared/checks/disclosure-state.js';
import type { Lang } from '../../shared/domain.js';
import { basisTable, type IssuerCategory } from '../../shared/framework/basis.js';
import type { DisclosureEntry } from '../../shared/report/disclosure.js';

const { items, rules } = loadCodeRules();

/** Every item disclosed except those given. */
function stateWith(overrides: Record<string, DisclosureState>): Map<string, DisclosureState> {
  return new Map(items.map((i) => [i.code, overrides[i.code] ?? 'disclosed']));
}

function check(category: IssuerCategory, year: number, overrides: Record<string, DisclosureState>, lang: Lang = 'en') {
  const rows = basisTable(items, { category, fiscalYear: year, framework: 'code' }, rules);
  return checkCompletenessByBasis({ year, lang, rows, items, state: stateWith(overrides), reliefs: rules.bases.reliefs });
}

describe('completeness by basis', () => {
  it('raises nothing when every item is disclosed', () => {
    expect(check('largecap', 2026, {})).toEqual([]);
  });

  it('errs on a mandatory item not disclosed, even when it is explained', () => {
    const [missing] = check('main_board', 2025, { 'D-MT-1': 'none' });
    expect(missing).toMatchObject({ severity: 'error', rule: 'completeness.mandatory', metric: 'D-MT-1', year: 2025, part: 'D' });
    expect(missing?.message).toBe('D-MT-1 (Scope 1 greenhouse gas emissions) is mandatory for 2025 and is not disclosed: map it to the section or metric that discloses it');
    const [explained] = check('gem', 2025, { 'D-MT-2': 'explained' });
    expect(explained).toMatchObject({ severity: 'error', rule: 'completeness.mandatory', messageCode: 'check.basis.mandatory_explained', part: 'D' });
    const [partB] = check('gem', 2025, { 'MDR-1': 'none' });
    expect(partB).toMatchObject({ severity: 'error', rule: 'completeness.mandatory', part: 'B' });
  });

  it('errs on a comply-or-explain item neither disclosed nor explained, and accepts an explanation', () => {
    const [a12] = check('main_board', 2025, { 'A1.2': 'none', 'B1.1': 'explained', 'D-GOV-1': 'explained' });
    expect(check('main_board', 2025, { 'A1.2': 'none', 'B1.1': 'explained', 'D-GOV-1': 'explained' })).toHaveLength(1);
    expect(a12).toMatchObject({ severity: 'error', rule: 'completeness.comply_or_explain', metric: 'A1.2', part: 'C' });
    const [gov] = check('main_board', 2025, { 'D-GOV-1': 'none' });
    expect(gov).toMatchObject({ severity: 'error', rule: 'completeness.comply_or_explain', part: 'D' });
  });

  it('reports an item left out under an interim relief as info naming the relief, until the relief ends', () => {
    const [s3] = check('largecap', 2026, { 'D-MT-3': 'none' });
    expect(s3).toMatchObject({ severity: 'info', rule: 'completeness.relief', metric: 'D-MT-3', part: 'D', params: { relief: 'Interim relief for Scope 3 greenhouse gas emissions', endsFy: 2026 } });
    expect(s3?.message).toContain('up to FY2026');
    // The shipped reliefs are not verified against the Code's text: the message says so.
    expect(s3?.message).toContain('not yet verified');
    const [after] = check('largecap', 2027, { 'D-MT-3': 'none' });
    expect(after).toMatchObject({ severity: 'error', rule: 'completeness.mandatory', metric: 'D-MT-3' });
    // An explanation needs no relief: a comply-or-explain item explained is complete.
    expect(check('main_board', 2025, { 'D-MT-3': 'explained' })).toEqual([]);
  });

  it('raises nothing for what is voluntary: Part D beyond Scope 1/2 for GEM, all of Part D under the Guide year', () => {
    expect(check('gem', 2026, { 'D-GOV-1': 'none', 'D-MT-3': 'none', 'D-STR-5': 'none' })).toEqual([]);
    expect(check('largecap', 2024, { 'D-MT-1': 'none', 'D-GOV-1': 'none' })).toEqual([]);
  });

  it('renders the same finding in Traditional Chinese', () => {
    const [zh] = check('main_board', 2025, { 'D-MT-1': 'none' }, 'zh-Hant');
    expect(zh?.message).toBe('D-MT-1（範圍1溫室氣體排放量）於2025年度屬強制披露，但尚未披露：請將其對應至披露該項目的章節或指標');
    const [relief] = check('main_board', 2025, { 'D-STR-5': 'none' }, 'zh-Hant');
    expect(relief?.message).toContain('氣候情景分析的過渡寬免');
  });

  it('groups the findings by Part, B then C then D', () => {
    const findings = check('largecap', 2026, { 'D-GOV-2': 'none', 'MDR-2': 'none', 'A2.1': 'none', 'D-MT-3': 'none' });
    const groups = groupFindingsByPart(findings);
    expect(groups.map((g) => g.part)).toEqual(['B', 'C', 'D']);
    expect(groups[2]?.findings.map((f) => [f.metric, f.severity])).toEqual([
      ['D-GOV-2', 'error'],
      ['D-MT-3', 'info'],
    ]);
  });
});

describe('disclosure state of each item', () => {
  const metric = (code: string, partd: string[], hkex: string[] = []): MetricDef => ({ code, nameZh: code, nameEn: code, unit: 't', kind: 'entered', area: 'x', owner: 'x', dimensions: [], hkex, sasb: [], partd, decimals: 0, aggregation: 'sum' });
  const metrics = [metric('ghg.scope1', ['D-MT-1'], ['A1.2']), metric('ghg.scope3', ['D-MT-3']), metric('climate.internal_carbon_price', ['D-MT-8'])];
  const na: DisclosureEntry = { framework: 'partd', itemCode: 'D-MT-9', status: 'not_applicable', sections: [], metrics: [], reasonZh: '未設此類薪酬', reasonEn: 'No such remuneration' };
  const section: DisclosureEntry = { framework: 'partd', itemCode: 'D-GOV-1', status: 'disclosed', sections: ['climate-governance'], metrics: [], reasonZh: '', reasonEn: '' };
  const emptySection: DisclosureEntry = { framework: 'partd', itemCode: 'D-GOV-2', status: 'disclosed', sections: ['climate-skills'], metrics: [], reasonZh: '', reasonEn: '' };
  const states = disclosureStates({
    items: [
      ...['D-MT-1', 'D-MT-3', 'D-MT-8', 'D-MT-9', 'D-GOV-1', 'D-GOV-2', 'D-RM-1'].map((code) => ({ code, framework: 'partd' as const })),
      { code: 'A1.2', framework: 'hkex' as const },
    ],
    metrics,
    rows: [{ metric: 'climate.internal_carbon_price', dims: {}, value: null, naReason: 'no internal carbon price yet' }],
    result: { values: [{ code: 'ghg.scope1', dims: {}, value: 2100, unit: 'tCO2e', kind: 'derived' }], missing: [] },
    disclosure: [na, section, emptySection],
    sectionsWithContent: new Set(['climate-governance']),
  });

  it('reads data, NA values, the map and section content', () => {
    expect(Object.fromEntries(states)).toEqual({
      'D-MT-1': 'disclosed',
      'A1.2': 'disclosed',
      'D-MT-3': 'none',
      'D-MT-8': 'explained',
      'D-MT-9': 'explained',
      'D-GOV-1': 'disclosed',
      'D-GOV-2': 'none',
      'D-RM-1': 'none',
    });
  });
});
