import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, halfWidthBetweenCjk, keepTogether, subscriptCo2, typeset } from '../../shared/text/typography.js';

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
