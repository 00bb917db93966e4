// A number typed with its unit in one cell, as a department workbook's value cell reads it.
import { describe, expect, it } from 'vitest';
import { splitValueAndUnit } from '../../shared/io/data-package.js';

describe('a number typed with its unit', () => {
  it.each([
    ['12 MWh', 12, 'MWh'],
    ['1.5 萬噸', 1.5, '萬噸'],
    ['1,234.5', 1234.5, ''],
    ['1,234.5 萬噸', 1234.5, '萬噸'],
    ['12MWh', 12, 'MWh'],
    ['-3 t', -3, 't'],
    ['1e3 kWh', 1000, 'kWh'],
    ['1E3kWh', 1000, 'kWh'],
    ['1e3', 1000, ''],
    ['12 MWh/person', 12, 'MWh/person'],
    ['.5 t', 0.5, 't'],
    ['+5 t', 5, 't'],
    [' 12 ', 12, ''],
    ['12\tkWh ', 12, 'kWh'],
    ['12\u3000MWh', 12, 'MWh'],
    ['１２', 12, ''],
    ['１，２３４ MWh', 1234, 'MWh'],
    // Units are only split off here; the unit rules accept or refuse them afterwards.
    ['0x10', 0, 'x10'],
    ['12 MWh MWh', 12, 'MWh MWh'],
    ['12 ＭＷｈ', 12, 'MWh'],
    ['12 m³', 12, 'm3'],
    ['12.', 12, '.'],
    ['12. t', 12, '. t'],
    ['1.2.3 t', 1.2, '.3 t'],
    ['12 -t', 12, '-t'],
    ['12 .5', 12, '.5'],
    ['½ t', 1, '⁄2 t'],
  ])('reads %j as %s and unit %j', (text, value, unit) => {
    expect(splitValueAndUnit(text)).toEqual({ value, unit });
  });

  it.each(['abc', '', '  ', 'NA', 'n/a', '1,23 t', '12 34', '1e309 kWh', '--1', '.', 'about 28k'])('refuses %j', (text) => {
    expect(splitValueAndUnit(text)).toBeUndefined();
  });
});
