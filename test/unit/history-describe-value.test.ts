// History words an entered value once with its unit: "520,000 MWh", never "520,000 MWh MWh".
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../main/services/entry-service.js';

describe('describeValue', () => {
  it('gives the unit once whether or not the entered text names it', () => {
    expect(describeValue({ value: 520000, enteredValue: '520,000 MWh', enteredUnit: 'MWh' })).toBe('520,000 MWh');
    expect(describeValue({ value: 520000, enteredValue: '520,000', enteredUnit: 'MWh' })).toBe('520,000 MWh');
    expect(describeValue({ value: 12, enteredValue: null, enteredUnit: null })).toBe('12');
  });
});
