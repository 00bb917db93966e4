// The layout pass: LibreOffice (headless, through UNO) lays the DOCX out, updates its contents
// and writes the PDF. Each pass gets its own temporary profile and pipe, so passes can run side
// by side and never touch the user's LibreOffice settings; the folder is removed afterwards.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LaidOutEntry } from '../docx/toc-pages.js';
import { ExportError } from '../export-error.js';
import type { LibreOffice } from './find-soffice.js';
import { LAYOUT_SCRIPT } from './layout-script.js';

export interface LaidOut {
  pdf: Buffer;
  /** The contents as LibreOffice numbered them: heading text and page, in reading order. */
  toc: LaidOutEntry[];
}

const TIMEOUT_MS = 300_000;

export async function layOut(docx: Uint8Array, lo: LibreOffice): Promise<LaidOut> {
  const dir = mkdtempSync(join(tmpdir(), 'esg-pdf-'));
  try {
    const script = join(dir, 'layout.py');
    const src = join(dir, 'report.docx');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(script, LAYOUT_SCRIPT);
    writeFileSync(src, docx);
    const pipe = `esg-${process.pid}-${randomBytes(6).toString('hex')}`;
    const out = await new Promise<string>((resolve, reject) => {
      execFile(lo.python, [script, lo.soffice, src, pdf, join(dir, 'profile'), pipe], { timeout: TIMEOUT_MS, maxBuffer: 8 * 2 ** 20, encoding: 'utf8' }, (err, stdout, stderr) => {
        if (err) reject(new ExportError('export.error.pdfFailed', { reason: (stderr.trim().split('\n').pop() || err.message).slice(0, 500) }));
        else resolve(stdout);
      });
    });
    const line = out.trim().split('\n').pop() ?? '';
    let toc: LaidOutEntry[];
    try {
      toc = (JSON.parse(line) as { toc: LaidOutEntry[] }).toc;
    } catch {
      throw new ExportError('export.error.pdfFailed', { reason: `unexpected output: ${line.slice(0, 200)}` });
    }
    const bytes = readFileSync(pdf);
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new ExportError('export.error.pdfFailed', { reason: 'no PDF was written' });
    return { pdf: bytes, toc };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
