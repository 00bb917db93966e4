// Validation of data packages (CSV: metric,year,value,unit,dimensions,note), one row at a
// time, against the workspace's catalogue, dimensions and sites. Pure: the import service
// reads the files and writes the result.
import type { DimensionDef, MetricDef } from '../catalogue.js';
import { dimsKey, parseDimsText, SITE_KEY } from '../dimensions.js';
import type { ValueInput } from '../domain.js';
import { convertToCanonical } from '../units.js';
import type { CsvTable } from './csv.js';

export const DATA_COLUMNS = ['metric', 'year', 'value', 'unit', 'dimensions', 'note'] as const;
/** Optional extras a package may carry; never required. */
export const DATA_EXTRA_COLUMNS = ['source', 'estimated'] as const;
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

export interface ImportContext {
  metrics: ReadonlyMap<string, MetricDef>;
  dimensions: readonly DimensionDef[];
  sites: ReadonlySet<string>;
  /** Retired sites → their last year in the boundary: later values are refused. */
  retiredSites?: ReadonlyMap<string, number>;
}

export interface ImportProblem {
  file: string;
  line: number;
  /** For workbooks: the sheet and cell, e.g. '數據 Data'!H7; replaces the line in messages. */
  location?: string;
  metric?: string;
  value?: string;
  message: string;
}

export interface ParsedValue {
  file: string;
  line: number;
  /** For workbooks: sheet and cell. */
  location?: string;
  input: ValueInput;
}

export function formatProblem(p: ImportProblem): string {
  const what = [p.metric, p.value !== undefined ? `value "${p.value}"` : undefined].filter(Boolean).join(' ');
  const where = p.location ? `${p.file} [${p.location}]` : `${p.file}:${p.line}`;
  return `${where}: ${what ? `${what}: ` : ''}${p.message}`;
}

const NA_TOKENS = new Set(['na', 'n/a', '不適用', '不适用']);

