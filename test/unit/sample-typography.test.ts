// The sample's Chinese texts (report content, registers, disclosure reasons, company profile,
// data footnotes and target titles) use full-width punctuation between Chinese characters, as
// the catalogue does: they are shown as they are in the editor, the registers and the checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../shared/io/csv.js';
import { fullWidthPunctuation } from '../../shared/text/typography.js';
import { ROOT } from '../cli-process.js';

const SAMPLE = join(ROOT, 'templates', 'sample');
const readJson = (rel: string): unknown => JSON.parse(readFileSync(join(SAMPLE, rel), 'utf8'));

/** Every string in a Chinese field — under a "zh-Hant" key or a key ending in Zh/_zh — with its path. */
function zhTexts(value: unknown, path: string, inZh = false): [string, string][] {
  if (typeof value === 'string') return inZh ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => zhTexts(v, `${path}[${i}]`, inZh));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => zhTexts(v, `${path}.${k}`, inZh || k === 'zh-Hant' || /(Zh|_zh)$/.test(k)));
  return [];
}

/** The Chinese columns of a CSV file of the sample, cell by cell. */
function csvZh(rel: string): [string, string][] {
  const t = readCsv(readFileSync(join(SAMPLE, rel), 'utf8'));
  const cols = t.header.flatMap((h, i) => (h.endsWith('_zh') ? [i] : []));
  return t.records.flatMap((r) => cols.map((i): [string, string] => [`${rel}:${r.line}.${t.header[i]}`, r.cells[i] ?? '']));
}

describe('the sample’s Chinese texts', () => {
  const texts: [string, string][] = [
    ...['report/register.json', 'report/disclosure.json', 'company.json'].flatMap((f) => zhTexts(readJson(f), f)),
    ...readdirSync(join(SAMPLE, 'report', 'content'))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => zhTexts(readJson(`report/content/${f}`), `report/content/${f}`)),
    ...readdirSync(SAMPLE)
      .filter((f) => f.endsWith('.csv'))
      .flatMap(csvZh),
  ];

  it('are found in every kind of file (content, registers, disclosure, profile, data, targets)', () => {
    for (const prefix of ['report/content/', 'report/register.json', 'report/disclosure.json', 'company.json', 'data-2024.csv', 'targets.csv'])
      expect(texts.some(([p, v]) => p.startsWith(prefix) && /[\u4e00-\u9fff]/.test(v)), prefix).toBe(true);
    expect(texts.length).toBeGreaterThan(600);
  });

  it('use full-width punctuation between Chinese characters', () => {
    expect(texts.filter(([, v]) => fullWidthPunctuation(v) !== v).map(([p, v]) => `${p}: ${v}`)).toEqual([]);
  });

  it('use in the registers only the markup a register cell renders (footnotes, bold), no live references', () => {
    const all = (v: unknown, path: string): [string, string][] =>
      typeof v === 'string' ? [[path, v]] : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => all(x, `${path}.${k}`)) : [];
    const register = all(readJson('report/register.json'), 'register');
    expect(register.length).toBeGreaterThan(200);
    expect(register.filter(([, v]) => /\{\{/.test(v)).map(([p, v]) => `${p}: ${v}`)).toEqual([]);
    // Footnote markup is complete where it is used (docx-no-markup.test.ts proves it is rendered).
    for (const [p, v] of register.filter(([, x]) => x.includes('[^'))) expect(v, p).toMatch(/\[\^[^\]]+\]/);
  });

  it('keep the live references and footnotes of their markup intact', () => {
    // A reference's colon and semicolons are ASCII: {{kpi:code;dim=value}} must stay readable.
    const markup = texts.filter(([p]) => p.endsWith('.markup') || p.includes('.items[')).map(([, v]) => v);
    expect(markup.join('\n')).toMatch(/\{\{kpi:[a-z]/);
    expect(markup.join('\n')).not.toMatch(/\{\{kpi：|\{\{link：/);
  });
});
