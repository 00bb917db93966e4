// Authors write footnote and emphasis syntax in every field that reaches the report (narrative,
// register rows, typed tables). The exported report must print none of it: every text run of
// the document, its footnotes, headers and footers, in both languages, is scanned for leftover
// markup, and the register's footnotes ("PUE[^…]" in the climate register) are real footnotes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { createRegisterRow } from '../../main/services/report-register-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { docxPart } from '../docx-text.js';

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
const MARKUP = /\[\^|\*\*|\]\(/;

async function textParts(buf: Buffer): Promise<Map<string, string[]>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, string[]>();
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(document|footnotes|header\d*|footer\d*)\.xml$/.test(n))) {
    out.set(name, texts(await docxPart(zip, name)));
  }
  return out;
}

describe('exported reports print no markup', () => {
  const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-markup-')), 'sample.esg'), { sample: true, actor: 'test' });
  const parts = new Map<string, Map<string, string[]>>();
  beforeAll(async () => {
    // A stakeholder row typed with the same syntax, so that a table other than the climate
    // register is covered too.
    createRegisterRow(ws, 2024, 'stakeholders', {
      id: 'regulators-test',
      groupZh: '監管機構[^包括香港聯交所。]',
      groupEn: 'Regulators[^Including the Stock Exchange.]',
      expectationsZh: ['**合規**經營'],
      expectationsEn: ['**Compliant** operation'],
      channelsZh: ['定期溝通'],
      channelsEn: ['Regular meetings'],
    }, 'test');
    for (const lang of ['zh-Hant', 'en'] as const) parts.set(lang, await textParts(await buildReportDocx(ws, 2024, lang)));
  });
  afterAll(() => ws.close());

  for (const lang of ['zh-Hant', 'en'] as const) {
    it(`has no leftover [^, ** or ]( in any text run of the ${lang} report`, () => {
      const p = parts.get(lang)!;
      expect(p.get('word/document.xml')?.length).toBeGreaterThan(500);
      const leftovers = [...p].flatMap(([part, runs]) => runs.filter((r) => MARKUP.test(r)).map((r) => `${part}: ${r}`));
      expect(leftovers).toEqual([]);
    });
  }

  it('typesets Chinese prose as the editor\'s punctuation fix does: parentheses around Latin text inside Chinese are full-width', () => {
    const doc = parts.get('zh-Hant')!.get('word/document.xml')!.join('');
    expect(doc).toContain('管治（ESG）報告');
    expect(doc).not.toContain('管治(ESG)報告');
  });

  it('turns the climate register footnote and a register row footnote into real footnotes', () => {
    const zh = parts.get('zh-Hant')!;
    const notes = zh.get('word/footnotes.xml')!.join('');
    expect(notes).toContain('數據中心總能耗與IT設備能耗之比');
    expect(notes).toContain('包括香港聯交所');
    const doc = zh.get('word/document.xml')!.join('');
    expect(doc).toContain('監管機構');
    expect(doc).toContain('合規');
    expect(parts.get('en')!.get('word/footnotes.xml')!.join('')).toContain('Including the Stock Exchange.');
  });
});
