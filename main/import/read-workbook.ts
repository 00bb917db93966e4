// Reads a filled department workbook: checks it is ours, for this workspace and a year it
// has, with sheets, columns and rows where we put them; then validates every input cell.
// Problems name the file, sheet and cell; nothing is returned half-read.
import { basename } from 'node:path';
import type { DimensionDef, MetricDef } from '../../shared/catalogue.js';
import { dimsFromKey, type Dims } from '../../shared/dimensions.js';
import { msg, type Message } from '../../shared/i18n/messages.js';
import type { ImportProblem, ParsedValue } from '../../shared/io/data-package.js';
import { checkDims, isNaChoice, readYesNo, validateValue, type ProblemField, type ValueContext } from '../../shared/io/validate-value.js';
import { splitValueAndUnit } from '../../shared/io/value-with-unit.js';
import {
  columnIndex, columnLetter, DATA_COLUMNS, FIRST_DATA_ROW, HEADER_ROW, headerText, SHEET_DATA, SHEET_META, SHEET_ORDER,
  WORKBOOK_KIND, WORKBOOK_VERSION, type DataColumnKey, type WorkbookIdentity,
} from '../export/xlsx/collect/layout.js';
import { openXlsx, XlsxError, type RawCell, type SheetCells, type XlsxBook } from './xlsx-reader.js';

export interface WorkbookContext {
  workspaceId: string;
  years: readonly number[];
  metrics: ReadonlyMap<string, MetricDef>;
  dimensions: readonly DimensionDef[];
  sites: ReadonlySet<string>;
  /** The owner departments the workspace makes workbooks for. */
  departments: readonly string[];
}

type Cell = { text: string; kind: 'empty' | 'number' | 'text' | 'formula' | 'other'; number?: number; formula?: string };

const EMPTY: Cell = { text: '', kind: 'empty' };

/** What a cell holds, without evaluating anything (formulas are reported, not computed). */
function readCell(v: RawCell | undefined): Cell {
  if (v === undefined) return EMPTY;
  switch (v.kind) {
    case 'number':
      return { text: v.text, kind: 'number', number: v.number as number };
    case 'string': {
      const t = v.text.trim();
      return t === '' ? EMPTY : { text: t, kind: 'text' };
    }
    case 'formula':
      return { text: `=${v.text}`, kind: 'formula', formula: v.text };
    default:
      return { text: v.text, kind: 'other' };
  }
}

const cellAt = (sheet: SheetCells, row: number, col: number) => readCell(sheet.get(row)?.get(col));

function parseIdentity(meta: SheetCells): WorkbookIdentity | Message {
  let head: Partial<WorkbookIdentity>;
  try {
    head = JSON.parse(cellAt(meta, 1, 2).text) as Partial<WorkbookIdentity>;
  } catch {
    return msg('workbook.identity_damaged');
  }
  if (head === null || typeof head !== 'object') return msg('workbook.identity_damaged');
  if (head.kind !== WORKBOOK_KIND) return msg('workbook.not_ours', { metaMissing: false });
  if (head.version !== WORKBOOK_VERSION) return msg('workbook.version', { version: String(head.version) });
  const rows: WorkbookIdentity['rows'] = [];
  for (const r of [...meta.keys()].sort((x, y) => x - y)) {
    if (r < 2) continue;
    const n = cellAt(meta, r, 1);
    if (n.kind !== 'number') continue;
    rows.push({ row: n.number as number, code: cellAt(meta, r, 2).text, dims: cellAt(meta, r, 3).text });
  }
  return { kind: head.kind, version: head.version, workspaceId: String(head.workspaceId), year: Number(head.year), department: String(head.department), rows };
}

/** `department` and `year`: whose workbook of which year it is, once its identity is read. */
type WorkbookResult = { values: ParsedValue[]; problems: ImportProblem[]; department?: string; year?: number };

const fileProblem = (file: string, message: Message): WorkbookResult => ({ values: [], problems: [{ file, line: 0, location: 'workbook', message }] });

export async function parseDepartmentWorkbook(file: string, bytes: Uint8Array, ctx: WorkbookContext): Promise<WorkbookResult> {
  try {
    return readDepartmentWorkbook(file, bytes, ctx);
  } catch (e) {
    // A workbook that cannot be read (damaged, not a spreadsheet) is one problem of the file.
    if (e instanceof XlsxError) return fileProblem(file, msg('workbook.unreadable', { detail: e.message }));
    throw e;
  }
}

