// The sample's report prints only text meant for its readers, in its own language: the
// Chinese footnotes are Chinese (working notes such as "Not stated in the report:
// back-calculated…" stay in the workspace), Chinese prose has no ASCII comma between two
// Chinese characters, and English prose counts people without a unit word.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { docxPart } from '../docx-text.js';

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
const footnoteTexts = (xml: string) =>
  [...xml.matchAll(/<w:footnote [^>]*w:id="(\d+)"[\s\S]*?<\/w:footnote>/g)].filter((m) => Number(m[1]) > 0).map((m) => texts(m[0]).join(''));
/** Three Latin words in a row (codes and units such as "GB/T 2589-2020" or "tCO₂e" are not words of prose). */
const ENGLISH = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;

describe('reader text of the sample report', () => {
  const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-notes-')), 'sample.esg'), { sample: true, actor: 'test' });
  let zh: { document: string; footnotes: string };
  let en: { document: string; footnotes: string };
  const open = async (buf: Buffer) => {
    const zip = await JSZip.loadAsync(buf);
    return { document: await docxPart(zip, 'word/document.xml'), footnotes: await docxPart(zip, 'word/footnotes.xml') };
  };
  beforeAll(async () => {
    zh = await open(await buildReportDocx(ws, 2024, 'zh-Hant'));
    en = await open(await buildReportDocx(ws, 2024, 'en'));
  });
  afterAll(() => ws.close());

  it('has no English footnote in the Chinese report, and the factor citations are there', () => {
    const notes = footnoteTexts(zh.footnotes);
    expect(notes.length).toBeGreaterThan(5);
    // An abbreviation's note may give the English name it stands for, in full-width brackets
    // ("eNPS：員工淨推薦值（Employee Net Promoter Score）"); any other English is a working note.
    const prose = (n: string) => n.replace(/^([A-Za-z]{2,}：[^（]+)（[A-Za-z][A-Za-z \-]+）。$/, '$1。');
    expect(notes.filter((n) => ENGLISH.test(prose(n)))).toEqual([]);
    expect(prose('OKR：目標與關鍵成果（Objectives and Key Results）。')).toBe('OKR：目標與關鍵成果。');
    expect(notes.some((n) => n.includes('生態環境部'))).toBe(true);
    expect(zh.footnotes).not.toMatch(/back-calculated|Invented/);
  });

  it('keeps working notes out of the English report too, printing its reader footnotes', () => {
    expect(en.footnotes).not.toMatch(/back-calculated|Invented|Not stated in the report/);
    expect(en.footnotes).toContain('Ministry of Ecology and Environment');
  });

  it('has no ASCII comma between two Chinese characters in the Chinese report', () => {
    const bad = texts(zh.document).flatMap((t) => [...t.matchAll(/\p{Script=Han} ?, ?\p{Script=Han}/gu)].map((m) => m[0]));
    expect(bad).toEqual([]);
  });

  it('counts people in English without a unit word', () => {
    expect(texts(en.document).join(' ')).not.toMatch(/persons directors/);
  });
});
