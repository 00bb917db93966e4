// The governance-structure block: tiers typed per language (the same tiers and members in
// both, or the write is refused with codes the screens word), the diagram laid out so that no
// box overlaps another, and the exported report holding the diagram (SVG with its PNG
// fallback) and the table of each tier's role, in both languages.
import JSZip from 'jszip';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../main/services/docx-export-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { ContentValidationError, parseBlockBody } from '../../shared/report/blocks.js';
import { governanceDiagram } from '../../shared/report/governance-diagram.js';
import { docxPart } from '../docx-text.js';

const tiers = (names: string[], members: string[] = []) => names.map((name, i) => ({ name, role: '', members: i === names.length - 1 ? members : [] }));
const body = (zh: object[], en: object[]) => ({ type: 'governance_structure', content: { 'zh-Hant': { caption: '', tiers: zh }, en: { caption: '', tiers: en } } });
const refusal = (input: unknown) => {
  try {
    parseBlockBody(input);
  } catch (e) {
    if (e instanceof ContentValidationError) return e.issues;
  }
  return null;
};

describe('governance structure block', () => {
  it('takes the same tiers and members in both languages, and refuses with message codes otherwise', () => {
    expect(parseBlockBody(body(tiers(['董事會', '工作小組'], ['人力資源']), tiers(['Board', 'Working group'], ['HR']))).config).toEqual({ show_table: true });
    expect(refusal(body(tiers(['董事會', '工作小組']), tiers(['Board'])))).toEqual([{ path: 'content.en.tiers', message: 'block.governance.tiers_differ' }]);
    expect(refusal(body(tiers(['董事會'], ['甲', '乙']), tiers(['Board'], ['A'])))).toEqual([{ path: 'content.en.tiers.0.members', message: 'block.governance.members_differ' }]);
    expect(refusal(body([], []))?.map((i) => i.message)).toEqual(['block.governance.no_tier', 'block.governance.no_tier']);
    expect(refusal(body(tiers([' ']), tiers(['Board'])))?.map((i) => i.message)).toEqual(['block.governance.tier_name']);
  });

  it('lays out every tier and member without two boxes overlapping, members spread evenly over rows', () => {
    const members = ['行政及職場管理', '數據中心基礎設施', '人力資源', '採購', '法務及廉正合規', '信息安全', '公益基金會'];
    const d = governanceDiagram(tiers(['治理層：董事會及企業管治委員會', '管理層：ESG工作小組', '執行層：各組成部門'], members), 624);
    const elements = (d.option as { graphic: { elements: { type: string; shape?: { x: number; y: number; width: number; height: number }; style?: { text?: string } }[] } }).graphic.elements;
    const texts = elements.filter((e) => e.type === 'text').map((e) => e.style?.text);
    expect(texts).toEqual(expect.arrayContaining([...members, '治理層：董事會及企業管治委員會', '執行層：各組成部門']));
    const boxes = elements.filter((e) => e.type === 'rect').map((e) => e.shape!);
    const frame = boxes.find((b) => b.width > 600)!;
    const inside = boxes.filter((b) => b !== frame);
    for (const [i, a] of inside.entries())
      for (const b of inside.slice(i + 1)) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, `boxes ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(true);
    for (const b of boxes) expect(b.x >= 0 && b.x + b.width <= 624 && b.y >= 0 && b.y + b.height <= d.height).toBe(true);
    const rows = new Map<number, number>();
    for (const b of inside.filter((x) => x.y > frame.y)) rows.set(b.y, (rows.get(b.y) ?? 0) + 1);
    expect([...rows.values()]).toEqual([4, 3]);
  });

  describe('in the sample report', () => {
    const ws = createWorkspace(join(mkdtempSync(join(tmpdir(), 'esg-gov-')), 'sample.esg'), { sample: true, actor: 'test' });
    afterAll(() => ws.close());
    it.each([
      ['zh-Hant', 'ESG管治架構', '治理層：董事會及企業管治委員會', '角色及職責', '成員：行政及職場管理、數據中心基礎設施'],
      ['en', 'ESG governance structure', 'Governance: the Board and the Corporate Governance Committee', 'Role and responsibilities', 'Members: Facilities and workplace administration, Data centre infrastructure'],
    ] as const)('%s: the diagram as SVG with a PNG fallback, then the table of each tier', async (lang, caption, tier, roleHead, members) => {
      const zip = await JSZip.loadAsync(await buildReportDocx(ws, 2024, lang));
      const doc = await docxPart(zip, 'word/document.xml');
      const text = [...doc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const at = text.indexOf(caption);
      expect(at).toBeGreaterThan(0);
      const after = text.slice(at);
      expect(after.indexOf(roleHead)).toBeGreaterThan(0);
      expect(after.indexOf(tier)).toBeGreaterThan(after.indexOf(roleHead));
      expect(after).toContain(members);
      // The diagram: an SVG picture whose text is the tiers, with its PNG fallback.
      const svgs = await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith('.svg')).map((n) => docxPart(zip, n)));
      const diagram = svgs.find((s) => s.includes(tier.slice(0, 12)));
      expect(diagram).toBeDefined();
      expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png')).length).toBeGreaterThanOrEqual(svgs.length);
    });
  });
});
