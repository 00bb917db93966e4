// What a grid edit accepts when a number is typed with its unit in the one cell: the value
// stored in the metric's unit, and the number and unit kept as typed (the "unit entered").
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setValue, type ValuePatch } from '../../main/services/entry-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import type { Workspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';

let ws: Workspace;
beforeEach(() => {
  ws = createWorkspace(join(tempDir(), 'grid.esg'), { actor: 't' });
});
afterEach(() => ws.close());

/** One edit on an empty cell: what was stored, or the reason it was refused. */
function edit(metric: string, patch: ValuePatch) {
  const ref = { metric, year: 2024, dims: {} };
  try {
    setValue(ws, ref, patch, 't');
  } catch (e) {
    return { refused: (e as Error).message };
  }
  const v = ws.values.get(metric, 2024, {});
  return v ? { value: v.value, enteredValue: v.enteredValue, enteredUnit: v.enteredUnit } : undefined;
}

describe('a grid edit typed with its unit (energy.electricity, in MWh)', () => {
  it.each([
    ['12 MWh', 12, '12', 'MWh'],
    ['1,234.5', 1234.5, '1,234.5', null],
    ['1,234.5 MWh', 1234.5, '1,234.5', 'MWh'],
    ['12MWh', 12, '12', 'MWh'],
    ['1e3 kWh', 1, '1e3', 'kWh'],
    ['1E3kWh', 1, '1E3', 'kWh'],
    ['.5 MWh', 0.5, '.5', 'MWh'],
    ['+5 MWh', 5, '+5', 'MWh'],
    [' 12 ', 12, '12', null],
    ['12.', 12, '12.', null],
    ['12. MWh', 12, '12.', 'MWh'],
    ['12\tkWh ', 0.012, '12', 'kWh'],
    ['12\u3000MWh', 12, '12', 'MWh'],
    ['12 ＭＷｈ', 12, '12', 'ＭＷｈ'],
  ])('stores %j as %s MWh, entered as %j %j', (text, value, enteredValue, enteredUnit) => {
    expect(edit('energy.electricity', { value: text })).toEqual({ value, enteredValue, enteredUnit });
  });

  it('reads 萬噸 typed with the number (water.fresh, in t)', () => {
    expect(edit('water.fresh', { value: '1.5 萬噸' })).toEqual({ value: 15000, enteredValue: '1.5', enteredUnit: '萬噸' });
  });

  it('takes a bare number in the unit given beside it, and a unit typed in the cell over that one', () => {
    expect(edit('energy.electricity', { value: '500,000', unit: 'kWh' })).toEqual({ value: 500, enteredValue: '500,000', enteredUnit: 'kWh' });
    expect(edit('energy.electricity', { value: '12 MWh', unit: 'kWh' })).toEqual({ value: 12, enteredValue: '12', enteredUnit: 'MWh' });
  });

  it.each([
    ['-3 MWh', 'must not be negative'],
    ['abc', 'expected a number (or NA with a reason in note)'],
    ['12 MWh/person', 'unit "MWh/person" cannot be converted to MWh, the unit of energy.electricity'],
    ['12 t', 'unit "t" cannot be converted to MWh, the unit of energy.electricity'],
    ['12 bananas', 'unit "bananas" is not a unit we know; energy.electricity expects MWh'],
    ['1,23 MWh', 'expected a number (or NA with a reason in note)'],
    ['12 34', 'expected a number (or NA with a reason in note)'],
    ['12 -t', 'expected a number (or NA with a reason in note)'],
    ['12 .5', 'expected a number (or NA with a reason in note)'],
    ['1.2.3 MWh', 'expected a number (or NA with a reason in note)'],
    ['1e309 kWh', 'expected a number (or NA with a reason in note)'],
    ['0x10', 'unit "x10" is not a unit we know; energy.electricity expects MWh'],
    ['NA', '"not applicable" needs its reason'],
  ])('refuses %j: %s', (text, refused) => {
    expect(edit('energy.electricity', { value: text })).toEqual({ refused });
  });

  it('stores nothing for an empty cell', () => {
    expect(edit('energy.electricity', { value: '' })).toBeUndefined();
  });

  // The grid refused these until it read through shared/io/value-with-unit.ts as the workbook
  // does ("1e3" as 1 in a unit "e3", full-width digits not at all). Skipped until
  // main/services/entry-service.ts takes that reader (it is being edited elsewhere).
  it.each([
    ['1e3', 1000, '1e3', null],
    ['１２', 12, '12', null],
    ['１，２３４ MWh', 1234, '1,234', 'MWh'],
  ])('stores %j as %s MWh, entered as %j %j', (text, value, enteredValue, enteredUnit) => {
    expect(edit('energy.electricity', { value: text })).toEqual({ value, enteredValue, enteredUnit });
  });
});
