// The exported report as a reviewer opens it: headings Word's navigation pane and TOC use,
// KPI tables with the workspace's figures, footnotes naming the factor and its source, the
// HKEX index listing every KPI, charts as images, both languages; the same bytes twice; an
// atomic write; the export log; and LibreOffice converting the file to PDF.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRegister } from '../../main/services/report-register-service.js';
import { listExports } from '../../main/services/report-export-log-service.js';
import { buildReportDocx, exportReportDocx } from '../../main/services/docx-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { CLIMATE_CATEGORY_LABELS } from '../../shared/enum-labels.js';
import { CLIMATE_RISK_GROUPS } from '../../shared/report/register.js';
import { tempDir } from '../helpers.js';
import { docxPart } from '../docx-text.js';

interface Parts {
  document: string;
  footnotes: string;
  styles: string;
  media: string[];
}

async function open(buf: Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(buf);
  const text = (n: string) => docxPart(zip, n);
  return { document: await text('word/document.xml'), footnotes: await text('word/footnotes.xml'), styles: await text('word/styles.xml'), media: Object.keys(zip.files).filter((n) => n.startsWith('word/media/')) };
}

/** The visible text of an XML part, paragraph by paragraph. */
function paragraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

/** Table rows as arrays of cell texts. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).map((p) => p.text).join('\n')));
}

const HKEX_KPIS = ['A1.1', 'A1.2', 'A1.3', 'A1.4', 'A1.5', 'A1.6', 'A2.1', 'A2.2', 'A2.3', 'A2.4', 'A2.5', 'A3.1', 'A4.1', 'B1.1', 'B1.2', 'B2.1', 'B2.2', 'B2.3', 'B3.1', 'B3.2', 'B4.1', 'B4.2', 'B5.1', 'B5.2', 'B5.3', 'B5.4', 'B6.1', 'B6.2', 'B6.3', 'B6.4', 'B6.5', 'B7.1', 'B7.2', 'B7.3', 'B8.1', 'B8.2'];

describe('DOCX report export of the sample', () => {
  const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-docx-')), 'sample.esg'), { sample: true, actor: 'test' });
  let zhBytes: Buffer;
  let zh: Parts;
  let en: Parts;
  beforeAll(async () => {
    zhBytes = await buildReportDocx(ws, 2024, 'zh-Hant');
    zh = await open(zhBytes);
    en = await open(await buildReportDocx(ws, 2024, 'en'));
  });
  afterAll(() => ws.close());

  it('uses Word heading styles for the outline, with a TOC field, so navigation and contents work', () => {
    const heads = paragraphs(zh.document).filter((p) => /^Heading[123]$/.test(p.style));
    expect(heads.map((h) => h.text)).toEqual(expect.arrayContaining(['ESG管治', '1 環境', '1.3 關鍵環境類指標', '2.2.3 員工健康與安全', '附錄：聯交所ESG指標索引', '附錄：SASB標準索引']));
    expect(heads.find((h) => h.text === '1.3 關鍵環境類指標')?.style).toBe('Heading2');
    expect(zh.document).toContain("TOC \\h \\o &quot;1-3&quot;");
    expect(paragraphs(en.document).some((p) => p.style === 'Heading2' && p.text === '1.3 Key environmental indicators')).toBe(true);
  });

  it('declares East Asian fonts so Chinese does not print as boxes', () => {
    expect(zh.styles).toContain('w:eastAsia="Microsoft JhengHei"');
    expect(en.styles).toContain('w:eastAsia="Microsoft JhengHei"');
  });

  it('prints the KPI table figures from the workspace in each language\'s units', () => {
    const zhRows = tableRows(zh.document);
    const s2 = zhRows.find((r) => r[0]?.startsWith('範圍二排放量（基於位置）'));
    expect(s2?.slice(1)).toEqual(['萬噸二氧化碳當量', '27.40']);
    expect(zhRows.find((r) => r[0]?.startsWith('範圍二排放量（基於市場）'))?.[2]).toBe('5.78');
    expect(zhRows.find((r) => r[0]?.startsWith('溫室氣體排放總量（範圍一及範圍二）'))?.[2]).toBe('27.61');
    expect(zhRows.find((r) => r[0]?.startsWith('綜合能源消耗量'))?.[2]).toBe('520,171.67');
    const enRows = tableRows(en.document);
    const enS2 = enRows.find((r) => /Scope 2.*location/i.test(r[0] ?? ''));
    expect(enS2?.slice(1)).toEqual(['tCO₂e', '273,975']);
  });

  it('shows physical and transition climate risks as separate tables, each under its caption', () => {
    // The first table after a caption, as rows of cell texts (header first).
    const tableAfter = (xml: string, captionText: string): string[][] => {
      const at = paragraphs(xml).findIndex((p) => p.text === captionText);
      expect(at, captionText).toBeGreaterThanOrEqual(0);
      const from = xml.indexOf(`>${captionText}<`);
      const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml.slice(from))?.[0] ?? '';
      return tableRows(table);
    };
    for (const [doc, lang, physical, transition] of [
      [zh, 'zh-Hant', '氣候物理風險評估結果', '氣候轉型風險評估結果'],
      [en, 'en', 'Physical climate risks: assessment results', 'Transition climate risks: assessment results'],
    ] as const) {
      const label = (codes: readonly string[]) => codes.map((c) => CLIMATE_CATEGORY_LABELS[c as keyof typeof CLIMATE_CATEGORY_LABELS][lang]);
      const phys = tableAfter(doc.document, physical).slice(1).map((r) => r[0]);
      const trans = tableAfter(doc.document, transition).slice(1).map((r) => r[0]);
      expect(new Set(phys)).toEqual(new Set(label(CLIMATE_RISK_GROUPS.physical)));
      expect(new Set(trans)).toEqual(new Set(label(['policy_legal', 'technology', 'reputation'])));
      // Every risk of the register is in one of the two tables, none twice.
      expect(phys.length + trans.length).toBe(listRegister(ws, 2024, 'climate').filter((c) => c.type === 'risk').length);
    }
  });

  it('right-aligns the numbers of KPI tables', () => {
    const row = [...zh.document.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]).find((r) => r.includes('27.40'));
    const cell = [...(row ?? '').matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]).find((c) => c.includes('27.40'));
    expect(cell).toMatch(/<w:jc w:val="(right|end)"\/>/);
  });

  it('footnotes the factors the figures were calculated with: value and source', () => {
    const notes = paragraphs(zh.footnotes).map((p) => p.text);
    const grid = notes.find((n) => n.includes('0.5366'));
    expect(grid).toContain('tCO₂/MWh');
    // cited by its Chinese footnote; the English working note stays out of the Chinese report
    expect(grid).toContain('生態環境部《關於發布2022年電力二氧化碳排放因子的公告》');
    expect(notes.some((n) => n.includes('0.5856'))).toBe(true);
    // the reference is in the table row it explains
    const row = [...zh.document.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]).find((r) => r.includes('範圍二排放量（基於位置）'));
    expect(row).toContain('<w:footnoteReference');
    expect(paragraphs(en.footnotes).some((p) => p.text.includes('0.5366') && p.text.includes('source'))).toBe(true);
  });

  it('lists every HKEX KPI and general disclosure in the index, with reasons for not applicable as footnotes', () => {
    // (the last occurrences: the first ones are the TOC's entries)
    const start = zh.document.lastIndexOf('附錄：聯交所ESG指標索引');
    const end = zh.document.lastIndexOf('附錄：SASB標準索引');
    const rows = tableRows(zh.document.slice(start, end));
    const codes = rows.map((r) => r[0]);
    for (const k of HKEX_KPIS) expect(codes).toContain(k);
    for (const gd of ['A1 GD', 'A2 GD', 'A3 GD', 'A4 GD', 'B1 GD', 'B8 GD']) expect(codes).toContain(gd);
    const a25 = rows.find((r) => r[0] === 'A2.5');
    expect(a25?.[2]).toBe('不適用');
    expect(paragraphs(zh.footnotes).some((p) => p.text.includes('包裝'))).toBe(true);
    const a11 = rows.find((r) => r[0] === 'A1.1');
    expect(a11?.[2]).toMatch(/\d/);
    // Only the SASB codes the company chose: TC-SI-130a.1, not its unchosen twin TC-IM-130a.1.
    expect(zh.document.slice(end)).toContain('TC-SI-130a.1');
    expect(zh.document.slice(end)).not.toContain('TC-IM-130a.1');
  });

  it('embeds the charts as SVG with PNG fallbacks', () => {
    for (const p of [zh, en]) {
      expect(p.media.filter((m) => m.endsWith('.svg')).length).toBeGreaterThanOrEqual(2);
      expect(p.media.filter((m) => m.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives the same bytes for the same workspace and options', async () => {
    const again = await buildReportDocx(ws, 2024, 'zh-Hant');
    expect(createHash('sha256').update(again).digest('hex')).toBe(createHash('sha256').update(zhBytes).digest('hex'));
  });

  it('writes atomically, records the export, and leaves the previous file when an export fails', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.docx');
    const r = await exportReportDocx(ws, 2024, 'zh-Hant', file, 'test');
    const written = readFileSync(file);
    expect(r.bytes).toBe(written.length);
    const log = listExports(ws).filter((e) => e.kind === 'docx');
    expect(log.at(-1)?.fileHash).toBe(createHash('sha256').update(written).digest('hex'));

    const other = createWorkspace(join(dir, 'other.esg'), { sample: true, actor: 'test' });
    other.close();
    await expect(exportReportDocx(other, 2024, 'zh-Hant', file, 'test')).rejects.toThrow();
    expect(readFileSync(file).equals(written)).toBe(true);
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));
  it.skipIf(!soffice)('converts to PDF with LibreOffice in both languages', async () => {
    const out = tempDir();
    const files = ['zh-Hant', 'en'].map((lang) => join(out, `report-${lang}.docx`));
    writeFileSync(files[0] as string, zhBytes);
    writeFileSync(files[1] as string, await buildReportDocx(ws, 2024, 'en'));
    execFileSync(soffice as string, ['--headless', `-env:UserInstallation=file://${join(out, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', out, ...files], { stdio: 'ignore', timeout: 120_000 });
    for (const f of files) {
      const pdf = f.replace(/\.docx$/, '.pdf');
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      if (existsSync('/usr/bin/pdftotext')) {
        const text = execFileSync('/usr/bin/pdftotext', [pdf, '-']).toString();
        expect(text).toContain(f.includes('zh-Hant') ? '27.40' : '273,975');
      }
    }
  }, 180_000);
});
