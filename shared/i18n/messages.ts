// Messages a user reads, as codes with parameters, rendered into zh-Hant or en at the edge
// (CLI, UI, documents). Services and validators return `Message`s; only the edge calls
// `renderMessage`. Each code's parameters are typed, and each language's table must render
// every code (the type checker enforces both). Later work puts check findings and API errors
// here too: a new message is a new entry in `MessageParams` and one renderer per language.
import type { Lang } from '../domain.js';
import { translate, type StringKey } from './strings.js';
import { unitLabel } from '../unit-labels.js';

/** A reference to a number as entered or stored: a figure, or "not applicable" with its reason. */
export interface ValueRef {
  value: number | null;
  naReason: string | null;
}

export interface MessageParams {
  /** Several problems of one row, said together. */
  'many': { items: Message[] };
  /** A problem of one field of a row (targets files: "baseline_year: …"). */
  'field': { field: string; item: Message };

  'import.cannot_read': { detail: string };
  'import.too_large': { mb: number };
  'import.not_utf8': Record<string, never>;
  'import.unknown_kind': Record<string, never>;
  'import.duplicate_target': { code: string; file: string; line: number };
  'import.would_overwrite': { year: number; dims: string; old: ValueRef; new: ValueRef };
  'import.would_change_target': { code: string };
  'import.sum_overflow': { metric: string; year: number; dims: string; rows: string };
  'import.derived_overflow': { metric: string; year: number; dims: string };

  'csv.header_missing': { columns: string; expected: string };
  'csv.header_unknown': { columns: string; expected: string };
  'csv.header_duplicate': { columns: string };
  'csv.malformed': { detail: string };
  'csv.no_rows': { kind: 'data' | 'targets' };
  'csv.field_count': { found: number; expected: number };

  'value.metric_empty': Record<string, never>;
  'value.metric_unknown': { metric: string | null; suggestion: string | null };
  'value.metric_derived': { metric: string; formula: string };
  'value.year_format': { text: string };
  'value.year_range': { year: number; min: number; max: number };
  'value.not_a_number': { form: 'csv' | 'cell'; unit: string; empty: boolean };
  'value.not_finite': Record<string, never>;
  'value.unit_unknown': { unit: string; metric: string; expected: string };
  'value.unit_needs_dimension': { metric: string; key: string };
  'value.unit_incompatible': { unit: string; metric: string; expected: string };
  'value.conversion_overflow': { unit: string; expected: string };
  'value.conversion_underflow': { unit: string; expected: string };
  'value.negative': Record<string, never>;
  'value.percent_range': Record<string, never>;
  'value.na_needs_reason': { place: 'note_column' | 'this_cell' | 'reason' };
  'value.no_row': { metric: string; dims: string; year: number };
  'value.stale': { metric: string; year: number };
  'value.sum_overflow': { metric: string; year: number; dims: string };
  /** A count (persons, cases, items) given with a fraction. */
  'value.not_whole': { unit: string; value: number };
  /** One row given twice in one batch of the grid (a paste or fill). */
  'value.repeated_cell': { metric: string; year: number };
  /** A yes/no cell (estimated) holding something else. */
  'value.yes_no': { text: string };

  'dims.malformed': { part: string };
  'dims.repeated': { key: string };
  'dims.unknown_site': { site: string; sites: string };
  'dims.site_retired': { site: string; year: number; retired: number };
  'dims.not_applicable': { key: string; metric: string; allowed: string };
  'dims.unknown_value': { value: string; key: string; expected: string };

  'target.code_format': { code: string };
  'target.years_order': { baselineYear: number; targetYear: number };
  'target.type_unknown': { type: string; types: string };
  'target.value_not_number': { text: string };
  'target.reduction_range': Record<string, never>;
  'target.share_range': Record<string, never>;
  'target.share_not_percent': { metric: string; unit: string };
  'target.negative': { metric: string };

  'workbook.unreadable': { detail: string };
  'workbook.not_ours': { metaMissing: boolean };
  'workbook.identity_damaged': Record<string, never>;
  'workbook.version': { version: string };
  'workbook.other_workspace': { id: string };
  'workbook.year_missing': { year: number; years: string };
  'workbook.department_unknown': { department: string; departments: string };
  'workbook.identity_row_foreign': { row: number; metric: string; department: string };
  'workbook.identity_row_repeated': { row: number };
  'workbook.sheet_missing': { sheet: string; found: string };
  'workbook.sheets_changed': { expected: string; found: string };
  'workbook.header_changed': { want: string; found: string };
  'workbook.outside_columns': Record<string, never>;
  'workbook.extra_row': { row: number };
  'workbook.row_moved': { row: number; expected: string; found: string };
  'workbook.metric_unknown': Record<string, never>;
  'workbook.formula': Record<string, never>;
  'workbook.na_choice': Record<string, never>;
  'workbook.estimated_choice': Record<string, never>;
  'workbook.value_and_na': Record<string, never>;
  'workbook.not_a_value': { date: boolean; unit: string };

