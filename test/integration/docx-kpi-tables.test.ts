// The sample's KPI tables read back from the exported DOCX as a reviewer reads them: each
// breakdown under a sub-heading naming it, rows nested under their own total, a unit on
// every row, the fatality rate 0 in every year, and short tables held on one page.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { docxPart } from '../docx-text.js';

interface Row {
  cells: string[];
  /** Left indent of the first cell, in steps of 240 twips. */
  level: number;
  italic: boolean;
  /** Every paragraph of the row keeps with the next. */
  keepNext: boolean;
}

/** A cell's text as read, footnote markers (and the commas between them) left out. */
const text = (xml: string) =>
  [...xml.replace(/<w:r>(?:(?!<\/w:r>)[\s\S])*?FootnoteReference[\s\S]*?<\/w:r>/g, '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');

function tables(doc: string): Row[][] {
  return [...doc.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((tr) => {
      const cells = [...(tr[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => c[1] ?? '');
      const first = cells[0] ?? '';
      const paras = [...(tr[1] ?? '').matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((p) => p[0]);
      return {
        cells: cells.map(text),
        level: Number(/<w:ind w:left="(\d+)"/.exec(first)?.[1] ?? 0) / 240,
        italic: /<w:i\/>/.test(first),
        keepNext: paras.length > 0 && paras.every((p) => p.includes('<w:keepNext/>')),
      };
    }),
  );
}

const tableWith = (all: Row[][], label: string) => {
  const found = all.find((t) => t.some((r) => r.cells[0] === label));
  if (!found) throw new Error(`no table has a row "${label}"`);
  return found;
};
const rowOf = (t: Row[], label: string) => {
  const r = t.find((x) => x.cells[0] === label);
  if (!r) throw new Error(`no row "${label}" in ${t.map((x) => x.cells[0]).join(' | ')}`);
  return r;
};

describe('KPI tables of the sample report', () => {
  const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-kpi-')), 'sample.esg'), { sample: true, actor: 'test' });
  const docs = new Map<string, Row[][]>();
  const raw = new Map<string, { document: string; styles: string }>();
  beforeAll(async () => {
    for (const lang of ['zh-Hant', 'en'] as const) {
      const zip = await JSZip.loadAsync(await buildReportDocx(ws, 2024, lang));
      const document = await docxPart(zip, 'word/document.xml');
      docs.set(lang, tables(document));
      raw.set(lang, { document, styles: await docxPart(zip, 'word/styles.xml') });
    }
  });
  afterAll(() => ws.close());

  it('prints each breakdown of full-time staff under a sub-heading naming it, nested as the reference report does', () => {
    const t = tableWith(docs.get('zh-Hant')!, '員工總人數');
    const labels = t.slice(1).map((r) => `${r.level}:${r.cells[0]}`);
    expect(labels.slice(0, 9)).toEqual(['0:員工總人數', '1:全職員工人數', '1:其他類別員工人數', '1:按性別劃分的全職員工人數', '2:男性', '2:女性', '1:按年齡組別劃分的全職員工人數', '2:30歲以下', '2:30至50歲']);
    expect(rowOf(t, '按性別劃分的全職員工人數').italic).toBe(true);
    expect(rowOf(t, '男性').cells[2]).toBe('13,843');
    expect(rowOf(t, '其他類別員工人數').cells[2]).toBe('2,956');
    const en = tableWith(docs.get('en')!, 'Total workforce');
    expect(en.map((r) => r.cells[0])).toContain('Full-time employees by staff level');
  });

  it('does not nest training averages under the course count', () => {
    const t = tableWith(docs.get('en')!, 'Courses offered on the learning platform');
    const courses = t.findIndex((r) => r.cells[0] === 'Courses offered on the learning platform');
    const next = t[courses + 1] as Row;
    expect(next.cells[0]).toBe('Average training hours per full-time employee by staff level');
    expect(next.level).toBe(0);
    expect(rowOf(t, 'Courses offered on the learning platform').cells[1]).toBe('number');
  });

  it('gives every row of every KPI table a unit', () => {
    for (const lang of ['zh-Hant', 'en'] as const) {
      const kpi = docs.get(lang)!.filter((t) => t[0]?.cells[1] === (lang === 'en' ? 'Unit' : '單位'));
      expect(kpi.length).toBeGreaterThanOrEqual(9);
      const bare = kpi.flatMap((t) => t.slice(1).filter((r) => !r.cells[1]?.trim()).map((r) => r.cells[0]));
      expect(bare).toEqual([]);
    }
  });

  it('prints a fatality rate of 0 for every year, 2022 and 2023 included', () => {
    expect(rowOf(tableWith(docs.get('zh-Hant')!, '因工作關係而死亡的比率'), '因工作關係而死亡的比率').cells.slice(2)).toEqual(['0', '0', '0']);
    expect(rowOf(tableWith(docs.get('en')!, 'Work-related fatality rate'), 'Work-related fatality rate').cells.slice(2)).toEqual(['0', '0', '0']);
  });

  it('holds a short table on one page and lets a long one split only away from its ends', () => {
    const zh = docs.get('zh-Hant')!;
    const health = tableWith(zh, '因工作關係而死亡的人數');
    expect(health.length).toBeLessThanOrEqual(16);
    expect(health.slice(0, -1).every((r) => r.keepNext)).toBe(true);
    expect(health.at(-1)?.keepNext).toBe(false);
    const employment = tableWith(zh, '員工總人數'); // 18 rows: may split, but not leave 1–2 rows behind
    expect(employment.length).toBeGreaterThan(16);
    expect(employment.slice(0, 3).every((r) => r.keepNext)).toBe(true);
    expect(employment.slice(-3, -1).every((r) => r.keepNext)).toBe(true);
    expect(employment.slice(4, -4).some((r) => !r.keepNext)).toBe(true);
  });

  it('keeps headings and captions with what follows, and a chart with its note', () => {
    const { document, styles } = raw.get('en')!;
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Caption']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('<w:keepNext/>');
    }
    // The trend chart's image paragraph keeps with the note saying which years it shows.
    const note = document.indexOf('Data shown: 2024');
    const image = document.lastIndexOf('<w:drawing>', note);
    const paragraph = document.slice(document.lastIndexOf('<w:p>', image), image);
    expect(paragraph).toContain('<w:keepNext/>');
  });
});
