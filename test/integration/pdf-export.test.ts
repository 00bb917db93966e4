// `export --pdf`: the PDF a listed company publishes, laid out by LibreOffice. Its contents
// page has a page number for every heading, its outline (bookmarks) has the headings, and the
// DOCX written with it carries the same page numbers in its own contents, so it reads right
// in a viewer that never updates fields. Skipped, saying why, where LibreOffice is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../main/export/pdf/find-soffice.js';
import { ExportError } from '../../main/export/export-error.js';
import { publishReport } from '../../main/services/pdf-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import type { JobStatus } from '../../shared/api/contract.js';
import { useSampleHost } from '../api-harness.js';
import { tempDir } from '../helpers.js';
import { docxPart } from '../docx-text.js';

const soffice = findSoffice();
const poppler = existsSync('/usr/bin/pdftotext') || spawnSync('pdftotext', ['-v']).status === 0;
const why = !soffice ? 'LibreOffice (soffice) is not installed' : !poppler ? 'poppler-utils (pdftotext) is not installed' : '';
if (why) console.warn(`pdf-export.test.ts skipped: ${why}`);

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], { encoding: 'utf8', env: { ...process.env, ESG_ACTOR: 'cli-test' } });
}

/** The titles of a PDF's outline items (LibreOffice writes them uncompressed, as UTF-16 hex or literal strings). */
function outlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const titles: string[] = [];
  for (const m of text.matchAll(/\/Title\s*(<[0-9A-Fa-f\s]+>|\((?:\\.|[^\\)])*\))/g)) {
    const raw = m[1] as string;
    if (raw.startsWith('<')) {
      const hex = raw.slice(1, -1).replace(/\s+/g, '');
      const bytes = Buffer.from(hex, 'hex');
      titles.push(bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : bytes.toString('latin1'));
    } else titles.push(raw.slice(1, -1).replace(/\\(.)/g, '$1'));
  }
  return titles;
}

describe.skipIf(!!why)('export --pdf', () => {
  it('writes a PDF whose contents have page numbers and whose outline has the headings, and a DOCX with the same page numbers', () => {
    const dir = tempDir();
    const ws = join(dir, 'sample.esg');
    createWorkspace(ws, { sample: true, actor: 'test' }).close();
    const pdf = join(dir, 'report.pdf');
    const docx = join(dir, 'report.docx');
    const r = cli('export', ws, '--year', '2024', '--lang', 'en', '--pdf', pdf, '--docx', docx);
    expect(r.stderr).not.toContain('failed');
    expect(r.status).toBe(0);

    // The contents pages (after the cover; the whole sample's contents take more than one): "Heading.....N" for every heading.
    const contents = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '4', pdf, '-'], { encoding: 'utf8' });
    const entries = [...contents.matchAll(/^\s*(.+?)\s*\.{3,}\s*(\d+)\s*$/gm)].map((m) => ({ title: (m[1] as string).trim(), page: Number(m[2]) }));
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(['About this report', '1 Environment', '1.3 Key environmental indicators', '2.2.3 Health and safety', 'Appendix: SASB index']));
    expect(entries.length).toBeGreaterThanOrEqual(20);
    const pages = entries.map((e) => e.page);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages); // in order
    expect(pages[0]).toBeGreaterThanOrEqual(2);

    // The page number printed is where the heading is: the PDF page (cover first, unnumbered) shows it.
    const env = entries.find((e) => e.title === '1.3 Key environmental indicators');
    const onPage = execFileSync('pdftotext', ['-f', String((env?.page ?? 0) + 1), '-l', String((env?.page ?? 0) + 1), pdf, '-'], { encoding: 'utf8' });
    expect(onPage).toContain('1.3 Key environmental indicators');

    const outline = outlineTitles(readFileSync(pdf));
    expect(outline).toEqual(expect.arrayContaining(['About this report', '1 Environment', '1.3 Key environmental indicators', 'Appendix: HKEX ESG Reporting Code index']));

    // Fonts are embedded.
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((l) => / yes +yes +yes /.test(l) || / yes +no +yes /.test(l))).toBe(true);

    return JSZip.loadAsync(readFileSync(docx)).then(async (zip) => {
      const xml = await docxPart(zip, 'word/document.xml');
      const cached = [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:fldChar w:fldCharType="begin"\/><w:instrText xml:space="preserve">PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g)].map((m) => ({ title: m[1], page: Number(m[2]) }));
      expect(cached.length).toBe(entries.length);
      expect(cached.map((c) => c.page)).toEqual(pages);
    });
  }, 240_000);
});

