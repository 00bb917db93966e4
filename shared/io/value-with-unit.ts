// A number typed with its unit in one cell ("12 MWh", "1,234.5 萬噸", "3.2t"), as people type
// it in the data-entry grid and in a department workbook's value cell. One reading for both,
// so that a figure the grid takes is a figure the workbook takes.
import { foldFullWidth, readNumber } from './validate-value.js';

export interface ValueWithUnit {
  /** The number read. */
  value: number;
  /** The number as typed, full-width digits and signs folded to ASCII ("１，２３４" → "1,234"). */
  numberText: string;
  /** The unit as typed, trimmed; '' when only a number was typed. */
  unit: string;
}

// The longest run of digits, separators and an exponent, then the rest as the unit. Greedy and
// with an optional unit, so "1e3" is a thousand, not 1 in a unit "e3".
const NUMBER_THEN_UNIT = /^(\s*([+-]?[\d.,]+(?:[eE][+-]?\d+)?)\s*)(.*?)\s*$/;
// A unit never starts like a number: "12 34", "12 .5" or "12 -t" are mistyped numbers.
const NOT_A_UNIT_START = /^[\d.,+-]/;

/** The number and the unit typed in one cell, or undefined when the text is not of that shape. */
export function splitValueAndUnit(text: string): ValueWithUnit | undefined {
  const m = NUMBER_THEN_UNIT.exec(foldFullWidth(text));
  if (!m) return undefined;
  const lead = m[1] as string;
  const numberText = m[2] as string;
  const value = readNumber(numberText);
  if (value === undefined || NOT_A_UNIT_START.test(m[3] as string)) return undefined;
  // The unit as typed: the unit rules fold its width themselves, and "unit entered" is provenance.
  return { value, numberText, unit: text.slice(lead.length).trim() };
}
