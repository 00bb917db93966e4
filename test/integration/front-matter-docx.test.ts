// Cover, back cover, document properties, front matter and index integrity (issue 13 items
// 8–10), read back from the sample's DOCX as a reviewer would: the logo and both names on the
// cover with every stock code and the title once; the address and contact on the last page;
// the document dated by the board's approval; the board statement with its comply-or-explain
// sentence and approval date; "About this report" naming the sites, the consolidation
// approach and the prevailing version; the SASB index with only the chosen codes and MDR-1
// pointing to the board statement; a contradicting twin code refused; check naming an index
// row whose section shows nothing for it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkYear } from '../../main/services/check-service.js';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { setApprovalDate } from '../../main/services/front-matter-service.js';
import { addSection } from '../../main/services/report-outline-service.js';
import { setDisclosure } from '../../main/services/report-disclosure-service.js';
import { ReportEditError } from '../../main/services/report-errors.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { findingText } from '../../shared/checks/finding.js';
import { docxPart } from '../docx-text.js';

interface Doc {
  body: string;
  core: string;
  media: string[];
}

async function open(buf: Buffer): Promise<Doc> {
  const zip = await JSZip.loadAsync(buf);
  return {
    body: await docxPart(zip, 'word/document.xml'),
    core: await docxPart(zip, 'docProps/core.xml'),
    media: Object.keys(zip.files).filter((n) => n.startsWith('word/media/')),
  };
}

const paraXml = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
const texts = (xml: string) => paraXml(xml).map(textOf);
/** The paragraphs of each page section (cover, body, back cover): a section ends with the paragraph holding its properties. */
function sections(xml: string): string[][] {
  const out: string[][] = [[]];
  for (const p of paraXml(xml)) {
    out.at(-1)?.push(textOf(p));
    if (p.includes('<w:sectPr')) out.push([]);
  }
  return out;
}
const rows = (xml: string) => [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => texts(c[0]).join('\n')));

describe('front and back matter of the sample report', () => {
  const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-front-')), 'sample.esg'), { sample: true, actor: 'test' });
  let zh: Doc;
  let en: Doc;
  beforeAll(async () => {
    zh = await open(await buildReportDocx(ws, 2024, 'zh-Hant'));
    en = await open(await buildReportDocx(ws, 2024, 'en'));
  });
  afterAll(() => ws.close());

  it('prints the logo, both names, every stock code and the title once on the cover', () => {
    const [cover] = sections(zh.body);
    expect(cover).toEqual(expect.arrayContaining(['快手科技', 'Kuaishou Technology', '2024年環境、社會及管治報告', '股份代號：01024、81024']));
    expect(cover?.filter((p) => p.includes('2024'))).toHaveLength(1);
    expect(zh.media.some((m) => m.endsWith('.png'))).toBe(true);
    expect(sections(en.body)[0]).toEqual(expect.arrayContaining(['Kuaishou Technology', '快手科技', 'Stock codes: 01024, 81024']));
  });

  it('ends with a back cover carrying the address and contact of the profile in the report language', () => {
    const back = sections(zh.body).filter((s) => s.some((p) => p.trim() !== '')).at(-1) ?? [];
    expect(back).toEqual(expect.arrayContaining(['地址：中國北京市海淀區西二旗西路16號院（郵編100085）', '電郵：ir@kuaishou.com', '網址：www.kuaishou.com']));
    const enBack = sections(en.body).filter((s) => s.some((p) => p.trim() !== '')).at(-1) ?? [];
    expect(enBack).toContain('Address: Courtyard 16, Xierqi West Road, Haidian District, Beijing 100085, China');
  });

  it('dates and titles the document from the edition, not the clock', () => {
    expect(zh.core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-24T00:00:00Z</dcterms:created>');
    expect(zh.core).toContain('2025-03-24T00:00:00Z</dcterms:modified>');
    expect(zh.core).toContain('<dc:title>快手科技 2024年環境、社會及管治報告</dc:title>');
    expect(zh.core).toContain('<dc:creator>快手科技</dc:creator>');
  });

  it('states comply-or-explain with the approval date, and the boundary, consolidation and prevailing version', () => {
    const all = texts(zh.body);
    expect(all.some((p) => p.includes('「不遵守就解釋」條文') && p.includes('強制披露'))).toBe(true);
    expect(all).toContain('本報告已於2025年3月24日經董事會批准刊發。');
    expect(all.find((p) => p.startsWith('報告範圍：'))).toContain('以下5個營運地點：北京元中心總部職場、');
    expect(all).toContain('報告期間：2024年1月1日至2024年12月31日。');
    expect(all.find((p) => p.startsWith('合併方法：'))).toContain('營運控制權法');
    expect(all.find((p) => p.startsWith('語言版本：'))).toContain('概以繁體中文版本為準');
    const e = texts(en.body);
    expect(e).toContain('The Board approved this report for publication on 24 March 2025.');
    expect(e.find((p) => p.startsWith('Consolidation approach: '))).toContain('operational control approach of the GHG Protocol');
    expect(e.find((p) => p.startsWith('Languages: '))).toContain('the Traditional Chinese version prevails');
  });

  it('lists only the SASB codes the company chose, and MDR-1 under the board statement', () => {
    const table = rows(zh.body);
    const codes = table.map((r) => r[0]);
    expect(codes).toContain('TC-SI-130a.1');
    expect(codes).toContain('TC-IM-130a.2');
    expect(codes).not.toContain('TC-IM-130a.1');
    expect(codes.filter((c) => c?.startsWith('TC-'))).toHaveLength(9);
    expect(table.find((r) => r[0] === 'MDR-1')?.[2]).toBe('董事會聲明');
    expect(table.find((r) => r[0] === 'MDR-3')?.[2]).toBe('關於本報告');
  });

  it('refuses a twin code that would contradict the one the map has, and an approval date inside the year', () => {
    expect(() => setDisclosure(ws, 2024, { framework: 'sasb', itemCode: 'TC-IM-130a.1', status: 'not_applicable', reasonZh: '不適用。', reasonEn: 'Not applicable.' }, 'test')).toThrow(ReportEditError);
    expect(() => setApprovalDate(ws, 2024, '2024-11-30', 'test')).toThrow(ReportEditError);
    expect(() => setApprovalDate(ws, 2024, '2025-02-30', 'test')).toThrow(ReportEditError);
  });

  it('check names an index row whose section has no content, and a board statement without a date', () => {
    addSection(ws, 2024, { id: 'empty-annex', parentId: null, kind: 'appendix', titleZh: '空白附錄', titleEn: 'Empty annex' }, 'test');
    setDisclosure(ws, 2024, { framework: 'hkex', itemCode: 'B8.1', status: 'disclosed', sections: ['empty-annex'] }, 'test');
    setApprovalDate(ws, 2024, null, 'test');
    const findings = checkYear(ws, 2024);
    const empty = findings.find((f) => f.rule === 'index.section_empty' && f.metric === 'B8.1');
    expect(empty && findingText('en', empty)).toBe('The HKEX index row B8.1 points to "Empty annex", which has no content for it.');
    expect(empty && findingText('zh-Hant', empty)).toBe('聯交所 索引項目 B8.1 指向「空白附錄」，但該章節沒有相關內容。');
    expect(findings.some((f) => f.rule === 'front.no_approval')).toBe(true);
  });
});
