// A figure entered as "not disclosed" (ND) is withheld, not inapplicable: the sample's complaint
// count (HKEX B6.2) prints a dash in the customer-service table of 2.1.6, and the footnote the
// reader follows from that row says "not disclosed" with the company's reason, in each language;
// the HKEX index row B6.2 says the same, with the same reason in the report's language.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { docxPart } from '../docx-text.js';

const words = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');

describe('a not-disclosed figure in a KPI table', () => {
  const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-nd-')), 'sample.esg'), { sample: true, actor: 'test' });
  const docs = new Map<string, { document: string; footnotes: string }>();
  beforeAll(async () => {
    for (const lang of ['zh-Hant', 'en'] as const) {
      const zip = await JSZip.loadAsync(await buildReportDocx(ws, 2024, lang));
      docs.set(lang, {
        document: await docxPart(zip, 'word/document.xml'),
        footnotes: await docxPart(zip, 'word/footnotes.xml'),
      });
    }
  }, 120_000);
  afterAll(() => ws.close());

  it.each([
    ['zh-Hant', '接獲關於產品及服務的投訴數目', '未披露：投訴經全渠道受理並交由相關業務線處理'],
    ['en', 'Complaints about products and services', 'Not disclosed: Complaints are received on every channel'],
  ])('%s: the complaints row shows a dash and a "not disclosed" footnote', (lang, label, note) => {
    const { document, footnotes } = docs.get(lang)!;
    const row = [...document.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '').find((r) => words(r).startsWith(label));
    expect(row, `a table row "${label}"`).toBeDefined();
    const cells = [...row!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => words(c[1] ?? ''));
    expect(cells.at(-1)).toBe('—');
    const id = /<w:footnoteReference w:id="(\d+)"\/>/.exec(row!)?.[1];
    expect(id, 'the row carries a footnote').toBeDefined();
    const footnote = new RegExp(`<w:footnote w:id="${id}">([\\s\\S]*?)</w:footnote>`).exec(footnotes)?.[1] ?? '';
    expect(words(footnote)).toContain(note);
    expect(words(footnote)).not.toMatch(/不適用|Not applicable/);
  });

  it.each([
    ['zh-Hant', '接獲關於產品及服務的投訴數目：未披露', '投訴經全渠道受理並交由相關業務線處理'],
    ['en', 'Complaints about products and services: not disclosed', 'Complaints are received on every channel'],
  ])('%s: the HKEX index row B6.2 names the withheld figure with its reason in the report language', (lang, line, reason) => {
    const { document, footnotes } = docs.get(lang)!;
    const row = [...document.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '').find((r) => words(r).startsWith('B6.2'));
    expect(row, 'an index row B6.2').toBeDefined();
    expect(words(row!)).toContain(line);
    const ids = [...row!.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    const texts = ids.map((id) => words(new RegExp(`<w:footnote w:id="${id}">([\\s\\S]*?)</w:footnote>`).exec(footnotes)?.[1] ?? ''));
    expect(texts.some((t) => t.includes(reason))).toBe(true);
  });
});
