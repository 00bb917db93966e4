// The share (pie) chart block: shares rounded so that the printed labels add to 100%, the
// slices of one metric by a breakdown or of several metrics, refused configurations, and the
// exported report holding each pie as an SVG picture (with its PNG fallback) under its
// caption, labelled with the shares of the figures the KPI tables print, in both languages.
import JSZip from 'jszip';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { metricsShown } from '../../main/services/index-integrity-service.js';
import { ReportEditError } from '../../main/services/report-errors.js';
import { addBlock } from '../../main/services/report-outline-service.js';
import { createValueSource } from '../../main/services/report-values.js';
import { loadShareChart } from '../../main/services/share-chart-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { ContentValidationError, parseBlockBody } from '../../shared/report/blocks.js';
import { roundedShares, shareChartConfigSchema } from '../../shared/report/share-chart.js';
import { docxPart } from '../docx-text.js';

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;
const chart = (config: object) => ({ type: 'chart', config, content: { 'zh-Hant': { caption: '' }, en: { caption: '' } } });
const refusal = (input: unknown) => {
  try {
    parseBlockBody(input);
  } catch (e) {
    if (e instanceof ContentValidationError) return e.issues.map((i) => i.message);
  }
  return null;
};

describe('share chart', () => {
  it('rounds shares by the largest remainder so that they add to exactly 100', () => {
    expect(roundedShares([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(roundedShares([13843, 10875])).toEqual([56, 44]);
    for (const values of [[2, 3, 5, 7, 11, 13, 17], [0.1, 0.1, 99.8], [30500, 290300, 47900, 17200, 10400, 862800], [1, 0]]) expect(sum(roundedShares(values))).toBe(100);
    expect(roundedShares([0, 0])).toEqual([]);
    expect(roundedShares([5, -1])).toEqual([]);
  });

  it('is one metric by a breakdown or two metrics or more, and says which rule a refusal breaks', () => {
    expect(parseBlockBody(chart({ kind: 'kpi_share', metric: 'workforce.fulltime', dimension: 'gender' })).config).toEqual({ kind: 'kpi_share', metric: 'workforce.fulltime', dimension: 'gender', dims: {}, year: 0, donut: true });
    expect(refusal(chart({ kind: 'kpi_share', metric: 'workforce.fulltime' }))).toEqual(['block.share.metric_or_parts']);
    expect(refusal(chart({ kind: 'kpi_share', metric: 'workforce.fulltime', dimension: 'gender', parts: [{ metric: 'waste.hazardous' }, { metric: 'waste.non_hazardous' }] }))).toEqual(['block.share.metric_or_parts']);
    expect(refusal(chart({ kind: 'kpi_share', metric: 'workforce.fulltime', dimension: 'gender', dims: { gender: 'female' } }))).toEqual(['block.share.dimension_fixed']);
    expect(refusal(chart({ kind: 'kpi_share', parts: [{ metric: 'waste.hazardous' }] }))).not.toBeNull();
    expect(shareChartConfigSchema.safeParse({ kind: 'kpi_share', metric: 'workforce.fulltime', dimension: 'gender', year: 1 }).success).toBe(false);
  });

  describe('on the sample workspace', () => {
    const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-share-')), 'sample.esg'), { sample: true, actor: 'test' });
    afterAll(() => ws.close());
    const values = createValueSource(ws);

    it('splits full-time employees by gender as the report states it (women 44.0%)', () => {
      const r = loadShareChart(ws, 2024, 'zh-Hant', shareChartConfigSchema.parse({ kind: 'kpi_share', metric: 'workforce.fulltime', dimension: 'gender' }));
      expect(r.ok && r.data.slices.map((s) => [s.label, s.share])).toEqual([['男性', 56], ['女性', 44]]);
      expect(r.ok && r.data.total).toBe(values.value('workforce.fulltime', {}, 2024));
      const en = loadShareChart(ws, 2024, 'en', shareChartConfigSchema.parse({ kind: 'kpi_share', metric: 'workforce.fulltime', dimension: 'age', year: 0 }));
      expect(en.ok && en.data.slices.map((s) => s.label)).toEqual(['Under 30', '30 to 50', 'Over 50']);
      expect(en.ok && sum(en.data.slices.map((s) => s.share))).toBe(100);
    });

    it('writes a share chart through the outline service only with metrics of the catalogue split by their own breakdowns', () => {
      const body = (config: object) => ({ type: 'chart' as const, config, content: { 'zh-Hant': { caption: '按性別劃分' }, en: { caption: 'By gender' } } });
      const refused = (config: object) => {
        try {
          addBlock(ws, 2024, 'green-waste', body(config), 'test');
        } catch (e) {
          if (e instanceof ReportEditError) return e.issues.map((i) => i.message);
        }
        return null;
      };
      expect(refused({ kind: 'kpi_share', metric: 'waste.hazardous', dimension: 'gender' })).toEqual(['block.share.dimension_unknown']);
      expect(refused({ kind: 'kpi_share', parts: [{ metric: 'waste.hazardous' }, { metric: 'waste.nothing_such' }] })).toEqual(['unknown metric waste.nothing_such']);
      const block = addBlock(ws, 2024, 'green-waste', body({ kind: 'kpi_share', metric: 'workforce.fulltime', dimension: 'gender' }), 'test');
      // The index integrity check counts the pie's metric as shown in its section.
      expect(metricsShown(block)).toContain('workforce.fulltime');
    });

    it('refuses to add up metrics of different units, and has nothing to draw for a year without data', () => {
      expect(loadShareChart(ws, 2024, 'en', shareChartConfigSchema.parse({ kind: 'kpi_share', parts: [{ metric: 'waste.hazardous' }, { metric: 'energy.electricity' }] }))).toEqual({ ok: false, reason: 'units_differ', units: ['t', 'MWh'] });
      expect(loadShareChart(ws, 2024, 'en', shareChartConfigSchema.parse({ kind: 'kpi_share', metric: 'ghg.scope3', dimension: 'scope3_category', year: -2 }))).toEqual({ ok: false, reason: 'no_data' });
    });

    it.each([
      ['zh-Hant', '廢棄物產生量構成', '有害廢棄物', '無害廢棄物', '2024年數據；合計'],
      ['en', 'Waste generated by type', 'Hazardous waste', 'Non-hazardous waste', 'Figures for 2024; total '],
    ] as const)('%s: the report holds the waste pie under its caption, its shares those of the KPI figures, adding to 100%%', async (lang, caption, hazardous, other, note) => {
      const zip = await JSZip.loadAsync(await buildReportDocx(ws, 2024, lang));
      const doc = await docxPart(zip, 'word/document.xml');
      const text = [...doc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const at = text.indexOf(caption);
      expect(at).toBeGreaterThan(0);
      expect(text.slice(at, at + 200)).toContain(note);
      // The picture after the caption names it, and is an SVG with a PNG fallback.
      const picture = new RegExp(`<wp:docPr [^>]*descr="${caption}"`).exec(doc.slice(doc.indexOf(caption)));
      expect(picture).not.toBeNull();
      const svgs = await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith('.svg')).map((n) => zip.file(n)!.async('string')));
      // Each slice is labelled with its name, then its share on the next line.
      const textsOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? '').trim());
      const pie = svgs.find((s) => textsOf(s).includes(hazardous));
      expect(pie).toBeDefined();
      const texts = textsOf(pie!);
      const shareAfter = (name: string) => Number(texts[texts.indexOf(name) + 1]?.replace('%', ''));
      const h = values.value('waste.hazardous', {}, 2024)!;
      const n = values.value('waste.non_hazardous', {}, 2024)!;
      expect([shareAfter(hazardous), shareAfter(other)]).toEqual([Math.round((h / (h + n)) * 1000) / 10, Math.round((n / (h + n)) * 1000) / 10]);
      expect(sum([shareAfter(hazardous), shareAfter(other)])).toBe(100);
      // Every pie of the report adds up to 100%: Scope 3 by category has six slices.
      const pies = svgs.filter((s) => /%<\/text>/.test(s));
      expect(pies.length).toBeGreaterThanOrEqual(3);
      for (const s of pies) expect(sum(textsOf(s).filter((x) => /^[\d.]+%$/.test(x)).map((x) => Number(x.replace('%', ''))))).toBe(100);
      // No label is cut short ("Upstream leased assets: 6..."): long names wrap instead.
      for (const s of pies) expect(textsOf(s).filter((x) => /\.\.\.|…$/.test(x))).toEqual([]);
      // Every slice of the Scope 3 pie is labelled: six categories, six shares.
      expect(pies.some((s) => textsOf(s).filter((x) => /^[\d.]+%$/.test(x)).length === 6)).toBe(true);
      expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(svgs.length);
    });
  });
});