function readDepartmentWorkbook(file: string, bytes: Uint8Array, ctx: WorkbookContext): WorkbookResult {
  const problems: ImportProblem[] = [];
  const book = openXlsx(bytes);
  const meta = book.sheet(SHEET_META);
  if (!meta) return fileProblem(file, msg('workbook.not_ours', { metaMissing: true }));
  const id = parseIdentity(meta);
  if (!('rows' in id)) return fileProblem(file, id);
  const foreign = checkIdentity(id, ctx);
  if (foreign) return fileProblem(file, foreign);

  const names = book.sheetNames;
  if (!names.includes(SHEET_DATA)) return fileProblem(file, msg('workbook.sheet_missing', { sheet: SHEET_DATA, found: names.join(', ') }));
  if (names.join('|') !== SHEET_ORDER.join('|')) return fileProblem(file, msg('workbook.sheets_changed', { expected: SHEET_ORDER.join(', '), found: names.join(', ') }));
  const sheet: SheetCells = book.sheet(SHEET_DATA, readColumn) ?? new Map();
  // Columns where we put them: a moved column would put numbers under the wrong meaning.
  DATA_COLUMNS.forEach((c, i) => {
    const found = cellAt(sheet, HEADER_ROW, i + 1).text;
    const want = headerText(c.key, id.year);
    if (found !== want) problems.push({ file, line: HEADER_ROW, location: at(i + 1, HEADER_ROW), message: msg('workbook.header_changed', { want, found }) });
  });
  if (problems.length) return { values: [], problems };

  const rowCtx: RowContext = {
    file,
    book,
    values: { metrics: ctx.metrics, dimensions: ctx.dimensions, sites: ctx.sites },
    year: id.year,
    source: `${basename(file)} (${id.department})`,
    problems,
    dims: new Map(),
  };
  const values: ParsedValue[] = [];
  const known = new Map(id.rows.map((r) => [r.row, r]));
  // Only rows that exist or should: a cell typed at row 1,048,576 must not cost a million
  // iterations.
  const present = new Set<number>(id.rows.map((r) => r.row));
  for (const [n, cells] of sheet) if (n >= FIRST_DATA_ROW && cells.size > 0) present.add(n);
  for (const r of [...present].sort((a, b) => a - b)) {
    const v = readDataRow(rowCtx, r, sheet.get(r) ?? new Map<number, RawCell>(), known.get(r));
    if (v) values.push(v);
  }
  // A workbook is all or nothing too: any problem, no values.
  return problems.length ? { values: [], problems } : { values, problems, department: id.department, year: id.year };
}

interface RowContext {
  file: string;
  book: XlsxBook;
  values: ValueContext;
  year: number;
  source: string;
  problems: ImportProblem[];
  /** Parsed dimension texts: a workbook repeats a few dozen of them on thousands of rows. */
  dims: Map<string, Dims>;
}

const COL = Object.fromEntries(DATA_COLUMNS.map((c) => [c.key, columnIndex(c.key)])) as Record<DataColumnKey, number>;
const at = (col: number, row: number) => `'${SHEET_DATA}'!${columnLetter(col)}${row}`;
const FORMULA_COLUMNS = ['value', 'na', 'note', 'estimated'] as const;
/** What the import reads: the headers, and of the data rows the identification, the inputs and anything right of the last column. */
const READ_COLUMNS = new Set([COL.code, COL.dims, COL.value, COL.na, COL.note, COL.estimated]);
const readColumn = (col: number, row: number) => row <= HEADER_ROW || READ_COLUMNS.has(col) || col > DATA_COLUMNS.length;

/**
 * The hidden identity must be one this workspace would write: its workspace, one of its
 * years, one of its departments, and rows that department collects (each listed once, with
 * dimensions the metric takes). A workbook whose hidden department was changed lists rows of
 * another department's metrics, and is refused here rather than imported under a false name.
 */
function checkIdentity(id: WorkbookIdentity, ctx: WorkbookContext): Message | undefined {
  if (id.workspaceId !== ctx.workspaceId) return msg('workbook.other_workspace', { id: id.workspaceId });
  if (!ctx.years.includes(id.year)) return msg('workbook.year_missing', { year: id.year, years: ctx.years.join(', ') });
  if (!ctx.departments.includes(id.department)) return msg('workbook.department_unknown', { department: id.department, departments: ctx.departments.join(', ') });
  const seenRows = new Set<number>();
  const seenValues = new Set<string>();
  for (const r of id.rows) {
    const key = `${r.code}|${r.dims}`;
    if (seenRows.has(r.row) || seenValues.has(key) || !Number.isInteger(r.row) || r.row < FIRST_DATA_ROW) return msg('workbook.identity_row_repeated', { row: r.row });
    seenRows.add(r.row);
    seenValues.add(key);
    const def = ctx.metrics.get(r.code);
    if (!def || def.kind === 'derived' || def.owner !== id.department) return msg('workbook.identity_row_foreign', { row: r.row, metric: r.code, department: id.department });
    if (!checkDims(r.dims, def, ctx).ok) return msg('workbook.identity_row_foreign', { row: r.row, metric: `${r.code} [${r.dims}]`, department: id.department });
  }
  return undefined;
}

const CELL_OPTS = { numberForm: 'cell', reasonPlace: 'this_cell' } as const;
const FIELD_COLUMN: Record<ProblemField, DataColumnKey> = { metric: 'code', year: 'code', dims: 'code', value: 'value', reason: 'note' };

