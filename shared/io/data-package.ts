// Validation of data packages (CSV: metric,year,value,unit,dimensions,note), one row at a
// time, against the workspace's catalogue, dimensions and sites. Pure: the import service
// reads the files and writes the result.
import { dimsKey } from '../dimensions.js';
import type { Lang, ValueInput } from '../domain.js';
import { msg, renderMessage, type Message } from '../i18n/messages.js';
import type { CsvTable } from './csv.js';
import type { ImportedValue } from './merge-import.js';
import { readNumber, readYesNo, suggestCode, validateValue, type ValueContext } from './validate-value.js';

export const DATA_COLUMNS = ['metric', 'year', 'value', 'unit', 'dimensions', 'note'] as const;
/** Optional extras a package may carry; never required. */
export const DATA_EXTRA_COLUMNS = ['source', 'estimated', 'footnote_zh', 'footnote_en'] as const;

export type ImportContext = ValueContext;

export interface ImportProblem {
  file: string;
  line: number;
  /** For workbooks: the sheet and cell, e.g. '數據 Data'!H7; replaces the line in messages. */
  location?: string;
  metric?: string;
  value?: string;
  message: Message;
}

/** A value read from a file, with which of its fields the file gave (an empty cell gives none). */
export interface ParsedValue extends ImportedValue {
  file: string;
  line: number;
  /** For workbooks: sheet and cell. */
  location?: string;
  input: ValueInput;
}

/** `file:line: metric value "…": what was expected` (or `file [sheet!cell]: …`) in the given language. */
export function formatProblem(p: ImportProblem, lang: Lang = 'en', text: string = renderMessage(lang, p.message)): string {
  const what = [p.metric, p.value !== undefined ? (lang === 'en' ? `value "${p.value}"` : `數值「${p.value}」`) : undefined].filter(Boolean).join(' ');
  const where = p.location ? `${p.file} [${p.location}]` : p.line > 0 ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${what ? `${what}${lang === 'en' ? ': ' : '：'}` : ''}${text}`;
}

/** Reads "27,674", "-3.5", "1e3"; refuses anything else (such as "12 t" or "abc"). */
export const parseNumber = readNumber;
export { suggestCode };

export function checkHeader(file: string, header: string[], required: readonly string[], optional: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const missing = required.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !required.includes(c) && !optional.includes(c));
  const dup = header.filter((c, i) => header.indexOf(c) !== i);
  const expected = [...required, ...optional].join(',');
  if (missing.length) problems.push({ file, line: 1, message: msg('csv.header_missing', { columns: missing.join(', '), expected }) });
  if (unknown.length) problems.push({ file, line: 1, message: msg('csv.header_unknown', { columns: unknown.join(', '), expected }) });
  if (dup.length) problems.push({ file, line: 1, message: msg('csv.header_duplicate', { columns: [...new Set(dup)].join(', ') }) });
  return problems;
}

const CSV_OPTS = { numberForm: 'csv', reasonPlace: 'note_column' } as const;

export function parseDataPackage(file: string, table: CsvTable, ctx: ImportContext): { values: ParsedValue[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = checkHeader(file, table.header, ['metric', 'year', 'value'], [...DATA_COLUMNS.slice(3), ...DATA_EXTRA_COLUMNS]);
  for (const p of table.problems) problems.push({ file, line: p.line, message: p.message });
  if (problems.length) return { values: [], problems };
  const col = (name: string) => table.header.indexOf(name);
  const values: ParsedValue[] = [];
  if (table.records.length === 0) return { values, problems: [{ file, line: 2, message: msg('csv.no_rows', { kind: 'data' }) }] };

  for (const rec of table.records) {
    const cell = (name: string): string => {
      const i = col(name);
      return i < 0 ? '' : (rec.cells[i] ?? '').trim();
    };
    const code = cell('metric');
    const rawValue = cell('value');
    const fail = (message: Message) => problems.push({ file, line: rec.line, metric: code || undefined, value: rawValue, message });
    if (rec.cells.length !== table.header.length) {
      fail(msg('csv.field_count', { found: rec.cells.length, expected: table.header.length }));
      continue;
    }
    const note = cell('note');
    const factor = ctx.metrics.get(code)?.kind === 'factor';
    const r = validateValue(
      {
        metric: code,
        year: cell('year'),
        dims: cell('dimensions'),
        value: rawValue,
        unit: cell('unit'),
        // In a data package the note column carries the reason of NA, and a factor's source.
        naReason: note,
        note: factor ? null : note,
        source: cell('source') || (factor ? note : ''),
        footnoteZh: cell('footnote_zh'),
        footnoteEn: cell('footnote_en'),
        estimated: readYesNo(cell('estimated')) === true,
      },
      ctx,
      CSV_OPTS,
    );
    if (!r.ok) {
      fail(r.problem);
      continue;
    }
    const input = r.value;
    // NA carries its reason in the note column: not a note besides.
    if (input.value === null) input.note = null;
    // An empty cell gives nothing: the stored note, source, flag and unit stay (merge-import.ts).
    const given = { note: input.note !== null, source: input.source !== null, estimated: cell('estimated') !== '', unit: cell('unit') !== '', footnoteZh: input.footnoteZh !== null, footnoteEn: input.footnoteEn !== null };
    values.push({ file, line: rec.line, input, given });
  }

  return { values, problems };
}

/**
 * Rows naming the same metric, year and dimensions more than once (within and across files):
 * a repeat of the same value (a report restating last year's breakdown, the same row in two
 * files) is taken once, the first row standing; a different value is refused, naming both.
 * The same value means the same figure in the canonical unit ('000 kWh and MWh alike), or
 * "not applicable" with the same reason.
 */
export function takeRepeatsOnce(values: readonly ParsedValue[]): { values: ParsedValue[]; problems: ImportProblem[] } {
  const first = new Map<string, ParsedValue>();
  const kept: ParsedValue[] = [];
  const problems: ImportProblem[] = [];
  for (const v of values) {
    const key = `${v.input.metric}|${v.input.year}|${dimsKey(v.input.dims)}`;
    const prior = first.get(key);
    if (!prior) {
      first.set(key, v);
      kept.push(v);
    } else if (prior.input.value !== v.input.value || prior.input.naReason !== v.input.naReason) {
      problems.push({
        file: v.file,
        line: v.line,
        ...(v.location ? { location: v.location } : {}),
        metric: v.input.metric,
        value: v.input.enteredValue ?? '',
        message: msg('import.repeat_differs', {
          year: v.input.year,
          dims: dimsKey(v.input.dims),
          file: prior.file === v.file ? null : prior.file,
          line: prior.line,
          first: { value: prior.input.value, naReason: prior.input.naReason },
          again: { value: v.input.value, naReason: v.input.naReason },
        }),
      });
    }
  }
  return { values: kept, problems };
}