/** Reads "27,674", "-3.5", "1e3"; refuses anything else (such as "12 t" or "abc"). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  const plain = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  const grouped = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
  const n = plain.test(t) ? Number(t) : grouped.test(t) ? Number(t.replace(/,/g, '')) : undefined;
  // 1e309 reads as Infinity: not a figure anyone reports.
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** Closest catalogue code, to suggest when a code is mistyped. */
export function suggestCode(code: string, codes: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of codes) {
    const d = editDistance(code, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(code.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number;
      prev[j] = Math.min((prev[j] as number) + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] as number;
}

export function checkHeader(file: string, header: string[], required: readonly string[], optional: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const missing = required.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !required.includes(c) && !optional.includes(c));
  const dup = header.filter((c, i) => header.indexOf(c) !== i);
  const expected = [...required, ...optional].join(',');
  if (missing.length) problems.push({ file, line: 1, message: `header lacks column(s) ${missing.join(', ')}; expected ${expected}` });
  if (unknown.length) problems.push({ file, line: 1, message: `unknown column(s) ${unknown.join(', ')}; expected ${expected}` });
  if (dup.length) problems.push({ file, line: 1, message: `column(s) ${[...new Set(dup)].join(', ')} appear twice` });
  return problems;
}

export function parseYear(text: string): number | string {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return `year "${text}" is not a four-digit year`;
  const y = Number(t);
  if (y < YEAR_MIN || y > YEAR_MAX) return `year ${y} is outside ${YEAR_MIN}–${YEAR_MAX}`;
  return y;
}

export function parseDataPackage(file: string, table: CsvTable, ctx: ImportContext): { values: ParsedValue[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = checkHeader(file, table.header, ['metric', 'year', 'value'], [...DATA_COLUMNS.slice(3), ...DATA_EXTRA_COLUMNS]);
  for (const p of table.problems) problems.push({ file, line: p.line, message: `CSV: ${p.message}` });
  if (problems.length) return { values: [], problems };
  const col = (name: string) => table.header.indexOf(name);
  const values: ParsedValue[] = [];
  const dimsByKey = new Map(ctx.dimensions.map((d) => [d.key, d]));
  if (table.records.length === 0) return { values, problems: [{ file, line: 2, message: 'the file has a header but no data rows' }] };

  for (const rec of table.records) {
    const cell = (name: string): string => {
      const i = col(name);
      return i < 0 ? '' : (rec.cells[i] ?? '').trim();
    };
    const code = cell('metric');
    const rawValue = cell('value');
    const fail = (message: string) => problems.push({ file, line: rec.line, metric: code || undefined, value: rawValue, message });
    if (rec.cells.length !== table.header.length) {
      fail(`has ${rec.cells.length} fields; the header has ${table.header.length}`);
      continue;
    }
    if (code === '') {
      fail('metric is empty');
      continue;
    }
    const def = ctx.metrics.get(code);
    if (!def) {
      const hint = suggestCode(code, ctx.metrics.keys());
      fail(`unknown metric${hint ? ` (did you mean ${hint}?)` : '; `npm run cli -- metrics` lists the codes'}`);
      continue;
    }
    if (def.kind === 'derived') {
      fail(`${code} is derived (${def.formula}); import its inputs instead`);
      continue;
    }
    const year = parseYear(cell('year'));
    if (typeof year === 'string') {
      fail(year);
      continue;
    }
    const note = cell('note');
    const unitText = cell('unit');

    // Dimensions: known keys for this metric, known values (sites from the workspace).
    const parsedDims = parseDimsText(cell('dimensions'));
    const dimErrors = [...parsedDims.errors];
    for (const [key, v] of Object.entries(parsedDims.dims)) {
      if (key === SITE_KEY) {
        if (!ctx.sites.has(v)) dimErrors.push(`unknown site "${v}" (sites: ${[...ctx.sites].join(', ') || 'none defined'})`);
        const retired = ctx.retiredSites?.get(v);
        if (retired !== undefined && year > retired) dimErrors.push(`site "${v}" left the reporting boundary after ${retired}: values for ${year} are refused (its history to ${retired} stays)`);
        continue;
      }
      if (!def.dimensions.includes(key)) {
        dimErrors.push(`dimension "${key}" does not apply to ${code} (it takes: ${[...def.dimensions, SITE_KEY].join(', ')})`);
        continue;
      }
      const dd = dimsByKey.get(key);
      if (dd && !dd.open && !dd.values.some((x) => x.code === v)) {
        dimErrors.push(`"${v}" is not a value of ${key} (expected one of: ${dd.values.map((x) => x.code).join(', ')})`);
      }
    }
    if (dimErrors.length) {
      fail(dimErrors.join('; '));
      continue;
    }

    const estimated = /^(1|true|yes|y|estimated)$/i.test(cell('estimated'));
    // Every field in one literal (a spread of a shared base gave each value its own hidden class).
    const input = (value: number | null, naReason: string | null, noteText: string | null, source: string | null): ParsedValue['input'] => ({
      metric: code,
      year,
      dims: parsedDims.dims,
      enteredValue: rawValue,
      enteredUnit: unitText || null,
      estimated,
      value,
      naReason,
      note: noteText,
      source,
    });
    if (NA_TOKENS.has(rawValue.toLowerCase())) {
      if (note === '') {
        fail('"not applicable" needs its reason in the note column');
        continue;
      }
      values.push({ file, line: rec.line, input: input(null, note, null, cell('source') || null) });
      continue;
    }
    const num = parseNumber(rawValue);
    if (num === undefined) {
      fail(`expected a number (or NA with a reason in note)${rawValue === '' ? '; the value is empty' : ''}`);
      continue;
    }
    const conv = convertToCanonical(num, unitText, def.unit);
    if (!conv.ok) {
      fail(
        conv.reason === 'unknown_unit'
          ? `unit "${unitText}" is not a unit we know; ${code} expects ${def.unit}`
          : `unit "${unitText}" cannot be converted to ${def.unit}, the unit of ${code}`,
      );
      continue;
    }
    if (conv.value < 0) {
      fail(`must not be negative`);
      continue;
    }
    if (def.unit === '%' && conv.value > 100) {
      fail(`a percentage must lie between 0 and 100`);
      continue;
    }
    // A factor's note is its source (the publication the factor comes from).
    const source = cell('source') || (def.kind === 'factor' ? note : '') || null;
    values.push({
      file,
      line: rec.line,
      input: input(conv.value, null, def.kind === 'factor' ? null : note || null, source),
    });
  }

  return { values, problems };
}

/** Rows naming the same metric, year and dimensions twice (within and across files). */
export function findDuplicates(values: readonly ParsedValue[]): ImportProblem[] {
  const first = new Map<string, ParsedValue>();
  const problems: ImportProblem[] = [];
  for (const v of values) {
    const key = `${v.input.metric}|${v.input.year}|${dimsKey(v.input.dims)}`;
    const prior = first.get(key);
    if (prior) {
      const where = prior.file === v.file ? `line ${prior.line}` : `${prior.file}:${prior.line}`;
      problems.push({
        file: v.file,
        line: v.line,
        metric: v.input.metric,
        value: v.input.enteredValue ?? '',
        message: `the same value (${v.input.year}${dimsKey(v.input.dims) ? `, ${dimsKey(v.input.dims)}` : ''}) is already given at ${where}`,
      });
    } else first.set(key, v);
  }
  return problems;
}
