// What the grid reads from the clipboard and lays over its rows, the count and percentage
// checks of a typed value, worded in both languages.
import { describe, expect, it } from 'vitest';
import type { MetricDef } from '../../shared/catalogue.js';
import { renderMessage } from '../../shared/i18n/messages.js';
import { blockPatches, fillDownBlock } from '../../shared/io/grid-block.js';
import { blockPercentHits, percentMeant, percentQuestion, withPercentMeant } from '../../shared/io/percent-guess.js';
import { readTsv, writeTsv } from '../../shared/io/tsv.js';
import { validateValue, type ValueContext } from '../../shared/io/validate-value.js';
import { isCountUnit } from '../../shared/units.js';

describe('clipboard blocks', () => {
  it('reads what Excel copies: tabs, CRLF, a trailing line break, a quoted cell with a line break and quotes', () => {
    const excel = '120\tmetered\r\n"two\nlines"\t"says ""hi"""\r\n\t\r\n';
    expect(readTsv(excel)).toEqual([
      ['120', 'metered'],
      ['two\nlines', 'says "hi"'],
      ['', ''],
    ]);
    expect(readTsv('')).toEqual([]);
    expect(readTsv('5')).toEqual([['5']]);
  });

  it('writes a block Excel pastes back as the same cells', () => {
    const block = [['27674', 'note with\ttab'], ['NA', 'say "x"']];
    const text = writeTsv(block);
    expect(text).toBe('27674\t"note with\ttab"\nNA\t"say ""x"""');
    expect(readTsv(text)).toEqual(block);
  });

  it('lays a block over rows and columns: one patch per row, its revision as the base', () => {
    const targets = [
      { metric: 'workforce.total', dims: {}, revision: 'r1' },
      { metric: 'workforce.other', dims: {}, revision: '' },
    ];
    const { cells, problems } = blockPatches([['100', 'yes', ' '], ['2,000 人', 'no', 'hired in May']], targets, ['value', 'estimated', 'note']);
    expect(problems).toEqual([]);
    expect(cells).toEqual([
      { row: 0, metric: 'workforce.total', dims: {}, basedOn: 'r1', patch: { value: '100', estimated: true, note: null } },
      { row: 1, metric: 'workforce.other', dims: {}, basedOn: '', patch: { value: '2,000 人', estimated: false, note: 'hired in May' } },
    ]);
  });

  it('names a yes/no cell that holds something else, by row and column', () => {
    const { problems } = blockPatches([['1', 'perhaps']], [{ metric: 'a.b', dims: {}, revision: '' }], ['value', 'estimated']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 0, col: 1 });
    expect(renderMessage('en', problems[0]!.problem)).toBe('"perhaps" is not yes or no');
    expect(renderMessage('zh-Hant', problems[0]!.problem)).toBe('「perhaps」不是「是」或「否」');
  });

  it('fills down by repeating the top row', () => {
    expect(fillDownBlock(['5', 'x'], 3)).toEqual([['5', 'x'], ['5', 'x'], ['5', 'x']]);
  });
});

const def = (code: string, unit: string) => ({ code, nameZh: code, nameEn: code, unit, kind: 'entered', owner: 'hr', dimensions: [], hkex: [], sasb: [], decimals: 0 }) as unknown as MetricDef;
const ctx: ValueContext = {
  metrics: new Map([
    ['workforce.total', def('workforce.total', 'persons')],
    ['ethics.corruption_cases', def('ethics.corruption_cases', 'count')],
    ['training.platform_participations', def('training.platform_participations', 'person-times')],
    ['training.hours', def('training.hours', 'hours/person')],
    ['waste.per_head', def('waste.per_head', 't/person')],
  ]),
  dimensions: [],
  sites: new Set(),
};
const check = (metric: string, value: string, unit = '') => validateValue({ metric, year: 2024, dims: {}, value, unit }, ctx, { numberForm: 'cell', reasonPlace: 'reason' });

