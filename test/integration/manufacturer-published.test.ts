// Issue 18's "done when": a manufacturer's data package (test/fixtures/manufacturer/, written for
// this test as a food maker's FY2023 and FY2024 KPI tables print them: pellets and petrol,
// electricity in '000 kWh, water in m³, Scope 3 as a total, packaging per employee, an age-only
// headcount and intensities per tonne of product) imports through the command line as printed,
// and every total and intensity of its published.csv comes out at the precision it is printed.
// The workspace is set up as such a company would: SASB industry FB-PF, intensities also per
// tonne of product.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli-process.js';
import { docxPart } from '../docx-text.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'manufacturer');
interface KpiRow {
  code: string;
  dimensions: Record<string, string>;
  value: number | null;
  unit: string;
  kind: string;
  from_breakdown?: string[];
  formula?: string;
}

const published = Papa.parse<{ metric: string; year: string; dimensions: string; printed: string }>(readFileSync(join(FIXTURE, 'published.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The figure as the report prints it: the value rounded to the printed number of decimals. */
function printedLike(value: number, printed: string): string {
  const decimals = printed.includes('.') ? (printed.split('.')[1] as string).length : 0;
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function docText(xml: string): string {
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

describe('a manufacturer\'s published figures, reproduced from its data package', { timeout: 180_000 }, () => {
  // One workspace for every test of the file (helpers' tempDir is removed after each test).
  const dir = mkdtempSync(join(tmpdir(), 'esg-maker-'));
  const ws = join(dir, 'foods.esg');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const kpis = new Map<number, KpiRow[]>();

  beforeAll(() => {
    const init = runCli(['init', ws, '--name-zh', '嘉和食品', '--name-en', 'Ka Wo Foods', '--report-year', '2024', '--baseline-year', '2023', '--sasb-industry', 'FB-PF', '--intensity-per', 'production_t']);
    expect(init.code, init.err).toBe(0);
    const imp = runCli(['import', ws, ...['fy2023.csv', 'fy2024.csv', 'targets.csv'].map((f) => join(FIXTURE, f))]);
    expect(imp.code, imp.err + imp.out).toBe(0);
    for (const year of [2023, 2024]) {
      const r = runCli(['kpis', ws, '--year', String(year), '--json']);
      expect(r.code, r.err).toBe(0);
      kpis.set(year, JSON.parse(r.out) as KpiRow[]);
    }
    // Four CLI runs: on a loaded machine longer than a hook's default 10 s.
  }, 180_000);

  it('gives every published total and intensity at its printed precision', () => {
    expect(published.length).toBeGreaterThan(25);
    const wrong: string[] = [];
    for (const p of published) {
      const dims = p.dimensions ? Object.fromEntries(p.dimensions.split(';').map((kv) => kv.split('=') as [string, string])) : {};
      const row = kpis.get(Number(p.year))?.find((r) => r.code === p.metric && JSON.stringify(r.dimensions) === JSON.stringify(dims));
      const got = row?.value === null || row?.value === undefined ? 'absent' : printedLike(row.value, p.printed);
      if (got !== p.printed) wrong.push(`${p.metric} ${p.year}: printed ${p.printed}, got ${got}`);
    }
    expect(wrong).toEqual([]);
  });

  it('builds the headcount from the age bands, and says so', () => {
    const total = kpis.get(2024)?.find((r) => r.code === 'workforce.total' && Object.keys(r.dimensions).length === 0);
    expect(total).toMatchObject({ value: 1_040, from_breakdown: ['age'], formula: 'sumby(workforce.total, "age")' });
  });

  it('follows the intensity target per tonne of product', () => {
    const r = runCli(['targets', ws, '--year', '2024', '--json']);
    expect(r.code, r.err).toBe(0);
    const t = (JSON.parse(r.out) as { code: string; baseline: number; current: number; change_pct: number }[]).find((x) => x.code === 'GHG-INT-T');
    const base = 3_575.14506 / 26_180;
    const now = 3_517.02328 / 28_450;
    expect(t?.baseline).toBeCloseTo(base, 10);
    expect(t?.current).toBeCloseTo(now, 10);
    expect(t?.change_pct).toBeCloseTo(((now - base) / base) * 100, 8);
  });

  it('prints the denominator in the report\'s rows, and its industry\'s chapter and SASB index', async () => {
    const texts: Record<string, string> = {};
    for (const lang of ['en', 'zh-Hant']) {
      const file = join(dir, `report-${lang}.docx`);
      const r = runCli(['export', ws, '--year', '2024', '--lang', lang, '--docx', file]);
      expect(r.code, r.err).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(file));
      texts[lang] = docText(await docxPart(zip, 'word/document.xml'));
    }
    const en = texts['en'] as string;
    const zh = texts['zh-Hant'] as string;
    expect(en).toMatch(/GHG emissions per tonne of product \(Scope 1 and 2\)\s*tCO₂e per tonne of product\s*0\.1236/u);
    expect(zh).toMatch(/每噸產品溫室氣體排放量[（(]範圍一及範圍二[）)]\s*每噸產品噸二氧化碳當量\s*0\.1236/u);
    expect(en).toMatch(/Packaging material per person\s*t\/person\s*0\.3769\s*0\.3716/u);
    expect(en).toContain('Production and packaging');
    expect(zh).toContain('生產及包裝');
    expect(en).toContain('FB-PF-410a.1');
    expect(en).not.toContain('TC-IM-130a.1');
    expect(en).not.toMatch(/data centre|platform/iu);
  });

  it('hands the industry\'s departments their metrics', () => {
    const out = join(dir, 'sheets');
    const r = runCli(['sheets', ws, '--year', '2024', '--out', out]);
    expect(r.code, r.err + r.out).toBe(0);
    expect(r.out).toMatch(/production/u);
    expect(r.out).not.toMatch(/data_centres|security|foundation/u);
  });
});
