// How the report prints numbers and how the authoring markup becomes TipTap JSON.
import { describe, expect, it } from 'vitest';
import { parseBlockBody } from '../../shared/report/blocks.js';
import { formatChangePct, formatValue, withUnit } from '../../shared/report/format.js';
import { markupToDoc } from '../../shared/report/markup.js';

const scope12 = { code: 'ghg.scope12', unit: 'tCO2e', decimals: 2 };

describe('formatValue', () => {
  it('prints emission totals in 萬噸 in Chinese and in tonnes in English', () => {
    expect(withUnit(formatValue(276058.42, scope12, 'zh-Hant'), 'zh-Hant')).toBe('27.61萬噸二氧化碳當量');
    // The same precision as the Chinese 27.61 萬噸 (hundreds of tonnes): whole tonnes, not hundredths.
    expect(withUnit(formatValue(276058.42, scope12, 'en'), 'en')).toBe('276,058 tCO2e');
    expect(withUnit(formatValue(5607.85, { code: 'waste.non_hazardous', unit: 't', decimals: 2 }, 'en'), 'en')).toBe('5,608 t');
    // A metric the Chinese report prints in its canonical unit keeps the catalogue's decimals.
    expect(withUnit(formatValue(51.16, { code: 'waste.hazardous', unit: 't', decimals: 2 }, 'en'), 'en')).toBe('51.16 t');
  });
  it('prints money in 萬元 in Chinese, intensities and percentages unchanged', () => {
    expect(withUnit(formatValue(47410000, { code: 'community.donations', unit: 'CNY', decimals: 0 }, 'zh-Hant'), 'zh-Hant')).toBe('4,741.0萬元');
    expect(withUnit(formatValue(9.975371, { code: 'ghg.scope12_intensity', unit: 'tCO2e/person', decimals: 2 }, 'zh-Hant'), 'zh-Hant')).toBe('9.98噸二氧化碳當量/人');
    expect(withUnit(formatValue(43.996278, { code: 'workforce.female_share', unit: '%', decimals: 1 }, 'en'), 'en')).toBe('44.0%');
  });
  it('signs changes with a true minus', () => {
    expect(formatChangePct(22.321, 'en')).toBe('+22.3%');
    expect(formatChangePct(-14.5999, 'zh-Hant')).toBe('−14.6%');
    expect(formatChangePct(0.04, 'en')).toBe('0.0%');
  });
});

describe('markup and block validation', () => {
  it('turns markup into TipTap JSON with kpiRef, footnote and metricLink', () => {
    const doc = markupToDoc('**Up** {{kpi:suppliers.integrity_pledge@previous}} and {{link:suppliers.integrity_pledge|+22.0%}}[^note]\n\n- a\n- b');
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Up', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ' },
        { type: 'kpiRef', attrs: { code: 'suppliers.integrity_pledge', dims: {}, year: 'previous', show: 'value' } },
        { type: 'text', text: ' and ' },
        { type: 'text', text: '+22.0%', marks: [{ type: 'metricLink', attrs: { code: 'suppliers.integrity_pledge', dims: {}, compare: 'change_pct' } }] },
        { type: 'footnote', attrs: { text: 'note' } },
      ],
    });
    expect(doc.content[1]?.type).toBe('bulletList');
  });
  it('rejects a static table whose rows do not match the header, naming the language', () => {
    expect(() =>
      parseBlockBody({ type: 'static_table', content: { 'zh-Hant': { header: ['甲', '乙'], rows: [['1']] }, en: { header: ['A', 'B'], rows: [['1', '2']] } } }),
    ).toThrow(/content\.zh-Hant: every row of a static table has as many cells as the header/);
  });
});
