import { describe, expect, it } from 'vitest';
import { parseNumber, suggestCode } from '../../shared/io/data-package.js';
import { dimsKey, parseDimsText } from '../../shared/dimensions.js';
import { renderMessage } from '../../shared/i18n/messages.js';

describe('values and dimensions as typed in a data package', () => {
  it.each([
    ['27674', 27674],
    ['27,674', 27674],
    ['1,234,567.89', 1234567.89],
    ['-3.5', -3.5],
    ['.5', 0.5],
    ['1e3', 1000],
    [' 42 ', 42],
  ])('reads %s as %s', (text, n) => expect(parseNumber(text)).toBe(n));

  it.each(['abc', '12 t', '1,23', '1.2.3', '', '12,3456', '5%'])('refuses "%s"', (text) => expect(parseNumber(text)).toBeUndefined());

  it('parses key=value pairs in any order into one canonical key', () => {
    const a = parseDimsText('gender=female; age=under30');
    const b = parseDimsText('age=under30;gender=female');
    expect(a.errors).toEqual([]);
    expect(dimsKey(a.dims)).toBe('age=under30;gender=female');
    expect(dimsKey(b.dims)).toBe(dimsKey(a.dims));
    expect(dimsKey({})).toBe('');
  });

  it('reports malformed and repeated dimensions', () => {
    const said = (text: string) => parseDimsText(text).errors.map((m) => renderMessage('en', m));
    expect(said('gender')).toEqual(['"gender" is not key=value']);
    expect(said('gender=male;gender=female')).toEqual(['dimension "gender" given twice']);
  });

  it('suggests the code a typo was meant to be, and nothing for unrelated text', () => {
    const codes = ['energy.electricity', 'energy.heat', 'water.fresh'];
    expect(suggestCode('energy.electicity', codes)).toBe('energy.electricity');
    expect(suggestCode('revenue', codes)).toBeUndefined();
  });
});
