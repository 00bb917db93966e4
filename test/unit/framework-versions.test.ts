// Which Appendix C2 version a financial year follows, by the day it commences, for December
// and non-December year ends, and what changes when an edition moves to the Code.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fiscalYearStart, lastFiscalYearCommencingBefore } from '../../shared/framework/fiscal-year.js';
import { changesBetween, chooseFrameworkVersion, parseVersionsDoc } from '../../shared/framework/versions.js';
import { TEMPLATES_DIR } from '../../main/paths.js';

const doc = parseVersionsDoc(JSON.parse(readFileSync(join(TEMPLATES_DIR, 'catalogue', 'frameworks', 'hkex-versions.json'), 'utf8')));

describe('financial years', () => {
  it('starts a year the day after the previous year end, labelled by the year it ends in', () => {
    expect(fiscalYearStart(2025, '12-31')).toBe('2025-01-01');
    expect(fiscalYearStart(2025, '03-31')).toBe('2024-04-01');
    expect(fiscalYearStart(2025, '06-30')).toBe('2024-07-01');
    expect(fiscalYearStart(2025, '12-30')).toBe('2024-12-31');
    expect(fiscalYearStart(2025, '02-28')).toBe('2024-03-01');
  });

  it('refuses a year end that is not a day of every year', () => {
    expect(() => fiscalYearStart(2025, '02-29')).toThrow(/every year/);
    expect(() => fiscalYearStart(2025, '13-01')).toThrow(/MM-DD/);
    expect(() => fiscalYearStart(2025, '2025-12-31')).toThrow(/MM-DD/);
  });

  it('names the last year commencing before a date', () => {
    expect(lastFiscalYearCommencingBefore('2027-01-01', '12-31')).toBe(2026);
    expect(lastFiscalYearCommencingBefore('2027-01-01', '03-31')).toBe(2027);
    expect(lastFiscalYearCommencingBefore('2026-01-01', '06-30')).toBe(2026);
  });
});

describe('Appendix C2 version of a financial year', () => {
  it('keeps FY2024 on the Guide and moves FY2025 to the Code for a December year end', () => {
    expect(chooseFrameworkVersion(doc, 2024, '12-31').code).toBe('guide');
    expect(chooseFrameworkVersion(doc, 2025, '12-31').code).toBe('code');
    expect(chooseFrameworkVersion(doc, 2026).code).toBe('code');
  });

  it('keeps a year starting 1 April 2024 (FY2025, March year end) on the Guide; the next one is on the Code', () => {
    expect(chooseFrameworkVersion(doc, 2025, '03-31').code).toBe('guide');
    expect(chooseFrameworkVersion(doc, 2026, '03-31').code).toBe('code');
  });

  it('gives each version its names and Parts', () => {
    const code = chooseFrameworkVersion(doc, 2025);
    expect(code.nameEn).toBe('ESG Reporting Code');
    expect(code.nameZh).toBe('環境、社會及管治報告守則');
    expect(code.parts).toEqual(['B', 'C', 'D']);
    expect(chooseFrameworkVersion(doc, 2024).parts).toEqual(['B', 'C']);
  });

  it('says what changed when an edition rolls forward from the Guide to the Code, and nothing within one version', () => {
    const changes = changesBetween(doc, 'guide', 'code').map((c) => c.code);
    expect(changes).toEqual(expect.arrayContaining(['renamed', 'part_d_added', 'scope12_mandatory', 'part_d_comply_or_explain', 'largecap_mandatory_2026']));
    for (const c of changesBetween(doc, 'guide', 'code')) {
      expect(c.textEn).toMatch(/^[A-Z]/);
      expect(c.textZh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(changesBetween(doc, 'code', 'code')).toEqual([]);
    expect(changesBetween(doc, 'code', 'guide').map((c) => c.code)).toEqual(changes);
  });
});
