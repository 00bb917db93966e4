// Two tables that touch are one table to LibreOffice and Word: a case box set right under a KPI
// table became that table's last row, and the table's header repeated alone on the next page.
// Every table of the report is followed by something other than a table.
import JSZip from 'jszip';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { tempDir } from '../helpers.js';
import { docxPart } from '../docx-text.js';

describe('tables in the DOCX never touch', () => {
  const ws = createWorkspace(join(tempDir(), 'sample.esg'), { sample: true, actor: 'test' });
  afterAll(() => ws.close());

  it.each(['zh-Hant', 'en'] as const)('%s: a paragraph stands between any two tables of the body', async (lang) => {
    const zip = await JSZip.loadAsync(await buildReportDocx(ws, 2024, lang));
    const xml = await docxPart(zip, 'word/document.xml');
    const tables = xml.split('</w:tbl>').length - 1;
    expect(tables).toBeGreaterThan(30);
    // A table closed and the next opened with nothing between them (nested tables excepted:
    // the inner one closes inside a cell, followed by the cell's paragraph).
    expect(xml.match(/<\/w:tbl><w:tbl>/g) ?? []).toEqual([]);
  });

  it.each(['zh-Hant', 'en'] as const)('%s: a paragraph wholly in bold heads the next one and is kept on its page', async (lang) => {
    const zip = await JSZip.loadAsync(await buildReportDocx(ws, 2024, lang));
    const xml = await docxPart(zip, 'word/document.xml');
    const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
    const text = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const runs = (p: string) => p.match(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/g) ?? [];
    const allBold = (p: string) => runs(p).length > 0 && runs(p).every((r) => !/<w:t[ >]/.test(r) || /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(r));
    const runIn = paragraphs.filter((p) => text(p).trim() !== '' && !/<w:pStyle /.test(p) && allBold(p));
    // The climate section opens its risk, opportunity and target passages with a bold line.
    expect(runIn.length).toBeGreaterThanOrEqual(3);
    expect(runIn.filter((p) => !/<w:keepNext\/>/.test(p)).map(text)).toEqual([]);
    // Body paragraphs with some plain text flow freely.
    const plain = paragraphs.filter((p) => text(p).length > 80 && !/<w:pStyle /.test(p) && !allBold(p));
    expect(plain.length).toBeGreaterThan(20);
    expect(plain.filter((p) => /<w:keepNext\/>/.test(p))).toEqual([]);
  });
});
