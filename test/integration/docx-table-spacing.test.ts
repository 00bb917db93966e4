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
});
