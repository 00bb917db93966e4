// A draft looks like a draft: while the year's edition is not published, or `check` still
// reports errors, every page header of the exported report says so in the report's language.
// The file publication keeps carries no mark. Read back from the DOCX's header part.
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportDocx, exportReportDocx } from '../../main/services/docx-export-service.js';
import { loadDocxModel } from '../../main/services/docx-model.js';
import { checkYear } from '../../main/services/check-service.js';
import { publishEdition } from '../../main/services/edition-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { writeDocx } from '../../main/export/docx/write-docx.js';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { docxPart } from '../docx-text.js';

/** The text of every page header of a DOCX, one string per header part. */
async function headerTexts(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const names = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  const out: string[] = [];
  for (const n of names) {
    const xml = await docxPart(zip, n);
    out.push([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  }
  return out;
}

describe('draft mark in the DOCX header', () => {
  const dir = mkdtempSync(join(tmpdir(), 'esg-draft-'));
  const ws = createWorkspace(join(dir, 'sample.esg'), { sample: true, actor: 'test' });
  afterAll(() => ws.close());
  const errors = checkYear(ws, 2024).filter((f) => f.severity === 'error').length;

  it('marks an unpublished edition with check errors, in each report language', async () => {
    expect(errors).toBeGreaterThan(0);
    const zh = (await headerTexts(await buildReportDocx(ws, 2024, 'zh-Hant'))).join('\n');
    const en = (await headerTexts(await buildReportDocx(ws, 2024, 'en'))).join('\n');
    expect(zh).toContain(`草稿：未發佈，檢查仍報告${errors}項錯誤`);
    expect(zh).not.toMatch(/DRAFT/);
    expect(en).toContain(`DRAFT: not published; check reports ${errors} error(s)`);
    expect(en).not.toContain('草稿');
  });

  it('keeps the published file unmarked, but marks a new build while check still reports errors', async () => {
    await publishEdition(ws, 2024, { force: true, reason: 'board approved the text as is', actor: 'test' });
    const file = join(dir, 'report-en.docx');
    await exportReportDocx(ws, 2024, 'en', file, 'test');
    const kept = (await headerTexts(readFileSync(file))).join('\n');
    expect(kept).toContain('Environmental, Social and Governance Report 2024');
    expect(kept).not.toContain('DRAFT');
    // A PDF export builds the document again: published, but check still reports the errors.
    const rebuilt = (await headerTexts(await writeDocx(loadDocxModel(ws, 2024, 'zh-Hant')))).join('\n');
    expect(rebuilt).toContain(`草稿：檢查仍報告${errors}項錯誤`);
    expect(rebuilt).not.toContain('未發佈');
  });
});
