// A number typed with its unit in one cell, as the data-entry grid and a department
// workbook's value cell read it (one reader for both).
import { describe, expect, it } from 'vitest';
import { splitValueAndUnit } from '../../shared/io/value-with-unit.js';

describe('a number typed with its unit', () => {
  it.each([
    ['12 MWh', 12, '12', 'MWh'],
    ['1.5 萬噸', 1.5, '1.5', '萬噸'],
    ['1,234.5', 1234.5, '1,234.5', ''],
    ['1,234.5 萬噸', 1234.5, '1,234.5', '萬噸'],
    ['12MWh', 12, '12', 'MWh'],
    ['-3 t', -3, '-3', 't'],
    ['1e3 kWh', 1000, '1e3', 'kWh'],
    ['1E3kWh', 1000, '1E3', 'kWh'],
    ['1e3', 1000, '1e3', ''],
    ['12 MWh/person', 12, '12', 'MWh/person'],
    ['.5 t', 0.5, '.5', 't'],
    ['+5 t', 5, '+5', 't'],
    [' 12 ', 12, '12', ''],
    ['12.', 12, '12.', ''],
    ['12. t', 12, '12.', 't'],
    ['12\tkWh ', 12, '12', 'kWh'],
    ['12\u3000MWh', 12, '12', 'MWh'],
    ['１２', 12, '12', ''],
    ['１，２３４ MWh', 1234, '1,234', 'MWh'],
    // The unit as typed: the unit rules fold its width and superscripts themselves.
    ['12 ＭＷｈ', 12, '12', 'ＭＷｈ'],
    ['12 m³', 12, '12', 'm³'],
    // Units are only split off here; the unit rules accept or refuse them afterwards.
    ['0x10', 0, '0', 'x10'],
    ['12 MWh MWh', 12, '12', 'MWh MWh'],
  ])('reads %j as %s (typed %j) and unit %j', (text, value, numberText, unit) => {
    expect(splitValueAndUnit(text)).toEqual({ value, numberText, unit });
  });

  it.each(['abc', '', '  ', 'NA', 'n/a', '1,23 t', '12 34', '1e309 kWh', '--1', '.', 'about 28k', '1.2.3 t', '12 -t', '12 .5', '½ t'])(
    'refuses %j',
    (text) => {
      expect(splitValueAndUnit(text)).toBeUndefined();
    },
  );
});
