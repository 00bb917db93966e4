// CSV reading for data packages and targets files: UTF-8 with or without BOM, CRLF or LF,
// quoted fields with commas and newlines (papaparse), and the physical line on which each
// record starts, so errors can name it.
import Papa from 'papaparse';

export interface CsvRecord {
  /** 1-based line number where the record starts in the file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Malformed-quote and similar problems, with their line. */
  problems: { line: number; message: string }[];
}

export function readCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvTable['problems'] = [];
  let prevCursor = 0;
  let countedTo = 0;
  let newlines = 0;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      // Count newlines incrementally: the record started right after the previous one ended.
      for (let i = countedTo; i < prevCursor; i++) if (body.charCodeAt(i) === 10) newlines++;
      countedTo = prevCursor;
      const line = newlines + 1;
      prevCursor = result.meta.cursor;
      for (const err of result.errors) problems.push({ line, message: err.message });
      const cells = result.data;
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') return;
      records.push({ line, cells });
    },
  });
  const headerRec = records.shift();
  return { header: (headerRec?.cells ?? []).map((h) => h.trim().toLowerCase()), records, problems };
}