describe('counts are whole numbers', () => {
  it('knows the count units from rates and averages', () => {
    expect(['persons', 'count', 'person-times', '人', 'headcount'].map(isCountUnit)).toEqual([true, true, true, true, true]);
    expect(['t/person', 'hours/person', 'hours', '%', 'MWh', 'number, %'].map(isCountUnit)).toEqual([false, false, false, false, false, false]);
  });

  it('refuses 12.5 persons and 0.5 cases, in both languages; takes whole counts and fractional rates', () => {
    const r = check('workforce.total', '12.5');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('value.not_whole');
    expect(renderMessage('en', r.problem)).toBe('a count in persons is a whole number: 12.5 has a fraction');
    expect(renderMessage('zh-Hant', r.problem)).toBe('以人計的數目須為整數：12.5 含小數');
    expect(check('ethics.corruption_cases', '0.5')).toMatchObject({ ok: false, problem: { code: 'value.not_whole' } });
    expect(check('training.platform_participations', '3.2')).toMatchObject({ ok: false, problem: { code: 'value.not_whole' } });
    expect(check('workforce.total', '27,674')).toMatchObject({ ok: true, value: { value: 27674 } });
    expect(check('training.hours', '12.5')).toMatchObject({ ok: true, value: { value: 12.5 } });
    expect(check('waste.per_head', '0.35')).toMatchObject({ ok: true, value: { value: 0.35 } });
  });
});

describe('a percentage typed as a fraction', () => {
  it('is read as the percentage it probably meant only when last year was at least 1%', () => {
    expect(percentMeant('%', 0.35, 35)).toBe(35);
    expect(percentMeant('%', 0.316, 30.2)).toBe(31.6);
    expect(percentMeant('%', 0.35, 0.4)).toBeNull();
    expect(percentMeant('%', 0.35, null)).toBeNull();
    expect(percentMeant('%', 35, 35)).toBeNull();
    expect(percentMeant('%', 0, 35)).toBeNull();
    expect(percentMeant('%', 1, 35)).toBeNull();
    expect(percentMeant('t', 0.35, 35)).toBeNull();
  });
});

describe('a block with shares typed as fractions', () => {
  const cell = (row: number, value?: string) => ({ row, metric: `m${row}`, dims: {}, patch: value === undefined ? { note: 'n' } : { value }, basedOn: '' });
  const rows = [
    { unit: '%', prior: 34.3 },
    { unit: '%', prior: 0.4 },
    { unit: 't', prior: 35 },
    { unit: '%', prior: 12 },
    { unit: '%', prior: 50 },
  ];
  it('names each cell that looks like one, as typed, with the percentage meant', () => {
    const cells = [cell(0, '0.343'), cell(1, '0.35'), cell(2, '0.35'), cell(3, '0.125 %'), cell(4), cell(4, '48')];
    expect(blockPercentHits(cells, (r) => rows[r])).toEqual([
      { cell: 0, typed: '0.343', meant: 34.3 },
      { cell: 3, typed: '0.125', meant: 12.5 },
    ]);
  });
  it('converts only those cells when the percentages are meant, and keeps their other fields', () => {
    const cells = [{ ...cell(0, '0.343'), patch: { value: '0.343', note: 'HR' } }, cell(3, '12')];
    const out = withPercentMeant(cells, blockPercentHits(cells, (r) => rows[r]));
    expect(out.map((c) => c.patch)).toEqual([{ value: '34.3', note: 'HR' }, { value: '12' }]);
  });
  it('asks the same of a typed value as of a pasted one', () => {
    expect(percentQuestion('%', '0.343', 34.3)).toEqual({ typed: '0.343', meant: 34.3 });
    expect(percentQuestion('%', '0,343', 34.3)).toBeNull();
    expect(percentQuestion('%', 'NA', 34.3)).toBeNull();
    expect(percentQuestion('%', '0.343 t', 34.3)).toBeNull();
  });
});
