// Issue 14 item 8: the sample is the whole reference report. templates/sample/coverage.json lists
// the reference report's sections, tables and case studies (with their title and page there)
// and its two index appendices row by row; the sample's 2024 report, exported to DOCX in each
// language, must show every one of them — a section as a Word heading, a table or figure as a
// caption, a case study as its box title, an index row under its code pointing to the section
// the reference points to, and that section having text of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/domain.js';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import type { Workspace } from '../../main/store/workspace.js';
import { ROOT } from '../cli-process.js';
import { tempDir } from '../helpers.js';
import { docxPart } from '../docx-text.js';

interface Entry {
  kind: 'section' | 'table' | 'case' | 'index_row';
  framework?: 'hkex' | 'sasb';
  code?: string;
  reference: { title: string; page: number; section?: string | null };
  find?: Record<Lang, string>;
}
const coverage = JSON.parse(readFileSync(join(ROOT, 'templates', 'sample', 'coverage.json'), 'utf8')) as { entries: Entry[] };

interface Para {
  style: string;
  text: string;
}
// A line break inside a paragraph (the index's withheld-figure lines) reads as a newline.
const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => t[1] ?? '\n').join('').replace(/\u2060/g, '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '');
const paragraphs = (xml: string): Para[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({ style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '', text: textOf(m[0]) }));
const tableRows = (xml: string): string[][] =>
  [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).map((p) => p.text)).map((ps) => ps.join('\n')));
const isHeading = (p: Para): boolean => /^Heading[1-4]$/.test(p.style);

describe('the sample covers the whole reference report', { timeout: 300_000 }, () => {
  let ws: Workspace;
  const docs = new Map<Lang, { paras: Para[]; rows: string[][] }>();
  beforeAll(async () => {
    ws = createWorkspace(join(tempDir(), 'sample.esg'), { sample: true, actor: 'test' });
    for (const lang of ['zh-Hant', 'en'] as const) {
      const zip = await JSZip.loadAsync(await buildReportDocx(ws, 2024, lang));
      const xml = await docxPart(zip, 'word/document.xml');
      // The body only: the table of contents repeats the headings as TOC paragraphs.
      docs.set(lang, { paras: paragraphs(xml).filter((p) => !p.style.startsWith('TOC')), rows: tableRows(xml) });
    }
  });
  afterAll(() => ws.close());

  it('lists the reference report from its first section to the last index row', () => {
    const kinds = (k: Entry['kind']) => coverage.entries.filter((e) => e.kind === k).length;
    expect(kinds('section')).toBeGreaterThanOrEqual(40);
    expect(kinds('table')).toBeGreaterThanOrEqual(40);
    expect(kinds('case')).toBeGreaterThanOrEqual(15);
    expect(coverage.entries.filter((e) => e.framework === 'hkex').map((e) => e.code)).toEqual(expect.arrayContaining(['A1 GD', 'A2.5', 'B6.4', 'B7 GD', 'B8.2']));
    expect(coverage.entries.filter((e) => e.framework === 'hkex')).toHaveLength(48);
    expect(coverage.entries.filter((e) => e.framework === 'sasb')).toHaveLength(9);
    for (const e of coverage.entries) expect(e.reference.page, e.reference.title).toBeGreaterThanOrEqual(1);
  });

  describe.each(['zh-Hant', 'en'] as const)('%s export', (lang) => {
    const missing = (kind: Entry['kind'], present: (find: string, paras: Para[]) => boolean): string[] => {
      const { paras } = docs.get(lang)!;
      return coverage.entries.filter((e) => e.kind === kind && !present(e.find![lang], paras)).map((e) => `${e.reference.title} (p. ${e.reference.page}) → ${e.find![lang]}`);
    };

    it('has every section of the reference report as a heading, in the reference order', () => {
      expect(missing('section', (f, paras) => paras.some((p) => isHeading(p) && p.text === f))).toEqual([]);
      const { paras } = docs.get(lang)!;
      const order = coverage.entries.filter((e) => e.kind === 'section').map((e) => paras.findIndex((p) => isHeading(p) && p.text === e.find![lang]));
      const numbered = coverage.entries.filter((e) => e.kind === 'section' && /^\d/.test(e.find![lang])).map((e) => paras.findIndex((p) => isHeading(p) && p.text === e.find![lang]));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...numbered].sort((a, b) => a - b)).toEqual(numbered);
    });

    it('has every table and figure of the reference report under its caption', () => {
      expect(missing('table', (f, paras) => paras.some((p) => p.style === 'Caption' && p.text.startsWith(f)))).toEqual([]);
    });

    it('has every case study of the reference report as a case box with text', () => {
      expect(missing('case', (f, paras) => paras.some((p, i) => p.style === 'BoxTitle' && p.text === f && (paras[i + 1]?.text.length ?? 0) > 40))).toEqual([]);
    });

    it('has every index row, pointing where the reference points, to a section with text of its own', () => {
      const { paras, rows } = docs.get(lang)!;
      const problems: string[] = [];
      for (const e of coverage.entries.filter((x) => x.kind === 'index_row')) {
        const row = rows.find((r) => r[0] === e.code && r.length === 3);
        if (!row) {
          problems.push(`${e.code}: no row`);
          continue;
        }
        // A figure entered as not disclosed or not applicable (none used) is a line of its own under the sections.
        const withheld = /(：未披露|：不適用（並無使用）|: not disclosed|: not applicable \(none used\))$/;
        const where = row[2]!.split('\n').filter((line) => !withheld.test(line));
        if (e.reference.section === null) {
          if (!/^(不適用|Not applicable)/.test(row[2]!)) problems.push(`${e.code}: should be not applicable, shows ${row[2]}`);
          continue;
        }
        // The sample may point into the reference's section (2.2 → 2.2.1), never elsewhere.
        if (!where.some((w) => w.startsWith(`${e.reference.section} `) || w.startsWith(`${e.reference.section}.`))) problems.push(`${e.code}: the reference points to ${e.reference.section}, the sample to ${where.join(' / ')}`);
        for (const title of where) {
          const at = paras.findIndex((p) => isHeading(p) && p.text === title);
          const next = paras.findIndex((p, i) => i > at && isHeading(p));
          const own = paras.slice(at + 1, next < 0 ? undefined : next).filter((p) => p.style === '' && p.text.length >= 40);
          if (at < 0 || own.length === 0) problems.push(`${e.code}: ${title} has no text of its own`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
