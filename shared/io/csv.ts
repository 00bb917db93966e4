// CSV reading for data packages and targets files: UTF-8 with or without BOM, CRLF or LF,
// quoted fields with commas and newlines (papaparse), and the physical line on which each
// record starts, so errors can name it.
import Papa from 'papaparse';
import { msg, type Message } from '../i18n/messages.js';

export interface CsvRecord {
  /** 1-based line number where the record starts in the file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Malformed-quote and similar problems, with their line. */
  problems: { line: number; message: Message }[];
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
      for (const err of result.errors) problems.push({ line, message: msg('csv.malformed', { detail: err.message }) });
      const cells = result.data;
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') return;
      records.push({ line, cells });
    },
  });
  const headerRec = records.shift();
  return { header: (headerRec?.cells ?? []).map((h) => h.trim().toLowerCase()), records, problems };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text, or the first line that is not valid UTF-8: such bytes would be stored as
 * U+FFFD garbage. A newline byte never occurs inside a multi-byte UTF-8 sequence, so each
 * line can be decoded on its own to find the culprit.
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number } {
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 10) continue;
      try {
        UTF8.decode(bytes.subarray(start, i));
      } catch {
        return { ok: false, line };
      }
      line++;
      start = i + 1;
    }
    return { ok: false, line: line - 1 };
  }
}
