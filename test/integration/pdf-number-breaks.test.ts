// The published Chinese PDF never breaks a line inside a figure ("1 / 00.0%", "16,34 / 3人次",
// "220,9 / 60.6"), as LibreOffice did while the report's Latin-script language was Chinese.
// The sample's 2024 report is laid out by LibreOffice and its text read back with pdftotext:
// where one line ends in a digit and the next begins with a digit or a percent sign, the two
// joined must not be a figure of the report's own text. Skipped, saying why, without soffice.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../main/export/pdf/find-soffice.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { docxPart } from '../docx-text.js';
import { tempDir } from '../helpers.js';

const soffice = findSoffice();
const poppler = existsSync('/usr/bin/pdftotext') || spawnSync('pdftotext', ['-v']).status === 0;
const why = !soffice ? 'LibreOffice (soffice) is not installed' : !poppler ? 'poppler-utils (pdftotext) is not installed' : '';
if (why) console.warn(`pdf-number-breaks.test.ts skipped: ${why}`);

/** Each paragraph's text (runs joined), without spaces: LibreOffice spaces Latin from Chinese. */
const paragraphTexts = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/\s+/g, ''));

/** Line ends that split a figure of the text: "…共避免碳排放 220,9" + "60.6噸…". */
function figuresSplitAtLineEnds(pdfText: string, paragraphs: readonly string[]): string[] {
  const lines = pdfText.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? '';
    if (!/\d[\d,.]*$/.test(line) || !/^[\d,.%]/.test(next)) return;
    // Enough of both lines to tell a split figure from two table cells or a page number.
    const joined = `${line.replace(/\s+/g, '').slice(-8)}${next.replace(/\s+/g, '').slice(0, 8)}`;
    if (joined.length >= 6 && paragraphs.some((p) => p.includes(joined))) found.push(`${line.slice(-12)} / ${next.slice(0, 12)}`);
  });
  return found;
}

describe.skipIf(!!why)('line breaks in the Chinese PDF', () => {
  it('never fall inside a figure of the sample report', async () => {
    const dir = tempDir();
    const ws = join(dir, 'sample.esg');
    createWorkspace(ws, { sample: true, actor: 'test' }).close();
    const pdf = join(dir, 'report.pdf');
    const docx = join(dir, 'report.docx');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', 'export', ws, '--year', '2024', '--lang', 'zh-Hant', '--pdf', pdf, '--docx', docx], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);

    const buf = readFileSync(docx);
    const paragraphs = [...paragraphTexts(await docxPart(buf, 'word/document.xml')), ...paragraphTexts(await docxPart(buf, 'word/footnotes.xml'))];
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    // The report is long enough to have had them: figures set among Chinese text on many pages.
    expect(text).toContain('220,960.6');
    expect((text.match(/[\u4e00-\u9fff]\s?\d[\d,.]*\d/g) ?? []).length).toBeGreaterThan(200);
    expect(figuresSplitAtLineEnds(text, paragraphs)).toEqual([]);
  }, 240_000);
});

describe('the split-figure finder', () => {
  it('finds a figure split over two lines and not two table cells or a contents entry', () => {
    const paragraphs = ['共避免碳排放220,960.6噸二氧化碳當量。', '18.46', '411,779.0', '1環境'];
    const text = '瓦時，共避免碳排放 220,9\n60.6噸二氧化碳當量。\n18.46\n411,779.0\n..........11\n1 環境\n';
    expect(figuresSplitAtLineEnds(text, paragraphs)).toEqual(['共避免碳排放 220,9 / 60.6噸二氧化碳當量。']);
  });
});
