// Reads a filled department workbook: checks it is ours, for this workspace and a year it
// has, with sheets, columns and rows where we put them; then validates every input cell.
// Problems name the file, sheet and cell; nothing is returned half-read.
import { basename } from 'node:path';
import type { DimensionDef, MetricDef } from '../../shared/catalogue.js';
import { dimsFromKey, type Dims } from '../../shared/dimensions.js';
import { parseNumber, type ImportProblem, type ParsedValue } from '../../shared/io/data-package.js';
import { splitValueAndUnit } from '../../shared/io/value-with-unit.js';
import { convertToCanonical } from '../../shared/units.js';
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

function parseIdentity(meta: SheetCells): WorkbookIdentity | string {
  let head: Partial<WorkbookIdentity>;
  try {
    head = JSON.parse(cellAt(meta, 1, 2).text) as Partial<WorkbookIdentity>;
  } catch {
    return 'its hidden identification is damaged';
  }
  if (head === null || typeof head !== 'object') return 'its hidden identification is damaged';
  if (head.kind !== WORKBOOK_KIND) return 'it is not a department workbook made by ESG Report Studio';
  if (head.version !== WORKBOOK_VERSION) return `it was made by a different version of the workbook layout (${String(head.version)})`;
  const rows: WorkbookIdentity['rows'] = [];
  for (const r of [...meta.keys()].sort((x, y) => x - y)) {
    if (r < 2) continue;
    const n = cellAt(meta, r, 1);
    if (n.kind !== 'number') continue;
    rows.push({ row: n.number as number, code: cellAt(meta, r, 2).text, dims: cellAt(meta, r, 3).text });
  }
  return { kind: head.kind, version: head.version, workspaceId: String(head.workspaceId), year: Number(head.year), department: String(head.department), rows };
}

type WorkbookResult = { values: ParsedValue[]; problems: ImportProblem[] };

const fileProblem = (file: string, message: string): WorkbookResult => ({ values: [], problems: [{ file, line: 0, location: 'workbook', message }] });

export async function parseDepartmentWorkbook(file: string, bytes: Uint8Array, ctx: WorkbookContext): Promise<WorkbookResult> {
  try {
    return readDepartmentWorkbook(file, bytes, ctx);
  } catch (e) {
    // A workbook that cannot be read (damaged, not a spreadsheet) is one problem of the file.
    if (e instanceof XlsxError) return fileProblem(file, e.message);
    throw e;
  }
}