  // Data as other companies' reports print it (issue 18).
  /** The same metric, year and dimensions given again with another value (an identical repeat is taken once). */
  'import.repeat_differs': { year: number; dims: string; file: string | null; line: number; first: ValueRef; again: ValueRef };

  // Findings of `check` (shared/checks*, main/services/check-service.ts).
  'check.missing_input': { metric: string; dims: string; year: number; missing: { code: string; dims: string; reason: 'absent' | 'not_applicable' | 'zero_denominator' | string }[] };
  'check.factor_no_source': { metric: string; year: number };
  'check.breakdown_sum': { metric: string; key: string; sum: number; total: number; year: number };
  'check.entered_vs_computed': { metric: string; dims: string; year: number; entered: number; computed: number; unit: string };
  'check.site_sum': { metric: string; dims: string; sites: string[]; sum: number; total: number; year: number };
  'check.empty_section': { item: string; sections: string[] };
  'check.hkex_kpi': { item: string; titleEn: string; titleZh: string; year: number; sections: string[]; candidates: string[] };
  'check.carried_block': { sectionEn: string; sectionZh: string; blockId: string; fromYear: number };
  'check.stale_year': { section: string; lang: Lang; prev: number; text: string };
  'check.static_number': { section: string; lang: Lang; typed: string; valueYear: number; metric: string };
  'check.factor_carried': { metric: string; dims: string; year: number; fromYear: number };
  'check.narrative_number': { section: string; lang: Lang; typed: string; label: string; year: number; data: string };
  'check.narrative_unverifiable': { section: string; lang: Lang; typed: string; label: string; missingYear: number };
  'check.narrative_change': { section: string; lang: Lang; typed: string; label: string; year: number; data: string; cur: string; prev: string };
  'check.yoy': { metric: string; change: string; prevYear: number; prev: number; year: number; value: number };
  'check.restatement': { metric: string; dims: string; year: number; was: number | null; exportYear: number; kind: string; exportLang: Lang; exportedAt: string; now: number | null };
  /** Completeness by basis: worded by the shared/i18n/strings-code.ts key it names; the item's title and relief's name in each language. */
  /** A value's or factor's reader footnote written in one report language only. */
  'check.footnote_language': { metric: string; dims: string; year: number; has: Lang; lacks: Lang };
  /** Half-width punctuation typed between Chinese characters in a Chinese narrative block. */
  'check.halfwidth_punctuation': { section: string; blockId: string; count: number; examples: string[] };
  'check.basis': { key: string; params: Record<string, string | number>; title?: Record<Lang, string>; relief?: Record<Lang, string> };
  'check.none': { year: number };
  /** A finding worded by a strings key (shared/i18n/strings-front.ts), with its parameters per language. */
  'check.keyed': { key: string; params: Record<Lang, Record<string, string | number>> };
}

export type MessageCode = keyof MessageParams;
export type Message = { [K in MessageCode]: { code: K; params: MessageParams[K] } }[MessageCode];

type Table = { [K in MessageCode]: (p: MessageParams[K], lang: Lang) => string };

/** Builds a message; `msg('value.negative')` for codes without parameters. */
export function msg<K extends MessageCode>(code: K, ...params: MessageParams[K] extends Record<string, never> ? [] : [MessageParams[K]]): Message {
  return { code, params: (params[0] ?? {}) } as Message;
}

const inBrackets = (dims: string) => (dims ? ` [${dims}]` : '');
const enRef = (v: ValueRef) => (v.value === null ? `NA (${v.naReason ?? ''})` : String(v.value));
const zhRef = (v: ValueRef) => (v.value === null ? `不適用（${v.naReason ?? ''}）` : String(v.value));

/** A catalogue unit inside a Chinese sentence: its label (人, 個, 噸), spaced from the Chinese around it only when it is Latin (MWh); `atEnd` when nothing follows it. */
const zhUnit = (unit: string, atEnd = false) => {
  const label = unitLabel(unit, 'zh-Hant');
  return /^\p{Script=Han}/u.test(label) ? label : atEnd ? ` ${label}` : ` ${label} `;
};
const zhLang = (l: Lang) => (l === 'en' ? '英文' : '中文');
const basisParams = (p: MessageParams['check.basis'], lang: Lang) => ({
  ...p.params,
  ...(p.title ? { title: p.title[lang] || p.title.en } : {}),
  ...(p.relief ? { relief: p.relief[lang] || p.relief.en } : {}),
});

