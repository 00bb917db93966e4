// The sample report's charts as drawn in the DOCX (the SVG Word shows; the PNG fallback is
// rasterised from it): the emissions trend draws only the year that has data and says which
// years it leaves out, shows Scope 2 by both methods, and the materiality matrix labels all
// 28 topics with no label on top of another label or a point.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../main/export/docx/charts/matrix-layout.js';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { docxPart } from '../docx-text.js';

interface Svg {
  texts: { text: string; x: number; y: number; anchor: string; size: number }[];
  /** Scatter symbols: centre and radius. */
  dots: { x: number; y: number; r: number }[];
}

function readSvg(svg: string): Svg {
  const texts = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const [, x = '0', y = '0'] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(attrs) ?? [];
    return { text: m[2] ?? '', x: Number(x), y: Number(y), anchor: /text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start', size: Number(/font-size:(\d+)px/.exec(attrs)?.[1] ?? 12) };
  });
  const dots = [...svg.matchAll(/<path d="M1 0A1 1 0 1 1 1 -0.1A1 1 0 0 1 1 0" transform="matrix\(([\d.]+),0,0,[\d.]+,([-\d.]+),([-\d.]+)\)"/g)].map((m) => ({ r: Number(m[1]), x: Number(m[2]), y: Number(m[3]) }));
  return { texts, dots };
}

describe('charts of the sample report', () => {
  const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-charts-')), 'sample.esg'), { sample: true, actor: 'test' });
  const out = new Map<string, { svgs: Svg[]; document: string }>();
  beforeAll(async () => {
    for (const lang of ['zh-Hant', 'en'] as const) {
      const zip = await JSZip.loadAsync(await buildReportDocx(ws, 2024, lang));
      const names = Object.keys(zip.files).filter((n) => /^word\/media\/.*\.svg$/.test(n)).sort();
      const svgs = await Promise.all(names.map(async (n) => readSvg(await docxPart(zip, n))));
      out.set(lang, { svgs, document: await docxPart(zip, 'word/document.xml') });
    }
  });
  afterAll(() => ws.close());

  // The trend chart: a Scope 1 series over a year axis (the Scope 3 pie names Scope 1 in a category, but has no years).
  const trend = (lang: string) => out.get(lang)!.svgs.find((s) => s.texts.some((t) => t.text.includes('Scope 1') || t.text.includes('範圍一')) && s.texts.some((t) => /^2024年?$/.test(t.text)))!;
  const matrix = (lang: string) => out.get(lang)!.svgs.find((s) => s.dots.length >= 28)!;

  it('draws only the years that have data, and the note names the years left out', () => {
    const en = trend('en');
    expect(en.texts.map((t) => t.text)).toContain('2024');
    expect(en.texts.map((t) => t.text)).not.toContain('2022');
    expect(en.texts.map((t) => t.text)).not.toContain('2023');
    expect(out.get('en')!.document).toContain('Data shown: 2024; no data for 2022, 2023.');
    expect(out.get('zh-Hant')!.document).toContain('圖中數據：2024年；2022、2023年無數據。');
    expect(trend('zh-Hant').texts.map((t) => t.text)).not.toContain('2022年');
  });

  it('shows Scope 2 by both methods where the chart shows Scope 2', () => {
    const names = trend('en').texts.map((t) => t.text);
    expect(names).toContain('Scope 2 emissions (location-based)');
    expect(names).toContain('Scope 2 emissions (market-based)');
    // The market-based bar carries its figure, as the KPI table prints it.
    expect(names).toContain('57,814');
  });

  for (const lang of ['zh-Hant', 'en'] as const) {
    it(`labels all 28 materiality topics in the ${lang} matrix, no label covering another or a point`, () => {
      const m = matrix(lang);
      expect(m.dots).toHaveLength(28);
      const numbers = m.texts.filter((t) => t.anchor === 'middle' && /^\d+$/.test(t.text) && t.size === 9);
      expect(numbers.map((t) => Number(t.text)).sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
      const boxes = numbers.map((t) => {
        const w = textWidth(t.text, t.size);
        return { text: t.text, x: t.x - w / 2, y: t.y - t.size / 2, w, h: t.size };
      });
      const hit = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      for (const b of boxes) {
        for (const o of boxes) if (o !== b) expect(hit(b, o), `${b.text} on ${o.text}`).toBe(false);
        for (const d of m.dots) expect(hit(b, { x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r }), `${b.text} on a point`).toBe(false);
      }
      // The legend names every topic, with its number.
      const legend = m.texts.filter((t) => /^\d+ {2}\S/.test(t.text));
      expect(legend).toHaveLength(28);
      expect(legend.map((t) => t.text)).toContain(lang === 'en' ? '1  Data security and privacy protection' : '1  數據安全與隱私保護');
    });
  }
});
