// Financial years as the Listing Rules count them: a rule "for financial years commencing on
// or after 1 January 2025" looks at the day a year starts. A year is labelled by the calendar
// year in which it ends (FY2025 with a 31 March year end runs 1 April 2024 – 31 March 2025),
// the same label the workspace uses for its reporting years.
import { z } from 'zod';

/** `MM-DD`, the company profile's fiscal year end (e.g. 12-31, 03-31). */
export const yearEndSchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, 'a fiscal year end is MM-DD, e.g. 12-31 or 03-31')
  .refine((s) => isRealDay(s), 'a fiscal year end is a day that exists in every year, e.g. 12-31 or 03-31');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDay(mmdd: string): boolean {
  const [m, d] = mmdd.split('-').map(Number) as [number, number];
  // 29 February is refused: the year would end on a different day in three years of four.
  return d <= (DAYS_IN_MONTH[m - 1] ?? 0);
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The first day (ISO date) of the financial year labelled `fiscalYear` ending on `yearEnd`. */
export function fiscalYearStart(fiscalYear: number, yearEnd = '12-31'): string {
  const end = yearEndSchema.parse(yearEnd);
  const [m, d] = end.split('-').map(Number) as [number, number];
  // The day after the previous year's end.
  if (d === DAYS_IN_MONTH[m - 1]) return m === 12 ? iso(fiscalYear, 1, 1) : iso(fiscalYear - 1, m + 1, 1);
  return iso(fiscalYear - 1, m, d + 1);
}

/** The label of the last financial year that commences before `isoDate`. */
export function lastFiscalYearCommencingBefore(isoDate: string, yearEnd = '12-31'): number {
  let fy = Number(isoDate.slice(0, 4)) + 1;
  while (fiscalYearStart(fy, yearEnd) >= isoDate) fy -= 1;
  return fy;
}