/** One row of the data sheet: its value, or nothing (empty row, or a problem recorded). */
function readDataRow(c: RowContext, r: number, row: ReadonlyMap<number, RawCell>, expected: WorkbookIdentity['rows'][number] | undefined): ParsedValue | undefined {
  const problem = (col: number, message: Message, extra: Partial<ImportProblem> = {}) => {
    c.problems.push({ file: c.file, line: r, location: at(col, r), ...extra, message });
  };
  const code = readCell(row.get(COL.code)).text;
  const dimsText = readCell(row.get(COL.dims)).text;
  // Values typed outside the workbook's columns would be silently lost: refuse them.
  for (const [col, raw] of row) {
    if (col > DATA_COLUMNS.length && readCell(raw).kind !== 'empty') problem(col, msg('workbook.outside_columns'));
  }
  if (!expected) {
    if (code || [COL.value, COL.na, COL.estimated].some((col) => readCell(row.get(col)).kind !== 'empty')) problem(COL.code, msg('workbook.extra_row', { row: r }));
    return undefined;
  }
  if (code !== expected.code || dimsText !== expected.dims) {
    const expectedText = `${expected.code}${expected.dims ? ` [${expected.dims}]` : ''}`;
    problem(COL.code, msg('workbook.row_moved', { row: r, expected: expectedText, found: `${code || 'nothing'}${dimsText ? ` [${dimsText}]` : ''}` }));
    return undefined;
  }
  const metric = c.values.metrics.get(code);
  if (!metric || metric.kind === 'derived') {
    problem(COL.code, msg('workbook.metric_unknown'), { metric: code });
    return undefined;
  }
  const cells = { value: readCell(row.get(COL.value)), na: readCell(row.get(COL.na)), note: readCell(row.get(COL.note)), estimated: readCell(row.get(COL.estimated)) };
  const { value, na, note, estimated: est } = cells;
  if (value.kind === 'empty' && na.kind === 'empty' && note.kind === 'empty' && est.kind === 'empty') return undefined; // nothing entered on this row
  const fail = (key: DataColumnKey, message: Message, shown?: string) => problem(COL[key], message, { metric: code, ...(shown !== undefined ? { value: shown } : {}) });

  const formulas = FORMULA_COLUMNS.filter((key) => cells[key].kind === 'formula');
  for (const key of formulas) fail(key, msg('workbook.formula'), cells[key].text);
  if (formulas.length) return undefined;
  const isNa = na.kind !== 'empty';
  // The list offers "NA 不適用"; a typed NA word (any width) means the same.
  if (isNa && !isNaChoice(na.text)) return void fail('na', msg('workbook.na_choice'), na.text);
  let estimated = false;
  if (est.kind !== 'empty') {
    const yes = readYesNo(est.text);
    if (yes === undefined) return void fail('estimated', msg('workbook.estimated_choice'), est.text);
    estimated = yes;
  }
  if (value.kind === 'empty' && !isNa) return undefined; // a note or flag without a value
  if (isNa && value.kind !== 'empty') return void fail('value', msg('workbook.value_and_na'), value.text);
  let typed: string | number = 'NA';
  let unit = '';
  if (!isNa) {
    const rawValue = row.get(COL.value);
    const isDate = rawValue?.kind === 'date' || (value.kind === 'number' && /(^|[^\\"])[dmyh]/i.test(c.book.numFmt(rawValue?.style ?? 0).replace(/"[^"]*"/g, '')));
    if (value.kind === 'other' || isDate) return void fail('value', msg('workbook.not_a_value', { date: isDate, unit: metric.unit }), value.text);
    if (value.kind === 'number') typed = value.number as number;
    else {
      // A number typed with its unit ("22.63 萬噸"), or text the validator reads or refuses.
      const split = splitValueAndUnit(value.text);
      typed = split ? split.value : value.text;
      unit = split?.unit ?? '';
    }
  }
  let dims = c.dims.get(expected.dims);
  if (!dims) c.dims.set(expected.dims, (dims = dimsFromKey(expected.dims)));
  const v = validateValue(
    {
      metric: code,
      year: c.year,
      dims,
      value: typed,
      unit,
      na: isNa,
      naReason: isNa ? note.text : null,
      note: isNa ? null : note.text,
      source: c.source,
      estimated,
      enteredValue: isNa ? 'NA' : value.text,
    },
    c.values,
    CELL_OPTS,
  );
  if (!v.ok) return void fail(FIELD_COLUMN[v.field], v.problem, v.field === 'reason' ? undefined : value.text);
  // Empty note, flag or unit cells give nothing; the workbook is the source only of what it brings.
  const given = { note: v.value.note !== null, source: false, estimated: est.kind !== 'empty', unit: unit !== '' };
  return { file: c.file, line: r, location: at(isNa ? COL.na : COL.value, r), input: v.value, given, fallbackSource: c.source };
}
