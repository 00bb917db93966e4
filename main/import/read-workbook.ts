// Reads a filled department workbook: checks it is ours, for this workspace and a year it
// has, with sheets, columns and rows where we put them; then validates every input cell.
// Problems name the file, sheet and cell; nothing is returned half-read.
import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import type { DimensionDef, MetricDef } from '../../shared/catalogue.js';
import { dimsFromKey } from '../../shared/dimensions.js';
import { parseNumber, splitValueAndUnit, type ImportProblem, type ParsedValue } from '../../shared/io/data-package.js';
import { convertToCanonical } from '../../shared/units.js';
import {
  columnIndex, columnLetter, DATA_COLUMNS, FIRST_DATA_ROW, HEADER_ROW, headerText, SHEET_DATA, SHEET_META, SHEET_ORDER,
  WORKBOOK_KIND, WORKBOOK_VERSION, type DataColumnKey, type WorkbookIdentity,
} from '../export/xlsx/collect/layout.js';
import { checkZip } from './zip-guard.js';

export interface WorkbookContext {
  workspaceId: string;
  years: readonly number[];
  metrics: ReadonlyMap<string, MetricDef>;
  dimensions: readonly DimensionDef[];
}

/**
 * Sheet parts the reader never looks at. Skipping them halves exceljs' load time: a
 * workbook saved by Excel or exceljs repeats the data validations cell by cell.
 */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'pageMargins', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'autoFilter', 'mergeCells', 'rowBreaks', 'sheetProtection', 'extLst', 'tableParts', 'cols', 'sheetViews'];

type Cell = { text: string; kind: 'empty' | 'number' | 'text' | 'formula' | 'other'; number?: number; formula?: string };

