// Blocks of cells as spreadsheets put them on the clipboard: tab-separated text, one line per
// row, a cell holding a tab, a line break or a quote quoted with doubled quotes (as Excel and
// LibreOffice write it). Read with papaparse, as the CSV files are.
import Papa from 'papaparse';

/** The block a clipboard text holds: rows of cells, the trailing line break a copy adds dropped. */
export function readTsv(text: string): string[][] {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (body === '') return [];
  const parsed = Papa.parse<string[]>(body, { delimiter: '\t', newline: '\n', quoteChar: '"', skipEmptyLines: false });
  return parsed.data;
}

const needsQuotes = /[\t\n\r"]/;

/** A block as tab-separated text, for the clipboard: what a spreadsheet pastes back as the same cells. */
export function writeTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((c) => (needsQuotes.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\n');
}
