// Every finding of `check` is a message code with parameters, worded in English and in
// Traditional Chinese; the Chinese wording holds no English words besides its parameters and
// the codes it names (HKEX, FY).
import { describe, expect, it } from 'vitest';
import { finding, findingCode, findingText } from '../../shared/checks/finding.js';
import { checkSiteSums } from '../../shared/checks/site-sums.js';
import { checkCarriedFactors } from '../../shared/checks/editions.js';
import { MESSAGE_CODES, renderMessage, type Message, type MessageParams } from '../../shared/i18n/messages.js';

type CheckCode = Extract<keyof MessageParams, `check.${string}`>;

/** One set of parameters per check code; a new code must be added here (the type says so). */
const SAMPLES: { [K in CheckCode]: MessageParams[K] } = {
  'check.missing_input': { metric: 'ghg.scope2', dims: '', year: 2024, missing: [{ code: 'factor.grid', dims: 'site=HK', reason: 'absent' }, { code: 'energy.el', dims: '', reason: 'not_applicable' }] },
  'check.factor_no_source': { metric: 'factor.grid', year: 2024 },
  'check.breakdown_sum': { metric: 'workforce.total', key: 'gender', sum: 90, total: 100, year: 2024 },
  'check.entered_vs_computed': { metric: 'ghg.scope1', dims: '', year: 2024, entered: 2100, computed: 2234.5, unit: 'tCO2e' },
  'check.site_sum': { metric: 'energy.el', dims: '', sites: ['HK', 'SZ'], sum: 10, total: 12, year: 2024 },
  'check.empty_section': { item: 'A1.2', sections: ['emissions'] },
  'check.hkex_kpi': { item: 'A1.2', titleEn: 'GHG emissions', titleZh: '溫室氣體排放', year: 2024, sections: ['emissions'], candidates: ['ghg.total'] },
  'check.carried_block': { sectionEn: 'Emissions', sectionZh: '排放', blockId: 'b1', fromYear: 2023 },
  'check.stale_year': { section: '排放', lang: 'zh-Hant', prev: 2023, text: '2023 年排放下降' },
  'check.static_number': { section: '排放', lang: 'zh-Hant', typed: '1,234', valueYear: 2024, metric: 'ghg.total' },
  'check.factor_carried': { metric: 'factor.grid', dims: 'site=HK', year: 2025, fromYear: 2024 },
  'check.narrative_number': { section: '排放', lang: 'zh-Hant', typed: '35%', label: 'energy.share', year: 2024, data: '36%' },
  'check.narrative_unverifiable': { section: '排放', lang: 'zh-Hant', typed: '+5%', label: 'ghg.total', missingYear: 2023 },
  'check.narrative_change': { section: '排放', lang: 'zh-Hant', typed: '+5.0%', label: 'ghg.total', year: 2024, data: '+7.1%', cur: '150', prev: '140' },
  'check.yoy': { metric: 'ghg.total', change: '+40.0%', prevYear: 2023, prev: 100, year: 2024, value: 140 },
  'check.restatement': { metric: 'ghg.total', dims: '', year: 2023, was: 100, exportYear: 2023, kind: 'docx', exportLang: 'en', exportedAt: '2024-03-01', now: 110 },
  'check.basis': { key: 'check.basis.mandatory', params: { item: 'D1', year: 2025 }, title: { en: 'Governance', 'zh-Hant': '管治' } },
  'check.none': { year: 2024 },
  'check.keyed': { key: 'check.front.no_approval', params: { en: { year: 2024 }, 'zh-Hant': { year: 2024 } } },
  'check.footnote_language': { metric: 'energy.electricity', dims: 'site=BJ', year: 2024, has: 'zh-Hant', lacks: 'en' },
  'check.halfwidth_punctuation': { section: '關於本報告', blockId: 'about-text', count: 3, examples: ['報告,涵蓋', '範圍:除'] },
};

/** A text without its parameters' values (the words the message itself adds). */
function withoutParams(text: string, params: unknown): string {
  const leaves = (x: unknown): string[] => (typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(leaves) : []);
  const values = leaves(params);
  let rest = text;
  for (const v of values.filter((v) => v.length > 1).sort((a, b) => b.length - a.length)) rest = rest.split(v).join(' ');
  return rest;
}
const englishIn = (zh: string, params: unknown) => (withoutParams(zh, params).match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['HKEX', 'FY'].includes(w));

describe('check findings as codes', () => {
  it('has a sample for every check code', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(MESSAGE_CODES.filter((c) => c.startsWith('check.')).sort());
  });

  it.each(Object.entries(SAMPLES))('words %s in English and in Traditional Chinese', (code, params) => {
    const m = { code, params } as Message;
    const en = renderMessage('en', m);
    const zh = renderMessage('zh-Hant', m);
    expect(en).toMatch(/[a-z]{3}/);
    expect(withoutParams(en, params)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(englishIn(zh, params)).toEqual([]);
  });

  it('keeps the English wording and names the code a reader can match', () => {
    const [f] = checkSiteSums({ year: 2024, metrics: [{ code: 'energy.el', kind: 'entered', aggregation: 'sum' } as never], rows: [
      { metric: 'energy.el', dims: {}, value: 12 },
      { metric: 'energy.el', dims: { site: 'SZ' }, value: 4 },
      { metric: 'energy.el', dims: { site: 'HK' }, value: 6 },
    ] as never, result: { values: [], missing: [] } as never });
    expect(f?.message).toBe('energy.el: the 2 site rows (HK, SZ) add up to 10, but the total entered for 2024 is 12');
    expect(findingText('zh-Hant', f!)).toBe('energy.el：2 個地點（HK、SZ）的數值合計為 10，但2024年度輸入的總數為 12');
    expect(findingCode(f!)).toEqual({ code: 'check.site_sum', params: { metric: 'energy.el', dims: '', sites: ['HK', 'SZ'], sum: 10, total: 12, year: 2024 } });
    const [c] = checkCarriedFactors({ year: 2025, edition: { carriedFrom: 2024, carriedBlocks: [], carriedFactors: [{ metric: 'factor.grid', dimsKey: '', fromYear: 2024 }] } });
    expect(findingText('zh-Hant', c!)).toContain('由2024年度沿用');
  });

  it('words a basis finding by its strings key, with the title in the language asked', () => {
    const f = finding('error', 'completeness.mandatory', 'D1', 2025, { code: 'check.basis', params: SAMPLES['check.basis'] });
    expect(findingCode(f)).toEqual({ code: 'check.basis.mandatory', params: { item: 'D1', year: 2025 } });
    expect(findingText('en', f)).toContain('D1 (Governance) is mandatory for 2025');
    expect(findingText('zh-Hant', f)).toContain('D1（管治）於2025年度屬強制披露');
  });
});
