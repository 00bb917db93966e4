// The one value validator: every refusal, as a code, and said in both languages.
import { describe, expect, it } from 'vitest';
import type { DimensionDef, MetricDef } from '../../shared/catalogue.js';
import { MESSAGE_CODES, msg, renderMessage, type Message } from '../../shared/i18n/messages.js';
import { checkTargetValue } from '../../shared/io/targets-file.js';
import { checkYear, isNaChoice, isNaWord, readNumber, readYesNo, validateValue, type ValueCandidate, type ValueContext } from '../../shared/io/validate-value.js';
import { YEAR_MAX, YEAR_MIN } from '../../shared/years.js';

const metric = (code: string, unit: string, extra: Partial<MetricDef> = {}): MetricDef =>
  ({ code, nameZh: code, nameEn: code, unit, kind: 'entered', owner: 'facilities', dimensions: [], hkex: [], sasb: [], decimals: 2, ...extra }) as unknown as MetricDef;

const metrics = new Map<string, MetricDef>([
  ['water.fresh', metric('water.fresh', 't')],
  ['energy.electricity', metric('energy.electricity', 'MWh')],
  ['workforce.fulltime', metric('workforce.fulltime', 'persons', { dimensions: ['gender'] })],
  ['energy.renewable_share_dc', metric('energy.renewable_share_dc', '%')],
  ['energy.total', metric('energy.total', 'MWh', { kind: 'derived', formula: 'energy.direct + energy.indirect' })],
]);
const dimensions = [{ key: 'gender', nameZh: '性別', nameEn: 'Gender', open: false, values: [{ code: 'male' }, { code: 'female' }] }] as unknown as DimensionDef[];
const ctx: ValueContext = { metrics, dimensions, sites: new Set(['SH-01']) };
const OPTS = { numberForm: 'csv', reasonPlace: 'note_column' } as const;

