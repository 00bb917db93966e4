import { describe, expect, it } from 'vitest';
import { STRING_KEYS, translate } from '../../shared/i18n/strings.js';
import { formatNumber, formatPercentChange } from '../../shared/i18n/format.js';

describe('UI strings', () => {
  it('has every string in both languages, with the same placeholders', () => {
    for (const key of STRING_KEYS) {
      const en = translate('en', key);
      const zh = translate('zh-Hant', key);
      if (key === 'grid.actions') continue; // an intentionally blank column header
      expect(en, key).not.toBe('');
      expect(zh, key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(zh), key).toEqual(holes(en));
    }
  });

  it('fills placeholders and formats numbers for the locale', () => {
    expect(translate('zh-Hant', 'grid.value', { year: 2024 })).toBe('2024 年數值');
    expect(translate('en', 'grid.value', { year: 2024 })).toBe('Value 2024');
    expect(formatNumber('en', 273975.2512, 2)).toBe('273,975.25');
    expect(formatNumber('zh-Hant', 27674, 0)).toBe('27,674');
    expect(formatNumber('en', null)).toBe('');
    expect(formatPercentChange('en', -7.39)).toBe('-7.4%');
    expect(formatPercentChange('en', 8.4)).toBe('+8.4%');
  });
});
