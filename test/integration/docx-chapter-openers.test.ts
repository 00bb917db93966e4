// Chapters open a page, as in the reference report: each part (1 Environment, 2 Social) has an
// opener page with its title and intro, each chapter of a part (1.1 Climate, 2.2 Employee
// growth) starts a page, and what runs on (sub-sections, the KPI tables of 1.3) does not.
import JSZip from 'jszip';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { tempDir } from '../helpers.js';
import { docxPart } from '../docx-text.js';

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');

describe('chapter openers in the DOCX', () => {
  const ws = createWorkspace(join(tempDir(), 'sample.esg'), { sample: true, actor: 'test' });
  afterAll(() => ws.close());

  it.each([
    ['zh-Hant', ['1 環境', '1.1 應對氣候變化', '1.2 綠色運營', '2 社會', '2.1 平台責任', '2.2 員工成長', '2.5 社會責任', 'ESG管治'], ['1.1.1 氣候管治', '1.2.3 排放物管理', '1.3 關鍵環境類指標']],
    ['en', ['1 Environment', '2 Social'], ['1.3 Key environmental indicators']],
  ] as const)('%s: parts and chapters start a page, sub-sections run on', async (lang, opening, running) => {
    const zip = await JSZip.loadAsync(await buildReportDocx(ws, 2024, lang));
    const xml = await docxPart(zip, 'word/document.xml');
    const headings = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((m) => m[0])
      .filter((p) => /<w:pStyle w:val="Heading[1-3]"/.test(p))
      .map((p) => ({ text: textOf(p), breaks: p.includes('<w:pageBreakBefore/>') }));
    const find = (t: string) => headings.find((h) => h.text === t);
    for (const t of opening) expect(find(t)?.breaks, t).toBe(true);
    for (const t of running) expect(find(t)?.breaks, t).toBe(false);
    // A part's opener: its title set large on its own page, the intro below it.
    const part = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('w:val="Heading1"') && textOf(p) === opening[0]);
    expect(part).toMatch(/<w:spacing [^>]*w:before="3600"/);
  });
});
