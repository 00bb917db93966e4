import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, halfWidthBetweenCjk, joinNumbers, keepTogether, subscriptCo2, typeset, withoutJoiners } from '../../shared/text/typography.js';

describe('full-width punctuation in Chinese text', () => {
  it('turns half-width punctuation next to Chinese characters full-width', () => {
    expect(fullWidthPunctuation('本集團致力減排,並於2024年完成:一、二;三!是否?')).toBe('本集團致力減排，並於2024年完成：一、二；三！是否？');
    expect(fullWidthPunctuation('較2023年減少8% (以2023年為基準)')).toBe('較2023年減少8% （以2023年為基準）');
    expect(fullWidthPunctuation('員工, 合計')).toBe('員工，合計');
  });
  it('leaves numbers, codes and Latin text alone', () => {
    expect(fullWidthPunctuation('總額1,234.5萬元')).toBe('總額1,234.5萬元');
    expect(fullWidthPunctuation('比例(20/28)')).toBe('比例(20/28)');
    expect(fullWidthPunctuation('時間10:30開會')).toBe('時間10:30開會');
    expect(fullWidthPunctuation('Scope 1, Scope 2 (location-based)')).toBe('Scope 1, Scope 2 (location-based)');
    expect(fullWidthPunctuation('指標 TC-SI-130a.1 (GJ)')).toBe('指標 TC-SI-130a.1 (GJ)');
  });
});

describe('keeping figures together', () => {
  it('binds a number to its unit and short parenthesised figures', () => {
    expect(keepTogether('100.0 %')).toBe('100.0\u00A0%');
    expect(keepTogether('27.61 萬噸')).toBe('27.61\u00A0萬噸');
    expect(keepTogether('2,083 tCO2e')).toBe('2,083\u00A0tCO2e');
    expect(keepTogether('(20/28)')).toBe('(\u206020/\u206028\u2060)');
    expect(keepTogether('in 2024 the group')).toBe('in 2024 the group');
  });
});

describe('CO₂', () => {
  it('subscripts CO2 in prose and units, not in codes', () => {
    expect(subscriptCo2('tCO2e and kgCO2/kWh, CO2 emissions')).toBe('tCO₂e and kgCO₂/kWh, CO₂ emissions');
    expect(subscriptCo2('萬噸CO2e')).toBe('萬噸CO₂e');
    expect(subscriptCo2('ghg.CO2_total x.CO2')).toBe('ghg.CO2_total x.CO2');
  });
  it('typesets English without touching its punctuation', () => {
    expect(typeset('Scope 1: 2,083 tCO2e (2024)', 'en')).toBe('Scope 1: 2,083\u00A0tCO₂e (\u20602024\u2060)');
  });
});

describe('the check spans', () => {
  it('finds half-width punctuation between Chinese characters only', () => {
    expect(halfWidthBetweenCjk('減排,並且(一)1,234')).toEqual(['排,並', '且(一']);
    expect(halfWidthBetweenCjk('1,234.5 及 (20/28)')).toEqual([]);
  });
});

describe('word joiners inside figures', () => {
  /** The joiners shown as "|" and no-break spaces as "_", to read the expectations. */
  const shown = (s: string) => s.replace(/\u2060/g, '|').replace(/\u00A0/g, '_');
  it('joins every character of a number, its percent sign and the Chinese text on either side', () => {
    expect(shown(joinNumbers('逾16,343人次'))).toBe('逾|1|6|,|3|4|3|人次');
    expect(shown(joinNumbers('簽署率達100.0%。'))).toBe('簽署率達|1|0|0|.|0|%。');
    expect(shown(joinNumbers(keepTogether('上漲 22.0 %，')))).toBe('上漲 2|2|.|0|_|%，');
    expect(shown(joinNumbers(keepTogether('4,928 家')))).toBe('4|,|9|2|8|_|家');
    expect(shown(joinNumbers('變化−12.6%'))).toBe('變化|−|1|2|.|6|%');
  });
  it('leaves the breaks between figures and words alone, and a sentence comma outside the figure', () => {
    expect(shown(joinNumbers('GB/T 43739-2024 指南'))).toBe('GB/T 4|3|7|3|9-2|0|2|4 指南');
    expect(shown(joinNumbers('共 12, 其餘'))).toBe('共 1|2, 其餘');
    expect(joinNumbers('沒有數字的句子')).toBe('沒有數字的句子');
  });
  it('changes nothing when applied twice, and the reader sees the text as typed', () => {
    const once = joinNumbers(keepTogether('截至2024年底共有員工27,674 人（20/28）'));
    expect(joinNumbers(once)).toBe(once);
    expect(withoutJoiners(once).replace(/\u00A0/g, ' ')).toBe('截至2024年底共有員工27,674 人（20/28）');
  });
});