const en: Table = {
  'many': (p) => p.items.map((m) => renderMessage('en', m)).join('; '),
  'field': (p) => `${p.field}: ${renderMessage('en', p.item)}`,

  'import.cannot_read': (p) => `cannot read the file: ${p.detail}`,
  'import.too_large': (p) => `the file is larger than ${p.mb} MB`,
  'import.not_utf8': () => 'this line is not valid UTF-8 text: save the file as "CSV UTF-8"',
  'import.unknown_kind': () =>
    'not a data package (header metric,year,value,unit,dimensions,note) nor a targets file (header code,metric,baseline_year,target_year,type,target_value,title_zh,title_en)',
  'import.duplicate_target': (p) => `target ${p.code} is already given at ${p.file}:${p.line}`,
  'import.would_overwrite': (p) => `would overwrite ${p.year}${p.dims ? ` ${p.dims}` : ''} = ${enRef(p.old)} with ${enRef(p.new)}`,
  'import.would_change_target': (p) => `would change target ${p.code}`,
  'import.derived_overflow': (p) => `with this figure, ${p.metric} ${p.year}${inBrackets(p.dims)} would compute to a number too large to hold: check the figures and their units`,
  'import.sum_overflow': (p) => `the sum over sites of ${p.metric} ${p.year}${inBrackets(p.dims)} is too large to hold (rows ${p.rows}): check the figures and their units`,

  'csv.header_missing': (p) => `header lacks column(s) ${p.columns}; expected ${p.expected}`,
  'csv.header_unknown': (p) => `unknown column(s) ${p.columns}; expected ${p.expected}`,
  'csv.header_duplicate': (p) => `column(s) ${p.columns} appear twice`,
  'csv.malformed': (p) => `CSV: ${p.detail}`,
  'csv.no_rows': (p) => (p.kind === 'data' ? 'the file has a header but no data rows' : 'the file has a header but no targets'),
  'csv.field_count': (p) => `has ${p.found} fields; the header has ${p.expected}`,

  'value.metric_empty': () => 'metric is empty',
  'value.metric_unknown': (p) => `unknown metric${p.metric ? ` "${p.metric}"` : ''}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : '; the metric catalogue lists the codes'}`,
  'value.metric_derived': (p) => `${p.metric} is derived (${p.formula}); give its inputs instead`,
  'value.year_format': (p) => `year "${p.text}" is not a four-digit year`,
  'value.year_range': (p) => `year ${p.year} is outside ${p.min}–${p.max}`,
  'value.not_a_number': (p) =>
    p.form === 'csv'
      ? `expected a number (or NA with a reason in note)${p.empty ? '; the value is empty' : ''}`
      : `expected a number in ${p.unit} (or a number with its unit, e.g. "12 ${p.unit}")`,
  'value.not_finite': () => 'is too large to hold: not a finite number',
  'value.unit_unknown': (p) => `unit "${p.unit}" is not a unit we know; ${p.metric} expects ${p.expected}`,
  'value.unit_needs_dimension': (p) => `${p.metric} is kept in the unit of its ${p.key}: say which (dimension ${p.key}=…)`,
  'value.unit_incompatible': (p) => `unit "${p.unit}" cannot be converted to ${p.expected}, the unit of ${p.metric}`,
  'value.conversion_overflow': (p) => `converted from ${p.unit} to ${p.expected} it is too large to hold`,
  'value.conversion_underflow': (p) => `converted from ${p.unit} to ${p.expected} it is too small to hold (it would read 0)`,
  'value.negative': () => 'must not be negative',
  'value.percent_range': () => 'a percentage must lie between 0 and 100',
  'value.na_needs_reason': (p) => `"not applicable" needs its reason${p.place === 'note_column' ? ' in the note column' : p.place === 'this_cell' ? ' in this cell' : ''}`,
  'value.no_row': (p) => `${p.metric} has no row ${p.dims || '(total)'} in ${p.year}`,
  'value.stale': (p) => `${p.metric} (${p.year}) was changed by someone else — reload`,
  'value.sum_overflow': (p) => `with the other sites, the total of ${p.metric} ${p.year}${inBrackets(p.dims)} would be too large to hold`,
  'value.not_whole': (p) => `a count in ${p.unit} is a whole number: ${p.value} has a fraction`,
  'value.repeated_cell': (p) => `${p.metric} (${p.year}) is given twice in one paste`,
  'value.yes_no': (p) => `"${p.text}" is not yes or no`,

  'dims.malformed': (p) => `"${p.part}" is not key=value`,
  'dims.repeated': (p) => `dimension "${p.key}" given twice`,
  'dims.unknown_site': (p) => `unknown site "${p.site}" (sites: ${p.sites || 'none defined'})`,
  'dims.site_retired': (p) => `site "${p.site}" left the reporting boundary after ${p.retired}: values for ${p.year} are refused (its history to ${p.retired} stays)`,
  'dims.not_applicable': (p) => `dimension "${p.key}" does not apply to ${p.metric} (it takes: ${p.allowed})`,
  'dims.unknown_value': (p) => `"${p.value}" is not a value of ${p.key} (expected one of: ${p.expected})`,

  'target.code_format': (p) => `target code "${p.code}" must be letters, digits, dots, dashes or underscores`,
  'target.years_order': (p) => `target_year ${p.targetYear} must come after baseline_year ${p.baselineYear}`,
  'target.type_unknown': (p) => `type "${p.type}" must be one of ${p.types}`,
  'target.value_not_number': (p) => `target_value "${p.text}" is not a number`,
  'target.reduction_range': () => 'a reduction_pct target_value is a percentage above 0 and at most 100 (8 means −8%)',
  'target.share_range': () => 'a share_pct target_value lies between 0 and 100',
  'target.share_not_percent': (p) => `a share_pct target needs a metric in %; ${p.metric} is in ${p.unit} (use absolute or reduction_pct)`,
  'target.negative': (p) => `an absolute target_value must not be negative: ${p.metric} cannot be negative`,

  'workbook.unreadable': (p) => p.detail,
  'workbook.not_ours': (p) => `it is not a department workbook made by ESG Report Studio${p.metaMissing ? ' (its hidden identification sheet is missing)' : ''}`,
  'workbook.identity_damaged': () => 'its hidden identification is damaged',
  'workbook.version': (p) => `it was made by a different version of the workbook layout (${p.version})`,
  'workbook.other_workspace': (p) => `it was made for another workspace (id ${p.id}); make the workbooks from this workspace`,
  'workbook.year_missing': (p) => `it collects ${p.year}, a year this workspace does not have (it has ${p.years})`,
  'workbook.department_unknown': (p) => `its hidden identification names department "${p.department}", which this workspace does not have (it has ${p.departments})`,
  'workbook.identity_row_foreign': (p) => `its hidden identification was changed: row ${p.row} holds ${p.metric}, which department ${p.department} does not collect`,
  'workbook.identity_row_repeated': (p) => `its hidden identification was changed: row ${p.row} is listed twice`,
  'workbook.sheet_missing': (p) => `the sheet "${p.sheet}" was renamed or removed (sheets found: ${p.found})`,
  'workbook.sheets_changed': (p) => `the sheets were renamed, added or reordered (expected ${p.expected}; found ${p.found})`,
  'workbook.header_changed': (p) => `this column should be headed "${p.want}" but reads "${p.found}": columns were moved or changed`,
  'workbook.outside_columns': () => "a value outside the workbook's columns is not imported: type values only in the yellow cells",
  'workbook.extra_row': (p) => `row ${p.row} is not one of the workbook's rows: rows were inserted or moved`,
  'workbook.row_moved': (p) => `row ${p.row} should hold ${p.expected} but holds ${p.found}: rows were moved, sorted, inserted or deleted`,
  'workbook.metric_unknown': () => 'this workspace has no such entered metric',
  'workbook.formula': () => 'holds a formula; formulas are not evaluated: type the value itself',
  'workbook.na_choice': () => 'choose "NA 不適用" or leave the cell empty',
  'workbook.estimated_choice': () => 'choose "Yes 是" or leave the cell empty',
  'workbook.value_and_na': () => 'has both a value and NA: keep one',
  'workbook.not_a_value': (p) => `holds a ${p.date ? 'date' : 'value that is not a number'}; expected a number in ${p.unit}`,

  // Data as other companies' reports print it (issue 18).
  'import.repeat_differs': (p) =>
    `${p.year}${p.dims ? `, ${p.dims}` : ''} is already given at ${p.file ? `${p.file}:${p.line}` : `line ${p.line}`} as ${enRef(p.first)}, here as ${enRef(p.again)}: give one value (an identical repeat is taken once)`,

  'check.missing_input': (p) =>
    `${p.metric}${inBrackets(p.dims)} cannot be computed for ${p.year}: missing ${p.missing
      .map((m) => `${m.code}${inBrackets(m.dims)}${m.reason === 'not_applicable' ? ' (marked not applicable)' : m.reason === 'not_disclosed' ? ' (marked not disclosed)' : m.reason === 'zero_denominator' ? ' (is zero)' : ''}`)
      .join(', ')}`,
  'check.factor_no_source': (p) => `${p.metric} for ${p.year} has no source; say which publication it comes from`,
  'check.breakdown_sum': (p) => `${p.metric} by ${p.key} adds up to ${p.sum}, but the total entered for ${p.year} is ${p.total}`,
  'check.entered_vs_computed': (p) =>
    `${p.metric}${inBrackets(p.dims)} for ${p.year} is entered as published at ${p.entered} ${p.unit}, but its inputs give ${p.computed} ${p.unit}; the report prints the computed figure`,
  'check.site_sum': (p) =>
    `${p.metric}${inBrackets(p.dims)}: the ${p.sites.length} site row${p.sites.length === 1 ? '' : 's'} (${p.sites.join(', ')}) add up to ${p.sum}, but the total entered for ${p.year} is ${p.total}`,
  'check.empty_section': (p) => `HKEX ${p.item} is mapped to section ${p.sections.join(', ')}, which has no content yet`,
  'check.hkex_kpi': (p) =>
    `HKEX ${p.item} (${p.titleEn}) is neither disclosed nor explained for ${p.year}: ` +
    (p.sections.length ? `its section ${p.sections.join(', ')} is empty and ` : '') +
    (p.candidates.length ? `no value of ${p.candidates.join(', ')}; ` : 'no metric or section is mapped to it; ') +
    'map it to the section that discloses it, enter its data, or mark it not applicable with the reason',
  'check.footnote_language': (p) => `The footnote of ${p.metric}${inBrackets(p.dims)} for ${p.year} is written in ${p.has === 'en' ? 'English' : 'Chinese'} only: the ${p.lacks === 'en' ? 'English' : 'Chinese'} report prints the figure without it`,
  'check.halfwidth_punctuation': (p) => `"${p.section}" (${p.blockId}) has ${p.count} half-width punctuation mark(s) next to Chinese characters in its Chinese text, e.g. ${p.examples.map((e) => `"${e}"`).join(', ')}: convert them to full-width in the editor`,
  'check.carried_block': (p) => `A block of "${p.sectionEn}" (${p.blockId}) was carried forward from ${p.fromYear} and is not reviewed yet: edit or confirm it`,
  'check.stale_year': (p) => `"${p.section}" (${p.lang}) names ${p.prev} as if it were the report year: "${p.text}"`,
  'check.static_number': (p) => `"${p.section}" (${p.lang}) types ${p.typed}, the ${p.valueYear} value of ${p.metric}, beside a live reference to it: use the live reference so the text follows the data`,
  'check.factor_carried': (p) => `${p.metric}${inBrackets(p.dims)} for ${p.year} was carried forward from ${p.fromYear}: confirm it or enter the ${p.year} factor`,
  'check.narrative_number': (p) => `"${p.section}" (${p.lang}) states ${p.typed} for ${p.label} in ${p.year}, but the data give ${p.data}; correct the text or replace it with a live reference`,
  'check.narrative_unverifiable': (p) => `"${p.section}" (${p.lang}) states a change of ${p.typed} for ${p.label}, but ${p.missingYear} has no value to verify it against`,
  'check.narrative_change': (p) =>
    `"${p.section}" (${p.lang}) states ${p.typed} for ${p.label} (${p.year} against ${p.year - 1}), but the data give ${p.data} (${p.cur} against ${p.prev}); correct the text or replace it with a live reference`,
  'check.yoy': (p) => `${p.metric} changed by ${p.change} from ${p.prevYear} (${p.prev}) to ${p.year} (${p.value}) with no note; add a note saying why (e.g. a boundary change)`,
  'check.restatement': (p) =>
    `${p.metric}${inBrackets(p.dims)} for ${p.year} was ${p.was ?? 'absent'} in the ${p.exportYear} ${p.kind} (${p.exportLang}) exported ${p.exportedAt} and is now ${p.now ?? 'absent'}: footnote the restatement`,
  'check.basis': (p) => translate('en', p.key as StringKey, basisParams(p, 'en')),
  'check.keyed': (p) => translate('en', p.key as StringKey, p.params.en),
  'check.none': (p) => `No findings for ${p.year}.`,
};