const candidate = (over: Partial<ValueCandidate>): ValueCandidate => ({ metric: 'water.fresh', year: '2024', dims: '', value: '5', unit: '', ...over });
const problemOf = (over: Partial<ValueCandidate>): Message => {
  const r = validateValue(candidate(over), ctx, OPTS);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(over)}`);
  return r.problem;
};
const both = (m: Message) => [renderMessage('en', m), renderMessage('zh-Hant', m)];

describe('validateValue', () => {
  it('accepts a value, converting its unit, and NA with its reason', () => {
    const r = validateValue(candidate({ value: '2.5', unit: '萬噸', note: 'metered' }), ctx, OPTS);
    expect(r).toMatchObject({ ok: true, value: { metric: 'water.fresh', year: 2024, value: 25000, enteredUnit: '萬噸', note: 'metered' } });
    expect(validateValue(candidate({ value: '不適用', naReason: 'no water used' }), ctx, OPTS)).toMatchObject({ ok: true, value: { value: null, naReason: 'no water used' } });
  });

  it.each<[string, Partial<ValueCandidate>, Message['code'], string, string]>([
    ['an empty metric', { metric: '' }, 'value.metric_empty', 'metric is empty', '指標代碼為空'],
    ['a mistyped metric', { metric: 'water.frseh' }, 'value.metric_unknown', 'unknown metric (did you mean water.fresh?)', '未知指標（是否指 water.fresh？）'],
    ['a derived metric', { metric: 'energy.total' }, 'value.metric_derived', 'energy.total is derived (energy.direct + energy.indirect); give its inputs instead', 'energy.total 是計算得出的指標'],
    ['a two-digit year', { year: '24' }, 'value.year_format', 'year "24" is not a four-digit year', '年份「24」不是四位數年份'],
    ['a year out of range', { year: '1850' }, 'value.year_range', `year 1850 is outside ${YEAR_MIN}–${YEAR_MAX}`, `年份 1850 不在 ${YEAR_MIN}–${YEAR_MAX} 之間`],
    ['a malformed dimension', { metric: 'workforce.fulltime', dims: 'gender' }, 'dims.malformed', '"gender" is not key=value', '「gender」不是 key=value 格式'],
    ['a dimension of another metric', { dims: 'gender=male' }, 'dims.not_applicable', 'dimension "gender" does not apply to water.fresh (it takes: site)', '維度「gender」不適用於 water.fresh'],
    ['an unknown dimension value', { metric: 'workforce.fulltime', dims: 'gender=other' }, 'dims.unknown_value', '"other" is not a value of gender (expected one of: male, female)', '「other」不是 gender 的值'],
    ['an unknown site', { dims: 'site=XX' }, 'dims.unknown_site', 'unknown site "XX" (sites: SH-01)', '未知據點「XX」'],
    ['text', { value: 'lots' }, 'value.not_a_number', 'expected a number (or NA with a reason in note)', '應為數字'],
    ['a number too large', { value: '1e309' }, 'value.not_finite', 'is too large to hold: not a finite number', '數字過大'],
    ['an unknown unit', { unit: 'bananas' }, 'value.unit_unknown', 'unit "bananas" is not a unit we know; water.fresh expects t', '無法識別單位「bananas」'],
    ['a unit of another quantity', { unit: 'MWh' }, 'value.unit_incompatible', 'unit "MWh" cannot be converted to t, the unit of water.fresh', '單位「MWh」無法換算為 water.fresh 的單位噸'],
    ['a conversion too large', { value: '1e308', unit: '萬噸' }, 'value.conversion_overflow', 'converted from 萬噸 to t it is too large to hold', '由 萬噸 換算為 t 後數字過大'],
    ['a conversion to 0', { value: '5e-324', unit: 'g' }, 'value.conversion_underflow', 'converted from g to t it is too small to hold (it would read 0)', '會變成 0'],
    ['a negative number', { value: '-1' }, 'value.negative', 'must not be negative', '不可為負數'],
    ['a percentage above 100', { metric: 'energy.renewable_share_dc', value: '101' }, 'value.percent_range', 'a percentage must lie between 0 and 100', '百分比須介於 0 至 100'],
    ['NA without a reason', { value: 'n/a' }, 'value.na_needs_reason', '"not applicable" needs its reason in the note column', '「不適用」須寫明原因（填於 note 欄）'],
  ])('refuses %s', (_name, over, code, en, zh) => {
    const p = problemOf(over);
    expect(p.code).toBe(code);
    const [saidEn, saidZh] = both(p);
    expect(saidEn).toBe(en);
    expect(saidZh).toContain(zh);
  });

  it('says every dimension problem of a row at once', () => {
    const p = problemOf({ metric: 'workforce.fulltime', dims: 'gender=other;site=XX' });
    expect(renderMessage('en', p)).toBe('"other" is not a value of gender (expected one of: male, female); unknown site "XX" (sites: SH-01)');
  });

  it('takes a number a spreadsheet cell held, and refuses one that is not finite', () => {
    expect(validateValue(candidate({ value: 12.5 }), ctx, OPTS)).toMatchObject({ ok: true, value: { value: 12.5 } });
    expect(problemOf({ value: Infinity }).code).toBe('value.not_finite');
  });
});

describe('the pieces every medium shares', () => {
  it('reads full-width digits, signs and separators like ASCII ones', () => {
    expect(readNumber('１２，３４５.５')).toBe(12345.5);
    expect(readNumber('－３')).toBe(-3);
    expect(checkYear('２０２４')).toEqual({ ok: true, value: 2024 });
  });

  it('has one list of "not applicable" words, in any case or width', () => {
    for (const w of ['NA', 'n/a', 'Ｎ/Ａ', '不適用', '不适用']) expect(isNaWord(w), w).toBe(true);
    for (const w of ['', 'nan', 'none', '0']) expect(isNaWord(w), w).toBe(false);
  });

  it('reads the workbook choice cells with the same words', () => {
    for (const w of ['NA 不適用', 'NA', 'n/a', '不適用']) expect(isNaChoice(w), w).toBe(true);
    expect(isNaChoice('maybe')).toBe(false);
    expect(['Yes 是', 'yes', 'Y', '是', 'true', '1'].map(readYesNo)).toEqual([true, true, true, true, true, true]);
    expect(['No', '否', 'false', '0'].map(readYesNo)).toEqual([false, false, false, false]);
    expect(readYesNo('perhaps')).toBeUndefined();
  });

  it('refuses a negative absolute target and a share of a metric that is not a percentage', () => {
    const t = metrics.get('water.fresh');
    expect(checkTargetValue('absolute', -5, t).map((m) => m.code)).toEqual(['target.negative']);
    expect(checkTargetValue('share_pct', 50, t).map((m) => m.code)).toEqual(['target.share_not_percent']);
    expect(checkTargetValue('share_pct', 50, metrics.get('energy.renewable_share_dc'))).toEqual([]);
    expect(checkTargetValue('absolute', 0, t)).toEqual([]);
    expect(checkTargetValue('reduction_pct', 0, t).map((m) => m.code)).toEqual(['target.reduction_range']);
  });
});

describe('the message table', () => {
  const sample: Record<string, unknown> = {
    items: [msg('value.negative')], item: msg('value.negative'), old: { value: 1, naReason: null }, new: { value: null, naReason: 'closed' },
  };
  const paramsFor = () =>
    new Proxy({}, { get: (_t, k: string) => (k in sample ? sample[k] : k === 'form' ? 'csv' : k === 'kind' ? 'data' : k === 'place' ? 'reason' : `«${k}»`) });

  // The findings of `check` are rendered with real parameters in test/unit/check-messages.test.ts.
  it.each(MESSAGE_CODES.filter((c) => !c.startsWith('check.')))('renders %s in English and in Traditional Chinese', (code) => {
    const m = { code, params: paramsFor() } as unknown as Message;
    const en = renderMessage('en', m);
    const zh = renderMessage('zh-Hant', m);
    expect(en).toMatch(/\S/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toBe(en);
  });
});