function readDepartmentWorkbook(file: string, bytes: Uint8Array, ctx: WorkbookContext): WorkbookResult {
  const problems: ImportProblem[] = [];
  const book = openXlsx(bytes);
  const meta = book.sheet(SHEET_META);
  if (!meta) return fileProblem(file, 'it is not a department workbook made by ESG Report Studio (its hidden identification sheet is missing)');
  const id = parseIdentity(meta);
  if (typeof id === 'string') return fileProblem(file, id);
  if (id.workspaceId !== ctx.workspaceId) return fileProblem(file, `it was made for another workspace (id ${id.workspaceId}); make the workbooks from this workspace with the sheets command`);
  if (!ctx.years.includes(id.year)) return fileProblem(file, `it collects ${id.year}, a year this workspace does not have (it has ${ctx.years.join(', ')})`);

  const names = book.sheetNames;
  if (!names.includes(SHEET_DATA)) return fileProblem(file, `the sheet "${SHEET_DATA}" was renamed or removed (sheets found: ${names.join(', ')})`);
  if (names.join('|') !== SHEET_ORDER.join('|')) return fileProblem(file, `the sheets were renamed, added or reordered (expected ${SHEET_ORDER.join(', ')}; found ${names.join(', ')})`);
  const sheet: SheetCells = book.sheet(SHEET_DATA, readColumn) ?? new Map();
  // Columns where we put them: a moved column would put numbers under the wrong meaning.
  DATA_COLUMNS.forEach((c, i) => {
    const found = cellAt(sheet, HEADER_ROW, i + 1).text;
    const want = headerText(c.key, id.year);
    if (found !== want) problems.push({ file, line: HEADER_ROW, location: at(i + 1, HEADER_ROW), message: `this column should be headed "${want}" but reads "${found}": columns were moved or changed` });
  });
  if (problems.length) return { values: [], problems };

  const rowCtx: RowContext = {
    file,
    book,
    metrics: ctx.metrics,
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
  return problems.length ? { values: [], problems } : { values, problems };
}

interface RowContext {
  file: string;
  book: XlsxBook;
  metrics: ReadonlyMap<string, MetricDef>;
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

/** One row of the data sheet: its value, or nothing (empty row, or a problem recorded). */
function readDataRow(c: RowContext, r: number, row: ReadonlyMap<number, RawCell>, expected: WorkbookIdentity['rows'][number] | undefined): ParsedValue | undefined {
  const problem = (col: number, message: string, extra: Partial<ImportProblem> = {}) => {
    c.problems.push({ file: c.file, line: r, location: at(col, r), ...extra, message });
  };
  const code = readCell(row.get(COL.code)).text;
  const dimsText = readCell(row.get(COL.dims)).text;
  // Values typed outside the workbook's columns would be silently lost: refuse them.
  for (const [col, raw] of row) {
    if (col > DATA_COLUMNS.length && readCell(raw).kind !== 'empty') problem(col, 'a value outside the workbook\'s columns is not imported: type values only in the yellow cells');
  }
  if (!expected) {
    if (code || [COL.value, COL.na, COL.estimated].some((col) => readCell(row.get(col)).kind !== 'empty')) problem(COL.code, `row ${r} is not one of the workbook's rows: rows were inserted or moved`);
    return undefined;
  }
  if (code !== expected.code || dimsText !== expected.dims) {
    problem(COL.code, `row ${r} should hold ${expected.code}${expected.dims ? ` [${expected.dims}]` : ''} but holds ${code || 'nothing'}${dimsText ? ` [${dimsText}]` : ''}: rows were moved, sorted, inserted or deleted`);
    return undefined;
  }
  const metric = c.metrics.get(code);
  if (!metric || metric.kind === 'derived') {
    problem(COL.code, 'this workspace has no such entered metric', { metric: code });
    return undefined;
  }
  const cells = { value: readCell(row.get(COL.value)), na: readCell(row.get(COL.na)), note: readCell(row.get(COL.note)), estimated: readCell(row.get(COL.estimated)) };
  const { value, na, note, estimated: est } = cells;
  if (value.kind === 'empty' && na.kind === 'empty' && note.kind === 'empty' && est.kind === 'empty') return undefined; // nothing entered on this row
  const fail = (key: DataColumnKey, message: string, shown?: string) => problem(COL[key], message, { metric: code, ...(shown !== undefined ? { value: shown } : {}) });

  const formulas = FORMULA_COLUMNS.filter((key) => cells[key].kind === 'formula');
  for (const key of formulas) fail(key, 'holds a formula; formulas are not evaluated: type the value itself', cells[key].text);
  if (formulas.length) return undefined;
  const isNa = na.kind !== 'empty';
  if (isNa && !/^(na|n\/a)\b|不適用/i.test(na.text)) return void fail('na', 'choose "NA 不適用" or leave the cell empty', na.text);
  let estimated = false;
  if (est.kind !== 'empty') {
    if (/^(yes|y|true|是)\b|^yes 是$/i.test(est.text)) estimated = true;
    else if (!/^(no|n|false|否)$/i.test(est.text)) return void fail('estimated', 'choose "Yes 是" or leave the cell empty', est.text);
  }
  if (value.kind === 'empty' && !isNa) return undefined; // a note or flag without a value
  let dims = c.dims.get(expected.dims);
  if (!dims) c.dims.set(expected.dims, (dims = dimsFromKey(expected.dims)));
  // One literal with every field (not a spread of a base object): V8 gave each spread copy
  // a hidden class of its own, 19 MB for the 57,000 values of 40 workbooks.
  const input = (value: number | null, naReason: string | null, noteText: string | null, enteredValue: string, enteredUnit: string | null): ParsedValue['input'] => ({
    metric: code,
    year: c.year,
    dims,
    estimated,
    source: c.source,
    value,
    naReason,
    note: noteText,
    enteredValue,
    enteredUnit,
  });
  if (isNa) {
    if (value.kind !== 'empty') return void fail('value', 'has both a value and NA: keep one', value.text);
    if (note.kind === 'empty') return void fail('note', '"not applicable" needs its reason in this cell');
    return { file: c.file, line: r, location: at(COL.na, r), input: input(null, note.text, null, 'NA', null) };
  }
  let num: number | undefined;
  let unit = '';
  const rawValue = row.get(COL.value);
  const isDate = rawValue?.kind === 'date' || (value.kind === 'number' && /(^|[^\\"])[dmyh]/i.test(c.book.numFmt(rawValue?.style ?? 0).replace(/"[^"]*"/g, '')));
  if (value.kind === 'other' || isDate) return void fail('value', `holds a ${isDate ? 'date' : 'value that is not a number'}; expected a number in ${metric.unit}`, value.text);
  if (value.kind === 'number') num = value.number;
  else if (value.kind === 'text') {
    const split = splitValueAndUnit(value.text);
    num = split?.value ?? parseNumber(value.text);
    unit = split?.unit ?? '';
  }
  if (num === undefined || !Number.isFinite(num)) return void fail('value', `expected a number in ${metric.unit} (or a number with its unit, e.g. "12 ${metric.unit}")`, value.text);
  const conv = convertToCanonical(num, unit, metric.unit);
  if (!conv.ok) {
    return void fail('value', conv.reason === 'unknown_unit' ? `unit "${unit}" is not a unit we know; ${code} expects ${metric.unit}` : `unit "${unit}" cannot be converted to ${metric.unit}, the unit of ${code}`, value.text);
  }
  if (conv.value < 0) return void fail('value', 'must not be negative', value.text);
  if (metric.unit === '%' && conv.value > 100) return void fail('value', 'a percentage must lie between 0 and 100', value.text);
  return {
    file: c.file,
    line: r,
    location: at(COL.value, r),
    input: input(conv.value, null, note.kind === 'empty' ? null : note.text, value.text, unit || null),
  };
}