describe('without LibreOffice', () => {
  it('fails with a message code before writing anything', async () => {
    const dir = tempDir();
    const ws = createWorkspace(join(dir, 'sample.esg'), { sample: true, actor: 'test' });
    try {
      const pdf = join(dir, 'r.pdf');
      const err = await publishReport(ws, 2024, 'zh-Hant', { pdf }, 'test', { find: { soffice: join(dir, 'no-soffice') } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ExportError);
      expect(err).toMatchObject({ code: 'export.error.noSofficeAt', params: { path: join(dir, 'no-soffice') } });
      expect(existsSync(pdf)).toBe(false);
    } finally {
      ws.close();
    }
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', 'export', join(dir, 'sample.esg'), '--year', '2024', '--pdf', join(dir, 'x.pdf')], { encoding: 'utf8', env: { ...process.env, ESG_SOFFICE: join(dir, 'none') } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('export.error.noSofficeAt');
  }, 60_000);
});

async function finished(host: ReturnType<typeof useSampleHost>, jobId: string, steps: Set<string>): Promise<JobStatus> {
  let s = await host.call<JobStatus>('job:status', { jobId });
  for (let i = 0; i < 2400 && s.state === 'running'; i++) {
    if (s.step) steps.add(s.step);
    await new Promise((r) => setTimeout(r, 100));
    s = await host.call<JobStatus>('job:status', { jobId });
  }
  return s;
}

describe('PDF from the export screen (export:start)', () => {
  const host = useSampleHost('esg-pdf-api-');
  it.skipIf(!!why)('writes the PDF and the DOCX of a language from one layout pass, showing the layout step', async () => {
    const started = await host.call<{ jobId: string; files: string[] }>('export:start', { year: 2024, docx: ['zh-Hant'], xlsx: [], pdf: ['zh-Hant'] });
    expect(started.files).toEqual(['esg-report-2024-zh-Hant.docx', 'esg-report-2024-zh-Hant.pdf']);
    const steps = new Set<string>();
    const s = await finished(host, started.jobId, steps);
    expect(s.state).toBe('done');
    expect(steps.has('layout')).toBe(true);
    expect(s.files.map((f) => f.kind)).toEqual(['docx', 'pdf']);
    expect(readFileSync(join(host.dir, 'esg-report-2024-zh-Hant.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const xml = await docxPart(readFileSync(join(host.dir, 'esg-report-2024-zh-Hant.docx')));
    expect(xml).toMatch(/PAGEREF _Toc1 \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+<\/w:t>/);
  }, 240_000);

  it('fails the job with a message code the screen renders when LibreOffice is missing', async () => {
    const before = process.env['ESG_SOFFICE'];
    process.env['ESG_SOFFICE'] = join(host.dir, 'no-soffice');
    try {
      const started = await host.call<{ jobId: string }>('export:start', { year: 2024, docx: [], xlsx: [], pdf: ['en'] });
      const s = await finished(host, started.jobId, new Set());
      expect(s.state).toBe('failed');
      expect(s.error).toMatchObject({ messageCode: 'export.error.noSofficeAt' });
      expect(existsSync(join(host.dir, 'esg-report-2024-en.pdf'))).toBe(false);
    } finally {
      if (before === undefined) delete process.env['ESG_SOFFICE'];
      else process.env['ESG_SOFFICE'] = before;
    }
  });
});
