// The department data-collection workbook's fixed layout, shared by the writer and the
// reader so that the import can tell exactly what a returned workbook should look like.
export const WORKBOOK_KIND = 'esg-report-studio/department-workbook';
export const WORKBOOK_VERSION = 1;

export const SHEET_INSTRUCTIONS = '說明 Instructions';
export const SHEET_DATA = '數據 Data';
/** Very hidden: users cannot unhide it from the Excel UI. */
export const SHEET_META = '_esg';
export const SHEET_ORDER = [SHEET_INSTRUCTIONS, SHEET_DATA, SHEET_META];

export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

export const NA_CHOICES = ['NA 不適用'];
export const ESTIMATED_CHOICES = ['Yes 是'];

/** Columns of the data sheet, in order; `input` columns are unlocked for the data owner. */
export const DATA_COLUMNS = [
  { key: 'code', header: 'Code 代碼', width: 30 },
  { key: 'name_zh', header: '指標', width: 28 },
  { key: 'name_en', header: 'Metric', width: 36 },
  { key: 'breakdown', header: 'Breakdown 細分', width: 44 },
  { key: 'dims', header: 'Dimensions 維度', width: 22 },
  { key: 'unit', header: 'Unit 單位', width: 12 },
  { key: 'prior', header: 'PRIOR', width: 16 },
  { key: 'value', header: 'YEAR', width: 16, input: true },
  { key: 'na', header: 'Not applicable? 不適用?', width: 14, input: true },
  { key: 'note', header: 'Note or reason 備註/原因', width: 40, input: true },
  { key: 'estimated', header: 'Estimated? 估算?', width: 12, input: true },
] as const;

export type DataColumnKey = (typeof DATA_COLUMNS)[number]['key'];

export function columnIndex(key: DataColumnKey): number {
  return DATA_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export function headerText(key: DataColumnKey, year: number): string {
  const col = DATA_COLUMNS[columnIndex(key) - 1] as (typeof DATA_COLUMNS)[number];
  if (key === 'prior') return `${year - 1} (prior year 上年)`;
  if (key === 'value') return `${year} (enter 填寫)`;
  return col.header;
}

export function columnLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** What the hidden sheet records: which workspace, year and department, and every row. */
export interface WorkbookIdentity {
  kind: string;
  version: number;
  workspaceId: string;
  year: number;
  department: string;
  rows: { row: number; code: string; dims: string }[];
}