/** What a cell holds, without evaluating anything (formulas are reported, not computed). */
function readCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return { text: '', kind: 'empty' };
  if (typeof v === 'number') return { text: String(v), kind: 'number', number: v };
  if (typeof v === 'string') return v.trim() === '' ? { text: '', kind: 'empty' } : { text: v.trim(), kind: 'text' };
  if (typeof v === 'boolean' || v instanceof Date) return { text: String(v), kind: 'other' };
  if ('formula' in v || 'sharedFormula' in v) {
    const f = (v as { formula?: string; sharedFormula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula ?? '';
    return { text: `=${f}`, kind: 'formula', formula: f };
  }
  if ('richText' in v) {
    const t = v.richText.map((r) => r.text).join('').trim();
    return t === '' ? { text: '', kind: 'empty' } : { text: t, kind: 'text' };
  }
  if ('text' in v && typeof (v as { text: unknown }).text === 'string') return { text: (v as { text: string }).text.trim(), kind: 'text' };
  if ('error' in v) return { text: String((v as { error: unknown }).error), kind: 'other' };
  return { text: JSON.stringify(v), kind: 'other' };
}

function parseIdentity(meta: ExcelJS.Worksheet): WorkbookIdentity | string {
  let head: Partial<WorkbookIdentity>;
  try {
    head = JSON.parse(String(meta.getCell('B1').value ?? '')) as Partial<WorkbookIdentity>;
  } catch {
    return 'its hidden identification is damaged';
  }
  if (head.kind !== WORKBOOK_KIND) return 'it is not a department workbook made by ESG Report Studio';
  if (head.version !== WORKBOOK_VERSION) return `it was made by a different version of the workbook layout (${String(head.version)})`;
  const rows: WorkbookIdentity['rows'] = [];
  for (let r = 2; r <= meta.rowCount; r++) {
    const row = meta.getRow(r);
    const n = row.getCell(1).value;
    if (typeof n !== 'number') continue;
    rows.push({ row: n, code: String(row.getCell(2).value ?? ''), dims: String(row.getCell(3).value ?? '') });
  }
  return { kind: head.kind, version: head.version, workspaceId: String(head.workspaceId), year: Number(head.year), department: String(head.department), rows };
}

export async function parseDepartmentWorkbook(file: string, bytes: Uint8Array, ctx: WorkbookContext): Promise<{ values: ParsedValue[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const fileProblem = (message: string) => ({ values: [], problems: [{ file, line: 0, location: 'workbook', message }] });

  const zip = checkZip(bytes);
  if (!zip.ok) return fileProblem(zip.reason);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as never);
  } catch (e) {
    return fileProblem(`cannot be read as an XLSX workbook (${(e as Error).message.split('\n')[0]})`);
  }
  const meta = wb.getWorksheet(SHEET_META);
  if (!meta) return fileProblem('it is not a department workbook made by ESG Report Studio (its hidden identification sheet is missing)');
  const id = parseIdentity(meta);
  if (typeof id === 'string') return fileProblem(id);
  if (id.workspaceId !== ctx.workspaceId) return fileProblem(`it was made for another workspace (id ${id.workspaceId}); make the workbooks from this workspace with the sheets command`);
  if (!ctx.years.includes(id.year)) return fileProblem(`it collects ${id.year}, a year this workspace does not have (it has ${ctx.years.join(', ')})`);

  const names = wb.worksheets.map((w) => w.name);
  if (!names.includes(SHEET_DATA)) return fileProblem(`the sheet "${SHEET_DATA}" was renamed or removed (sheets found: ${names.join(', ')})`);
  if (names.join('|') !== SHEET_ORDER.join('|')) return fileProblem(`the sheets were renamed, added or reordered (expected ${SHEET_ORDER.join(', ')}; found ${names.join(', ')})`);
  const ws = wb.getWorksheet(SHEET_DATA) as ExcelJS.Worksheet;
  const at = (col: number, row: number) => `'${SHEET_DATA}'!${columnLetter(col)}${row}`;

  // Columns where we put them: a moved column would put numbers under the wrong meaning.
  DATA_COLUMNS.forEach((c, i) => {
    const found = readCell(ws.getCell(HEADER_ROW, i + 1).value).text;
    const want = headerText(c.key, id.year);
    if (found !== want) problems.push({ file, line: HEADER_ROW, location: at(i + 1, HEADER_ROW), message: `this column should be headed "${want}" but reads "${found}": columns were moved or changed` });
  });
  if (problems.length) return { values: [], problems };

  const values: ParsedValue[] = [];
  const known = new Map(id.rows.map((r) => [r.row, r]));
  const col = (key: DataColumnKey) => columnIndex(key);
  // Only rows that exist or should: a cell typed at row 1,048,576 must not cost a million
  // iterations.
  const present = new Set<number>(id.rows.map((r) => r.row));
  ws.eachRow({ includeEmpty: false }, (_row, n) => {
    if (n >= FIRST_DATA_ROW) present.add(n);
  });
  for (const r of [...present].sort((a, b) => a - b)) {
    const row = ws.getRow(r);
    const cell = (key: DataColumnKey) => readCell(row.getCell(col(key)).value);
    const expected = known.get(r);
    const code = cell('code').text;
    const dimsText = cell('dims').text;
    const inputs = [cell('value'), cell('na'), cell('estimated')];
    // Values typed outside the workbook's columns would be silently lost: refuse them.
    for (let c = DATA_COLUMNS.length + 1; c <= Math.max(row.cellCount, DATA_COLUMNS.length); c++) {
      if (readCell(row.getCell(c).value).kind !== 'empty') {
        problems.push({ file, line: r, location: at(c, r), message: 'a value outside the workbook\'s columns is not imported: type values only in the yellow cells' });
      }
    }
    if (!expected) {
      if (code || inputs.some((c) => c.kind !== 'empty')) problems.push({ file, line: r, location: at(col('code'), r), message: `row ${r} is not one of the workbook's rows: rows were inserted or moved` });
      continue;
    }
    if (code !== expected.code || dimsText !== expected.dims) {
      problems.push({ file, line: r, location: at(col('code'), r), message: `row ${r} should hold ${expected.code}${expected.dims ? ` [${expected.dims}]` : ''} but holds ${code || 'nothing'}${dimsText ? ` [${dimsText}]` : ''}: rows were moved, sorted, inserted or deleted` });
      continue;
    }
    const metric = ctx.metrics.get(code);
    if (!metric || metric.kind === 'derived') {
      problems.push({ file, line: r, location: at(col('code'), r), metric: code, message: 'this workspace has no such entered metric' });
      continue;
    }
    const value = cell('value');
    const na = cell('na');
    const note = cell('note');
    const est = cell('estimated');
    const fail = (key: DataColumnKey, message: string, shown?: string) =>
      problems.push({ file, line: r, location: at(col(key), r), metric: code, ...(shown !== undefined ? { value: shown } : {}), message });

    for (const [key, c] of [['value', value], ['na', na], ['note', note], ['estimated', est]] as const) {
      if (c.kind === 'formula') fail(key, 'holds a formula; formulas are not evaluated: type the value itself', c.text);
    }
    if ([value, na, note, est].some((c) => c.kind === 'formula')) continue;
    const isNa = na.kind !== 'empty';
    if (isNa && !/^(na|n\/a)\b|不適用/i.test(na.text)) {
      fail('na', 'choose "NA 不適用" or leave the cell empty', na.text);
      continue;
    }
    let estimated = false;
    if (est.kind !== 'empty') {
      if (/^(yes|y|true|是)\b|^yes 是$/i.test(est.text)) estimated = true;
      else if (!/^(no|n|false|否)$/i.test(est.text)) {
        fail('estimated', 'choose "Yes 是" or leave the cell empty', est.text);
        continue;
      }
    }
    if (value.kind === 'empty' && !isNa) continue; // nothing entered on this row
    const location = at(col(isNa ? 'na' : 'value'), r);
    const base = {
      metric: code,
      year: id.year,
      dims: dimsFromKey(expected.dims),
      estimated,
      source: `${basename(file)} (${id.department})`,
    };
    if (isNa) {
      if (value.kind !== 'empty') {
        fail('value', 'has both a value and NA: keep one', value.text);
        continue;
      }
      if (note.kind === 'empty') {
        fail('note', '"not applicable" needs its reason in this cell');
        continue;
      }
      values.push({ file, line: r, location, input: { ...base, value: null, naReason: note.text, note: null, enteredValue: 'NA', enteredUnit: null } });
      continue;
    }
    let num: number | undefined;
    let unit = '';
    const isDate = value.kind === 'number' && /(^|[^\\"])[dmyh]/i.test((row.getCell(col('value')).numFmt ?? '').replace(/"[^"]*"/g, ''));
    if (value.kind === 'other' || isDate) {
      fail('value', `holds a ${isDate ? 'date' : 'value that is not a number'}; expected a number in ${metric.unit}`, value.text);
      continue;
    }
    if (value.kind === 'number') num = value.number;
    else if (value.kind === 'text') {
      const split = splitValueAndUnit(value.text);
      num = split?.value ?? parseNumber(value.text);
      unit = split?.unit ?? '';
    }
    if (num === undefined || !Number.isFinite(num)) {
      fail('value', `expected a number in ${metric.unit} (or a number with its unit, e.g. "12 ${metric.unit}")`, value.text);
      continue;
    }
    const conv = convertToCanonical(num, unit, metric.unit);
    if (!conv.ok) {
      fail('value', conv.reason === 'unknown_unit' ? `unit "${unit}" is not a unit we know; ${code} expects ${metric.unit}` : `unit "${unit}" cannot be converted to ${metric.unit}, the unit of ${code}`, value.text);
      continue;
    }
    if (conv.value < 0) {
      fail('value', 'must not be negative', value.text);
      continue;
    }
    if (metric.unit === '%' && conv.value > 100) {
      fail('value', 'a percentage must lie between 0 and 100', value.text);
      continue;
    }
    values.push({
      file,
      line: r,
      location,
      input: { ...base, value: conv.value, naReason: null, note: note.kind === 'empty' ? null : note.text, enteredValue: value.text, enteredUnit: unit || null },
    });
  }
  // A workbook is all or nothing too: any problem, no values.
  return problems.length ? { values: [], problems } : { values, problems };
}