const zh: Table = {
  'many': (p) => p.items.map((m) => renderMessage('zh-Hant', m)).join('；'),
  'field': (p) => `${p.field}：${renderMessage('zh-Hant', p.item)}`,

  'import.cannot_read': (p) => `無法讀取檔案：${p.detail}`,
  'import.too_large': (p) => `檔案大於 ${p.mb} MB`,
  'import.not_utf8': () => '此行不是有效的 UTF-8 文字：請將檔案另存為「CSV UTF-8」',
  'import.unknown_kind': () =>
    '既不是數據包（標題列 metric,year,value,unit,dimensions,note），也不是目標檔（標題列 code,metric,baseline_year,target_year,type,target_value,title_zh,title_en）',
  'import.duplicate_target': (p) => `目標 ${p.code} 已在 ${p.file} 第 ${p.line} 行給出`,
  'import.would_overwrite': (p) => `將以 ${zhRef(p.new)} 覆寫 ${p.year}${p.dims ? ` ${p.dims}` : ''} 的現有數值 ${zhRef(p.old)}`,
  'import.would_change_target': (p) => `將更改目標 ${p.code}`,
  'import.derived_overflow': (p) => `以此數字計算，${p.metric} ${p.year}${inBrackets(p.dims)} 的結果將過大，無法保存：請檢查數字及其單位`,
  'import.sum_overflow': (p) => `${p.metric} ${p.year}${inBrackets(p.dims)} 各據點之和過大，無法保存（見 ${p.rows}）：請檢查數字及其單位`,

  'csv.header_missing': (p) => `標題列缺少欄位 ${p.columns}；應為 ${p.expected}`,
  'csv.header_unknown': (p) => `未知欄位 ${p.columns}；應為 ${p.expected}`,
  'csv.header_duplicate': (p) => `欄位 ${p.columns} 出現兩次`,
  'csv.malformed': (p) => `CSV 格式錯誤：${p.detail}`,
  'csv.no_rows': (p) => (p.kind === 'data' ? '檔案只有標題列，沒有數據列' : '檔案只有標題列，沒有目標'),
  'csv.field_count': (p) => `有 ${p.found} 個欄位；標題列有 ${p.expected} 個`,

  'value.metric_empty': () => '指標代碼為空',
  'value.metric_unknown': (p) => `未知指標${p.metric ? `「${p.metric}」` : ''}${p.suggestion ? `（是否指 ${p.suggestion}？）` : '；指標目錄列出所有代碼'}`,
  'value.metric_derived': (p) => `${p.metric} 是計算得出的指標（${p.formula}）；請改為提供其輸入數據`,
  'value.year_format': (p) => `年份「${p.text}」不是四位數年份`,
  'value.year_range': (p) => `年份 ${p.year} 不在 ${p.min}–${p.max} 之間`,
  'value.not_a_number': (p) =>
    p.form === 'csv'
      ? `應為數字（或 NA，並在 note 欄寫明原因）${p.empty ? '；數值為空' : ''}`
      : `應為以${zhUnit(p.unit)}計的數字（或數字連單位，例如「12 ${p.unit}」）`,
  'value.not_finite': () => '數字過大，無法保存（不是有限數）',
  'value.unit_unknown': (p) => `無法識別單位「${p.unit}」；${p.metric} 的單位是${zhUnit(p.expected, true)}`,
  'value.unit_needs_dimension': (p) => `${p.metric} 以其 ${p.key} 的單位記錄：請註明是哪一種（維度 ${p.key}=…）`,
  'value.unit_incompatible': (p) => `單位「${p.unit}」無法換算為 ${p.metric} 的單位${zhUnit(p.expected, true)}`,
  'value.conversion_overflow': (p) => `由 ${p.unit} 換算為 ${p.expected} 後數字過大，無法保存`,
  'value.conversion_underflow': (p) => `由 ${p.unit} 換算為 ${p.expected} 後數字過小，無法保存（會變成 0）`,
  'value.negative': () => '不可為負數',
  'value.percent_range': () => '百分比須介於 0 至 100',
  'value.na_needs_reason': (p) => `「不適用」須寫明原因${p.place === 'note_column' ? '（填於 note 欄）' : p.place === 'this_cell' ? '（填於此儲存格）' : ''}`,
  'value.no_row': (p) => `${p.metric} 在 ${p.year} 年沒有 ${p.dims || '（合計）'} 這一行`,
  'value.stale': (p) => `${p.metric}（${p.year} 年）已被其他人更改，請重新載入`,
  'value.sum_overflow': (p) => `連同其他據點，${p.metric} ${p.year}${inBrackets(p.dims)} 的合計將過大，無法保存`,
  'value.not_whole': (p) => `以${zhUnit(p.unit)}計的數目須為整數：${p.value} 含小數`,
  'value.repeated_cell': (p) => `${p.metric}（${p.year} 年）在同一次貼上中出現兩次`,
  'value.yes_no': (p) => `「${p.text}」不是「是」或「否」`,

  'dims.malformed': (p) => `「${p.part}」不是 key=value 格式`,
  'dims.repeated': (p) => `維度「${p.key}」重複給出`,
  'dims.unknown_site': (p) => `未知據點「${p.site}」（據點：${p.sites || '未設定'}）`,
  'dims.site_retired': (p) => `據點「${p.site}」已於 ${p.retired} 年後退出報告範圍：不接受 ${p.year} 年的數值（${p.retired} 年及以前的記錄保留）`,
  'dims.not_applicable': (p) => `維度「${p.key}」不適用於 ${p.metric}（可用：${p.allowed}）`,
  'dims.unknown_value': (p) => `「${p.value}」不是 ${p.key} 的值（應為以下之一：${p.expected}）`,

  'target.code_format': (p) => `目標代碼「${p.code}」只可包含字母、數字、點、連字號或底線`,
  'target.years_order': (p) => `目標年份 ${p.targetYear} 須在基準年 ${p.baselineYear} 之後`,
  'target.type_unknown': (p) => `類型「${p.type}」須為以下之一：${p.types}`,
  'target.value_not_number': (p) => `target_value「${p.text}」不是數字`,
  'target.reduction_range': () => 'reduction_pct 的 target_value 是大於 0、最多 100 的百分比（8 表示減少 8%）',
  'target.share_range': () => 'share_pct 的 target_value 須介於 0 至 100',
  'target.share_not_percent': (p) => `share_pct 目標須用以 % 計的指標；${p.metric} 的單位是 ${p.unit}（請用 absolute 或 reduction_pct）`,
  'target.negative': (p) => `absolute 目標的 target_value 不可為負數：${p.metric} 不可能為負`,

  'workbook.unreadable': (p) => `無法讀取活頁簿：${p.detail}`,
  'workbook.not_ours': (p) => `這不是 ESG Report Studio 製作的部門活頁簿${p.metaMissing ? '（缺少隱藏的識別工作表）' : ''}`,
  'workbook.identity_damaged': () => '活頁簿的隱藏識別資料已損壞',
  'workbook.version': (p) => `此活頁簿由另一版本的版面製作（${p.version}）`,
  'workbook.other_workspace': (p) => `此活頁簿為另一工作區製作（id ${p.id}）；請從本工作區製作活頁簿`,
  'workbook.year_missing': (p) => `此活頁簿收集 ${p.year} 年數據，但本工作區沒有該年份（現有 ${p.years}）`,
  'workbook.department_unknown': (p) => `隱藏識別資料所載部門「${p.department}」不在本工作區（現有 ${p.departments}）`,
  'workbook.identity_row_foreign': (p) => `隱藏識別資料已被更改：第 ${p.row} 行是 ${p.metric}，不屬於部門 ${p.department} 收集的指標`,
  'workbook.identity_row_repeated': (p) => `隱藏識別資料已被更改：第 ${p.row} 行列出兩次`,
  'workbook.sheet_missing': (p) => `工作表「${p.sheet}」已被改名或刪除（現有工作表：${p.found}）`,
  'workbook.sheets_changed': (p) => `工作表已被改名、增加或重新排序（應為 ${p.expected}；現為 ${p.found}）`,
  'workbook.header_changed': (p) => `此欄標題應為「${p.want}」，但現為「${p.found}」：欄位已被移動或更改`,
  'workbook.outside_columns': () => '活頁簿欄位以外的數值不會匯入：請只在黃色儲存格填寫',
  'workbook.extra_row': (p) => `第 ${p.row} 行不是活頁簿原有的行：有行被插入或移動`,
  'workbook.row_moved': (p) => `第 ${p.row} 行應為 ${p.expected}，但現為 ${p.found}：有行被移動、排序、插入或刪除`,
  'workbook.metric_unknown': () => '本工作區沒有此輸入指標',
  'workbook.formula': () => '儲存格含公式；公式不會被計算：請直接填寫數值',
  'workbook.na_choice': () => '請選擇「NA 不適用」或留空',
  'workbook.estimated_choice': () => '請選擇「Yes 是」或留空',
  'workbook.value_and_na': () => '同時有數值和 NA：請只保留一個',
  'workbook.not_a_value': (p) => `儲存格${p.date ? '是日期' : '的內容不是數字'}；應為以${zhUnit(p.unit)}計的數字`,

  // Data as other companies' reports print it (issue 18).
  'import.repeat_differs': (p) =>
    `${p.year}${p.dims ? `（${p.dims}）` : ''}已在${p.file ? ` ${p.file} ` : ''}第 ${p.line} 行給出為 ${zhRef(p.first)}，此處為 ${zhRef(p.again)}：請只給一個數值（完全相同的重複只取一次）`,

  'check.missing_input': (p) =>
    `${p.metric}${inBrackets(p.dims)} 無法計算${p.year}年度數值：缺少 ${p.missing
      .map((m) => `${m.code}${inBrackets(m.dims)}${m.reason === 'not_applicable' ? '（已標示為不適用）' : m.reason === 'not_disclosed' ? '（已標示為未披露）' : m.reason === 'zero_denominator' ? '（為零）' : ''}`)
      .join('、')}`,
  'check.factor_no_source': (p) => `${p.metric} 的${p.year}年度數值未註明來源；請說明出自哪份刊物`,
  'check.breakdown_sum': (p) => `${p.metric} 按 ${p.key} 分項合計為 ${p.sum}，但${p.year}年度輸入的總數為 ${p.total}`,
  'check.entered_vs_computed': (p) =>
    `${p.metric}${inBrackets(p.dims)} 的${p.year}年度已公佈數字為 ${p.entered} ${p.unit}，但按其計算數據得出 ${p.computed} ${p.unit}；報告採用計算所得數字`,
  'check.site_sum': (p) => `${p.metric}${inBrackets(p.dims)}：${p.sites.length} 個地點（${p.sites.join('、')}）的數值合計為 ${p.sum}，但${p.year}年度輸入的總數為 ${p.total}`,
  'check.empty_section': (p) => `HKEX ${p.item} 已對應至章節 ${p.sections.join('、')}，但該章節尚無內容`,
  'check.hkex_kpi': (p) =>
    `HKEX ${p.item}（${p.titleZh || p.titleEn}）於${p.year}年度既未披露亦未解釋：` +
    (p.sections.length ? `其章節 ${p.sections.join('、')} 為空，且` : '') +
    (p.candidates.length ? `${p.candidates.join('、')} 均無數值；` : '沒有對應的指標或章節；') +
    '請將其對應至披露該項目的章節、輸入數據，或標示為不適用並說明原因',
  'check.footnote_language': (p) => `${p.metric}${inBrackets(p.dims)} ${p.year}年度的註腳只有${zhLang(p.has)}：${zhLang(p.lacks)}報告列出該數字時沒有註腳`,
  'check.halfwidth_punctuation': (p) => `「${p.section}」（${p.blockId}）的中文內容在中文字旁有 ${p.count} 個半形標點，例如${p.examples.map((e) => `「${e}」`).join('、')}：請在編輯器中轉為全形`,
  'check.carried_block': (p) => `「${p.sectionZh || p.sectionEn}」的一個內容塊（${p.blockId}）由${p.fromYear}年度沿用而來，尚未審閱：請編輯或確認`,
  'check.stale_year': (p) => `「${p.section}」（${zhLang(p.lang)}）把 ${p.prev} 寫成報告年度：「${p.text}」`,
  'check.static_number': (p) => `「${p.section}」（${zhLang(p.lang)}）直接輸入了 ${p.typed}，即 ${p.metric} 的${p.valueYear}年度數值，旁邊已有其即時引用：請改用即時引用，使文字跟隨數據`,
  'check.factor_carried': (p) => `${p.metric}${inBrackets(p.dims)} 的${p.year}年度係數由${p.fromYear}年度沿用：請確認，或輸入${p.year}年度的係數`,
  'check.narrative_number': (p) => `「${p.section}」（${zhLang(p.lang)}）寫 ${p.label} 於${p.year}年度為 ${p.typed}，但數據為 ${p.data}；請更正文字或改用即時引用`,
  'check.narrative_unverifiable': (p) => `「${p.section}」（${zhLang(p.lang)}）寫 ${p.label} 變動 ${p.typed}，但${p.missingYear}年度沒有數值可供核對`,
  'check.narrative_change': (p) =>
    `「${p.section}」（${zhLang(p.lang)}）寫 ${p.label} 變動 ${p.typed}（${p.year}年度相對${p.year - 1}年度），但數據為 ${p.data}（${p.cur} 相對 ${p.prev}）；請更正文字或改用即時引用`,
  'check.yoy': (p) => `${p.metric} 由${p.prevYear}年度（${p.prev}）至${p.year}年度（${p.value}）變動 ${p.change}，但沒有附註；請加附註說明原因（例如邊界變更）`,
  'check.restatement': (p) =>
    `${p.metric}${inBrackets(p.dims)} 的${p.year}年度數值在 ${p.exportedAt} 匯出的 ${p.exportYear} ${p.kind}（${p.exportLang}）中為 ${p.was ?? '無'}，現為 ${p.now ?? '無'}：請以附註說明重列`,
  'check.basis': (p) => translate('zh-Hant', p.key as StringKey, basisParams(p, 'zh-Hant')),
  'check.keyed': (p) => translate('zh-Hant', p.key as StringKey, p.params['zh-Hant']),
  'check.none': (p) => `${p.year}年度沒有檢查結果。`,
};

const TABLES: Record<Lang, Table> = { en, 'zh-Hant': zh };

export function renderMessage(lang: Lang, m: Message): string {
  const render = TABLES[lang][m.code] as (p: unknown, lang: Lang) => string;
  return render(m.params, lang);
}

/** The codes both tables render (for tests: every code has both languages). */
export const MESSAGE_CODES = Object.keys(en) as MessageCode[];
