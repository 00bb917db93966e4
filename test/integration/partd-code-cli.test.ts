// Issue 17's "Done when", through the command line: the sample's FY2024 edition stays on the
// Guide; rolled forward to 2025 it moves to the Code and says what changed; with the category
// LargeCap the 2025 report has a Part D index (DOCX and annex) and `check` lists each Part D
// item by basis for 2025 and 2026; switching the category to GEM changes the bases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-process.js';
import { tempDir } from '../helpers.js';
import { docxPart } from '../docx-text.js';

const cli = (...args: string[]) => runCli(args, { ESG_LANG: 'en' });

async function partOf(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return await docxPart(zip, part);
}
const visible = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

interface BasisItem {
  item: string;
  part: string;
  basis: string;
  relief: string | null;
  relief_ends_fy: number | null;
  state: string;
}
interface Finding {
  severity: string;
  rule: string;
  metric: string;
  part: string | null;
  basis?: string;
}

const bases = (ws: string, year: number): BasisItem[] => {
  const r = cli('check', ws, '--year', String(year), '--bases', '--json');
  return (JSON.parse(r.out) as { items: BasisItem[] }).items;
};
const partD = (items: BasisItem[]) => Object.fromEntries(items.filter((i) => i.part === 'D').map((i) => [i.item, i.basis]));
const findings = (ws: string, year: number): Finding[] => JSON.parse(cli('check', ws, '--year', String(year), '--json').out) as Finding[];

describe('HKEX Code Part D by year and issuer category', { timeout: 600_000 }, () => {
  it('rolls the sample to the Code, indexes Part D and checks each item by basis', async () => {
    const dir = tempDir();
    const ws = join(dir, 'sample.esg');
    expect(cli('init', ws, '--sample').code).toBe(0);

    // FY2024 stays on the Guide: no Part D basis, the old HKEX KPI rule, findings without a Part.
    expect(JSON.parse(cli('report', 'framework', ws, '--year', '2024', '--json').out)).toMatchObject({ framework: 'guide', framework_of_year: 'guide' });
    expect(findings(ws, 2024).every((f) => f.part === null)).toBe(true);

    expect(cli('year', 'add', ws, '2025').code).toBe(0);
    const rolled = cli('report', 'roll-forward', ws, '--from', '2024', '--to', '2025');
    expect(rolled.code).toBe(0);
    expect(rolled.out).toContain('What changed (ESG Reporting Guide → ESG Reporting Code)');
    expect(rolled.out).toContain('A new Part D (climate-related disclosures) is added');
    expect(JSON.parse(cli('report', 'framework', ws, '--year', '2025', '--json').out)).toMatchObject({ framework: 'code', reason: null });

    expect(cli('profile', 'set', ws, '--issuer-category', 'largecap').code).toBe(0);
    expect(JSON.parse(cli('profile', ws, '--json').out)).toMatchObject({ issuer_category: 'largecap' });
    const bad = cli('profile', 'set', ws, '--issuer-category', 'nasdaq');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('main_board, largecap');

    // 2025, LargeCap: Scope 1 and 2 mandatory, the rest comply-or-explain, Scope 3 under relief.
    const y25 = bases(ws, 2025);
    const d25 = partD(y25);
    // The same list in Traditional Chinese: headings, bases and states in words, no English.
    const zh = runCli(['check', ws, '--year', '2025', '--bases'], { ESG_LANG: 'zh-Hant' }).out;
    expect(zh.split('\n')[1]).toMatch(/^部分\s+項目\s+基準\s+寬免\s+狀態$/);
    // The sample's pillars 1.1.1–1.1.4 carry their text into 2025, so governance, strategy and
    // risk management are disclosed; internal carbon prices (no data) are not.
    expect(zh).toMatch(/D-GOV-1\s+不遵守就解釋\s+已披露/);
    expect(zh).toMatch(/D-MT-8\s+不遵守就解釋\s+未披露/);
    expect(zh).not.toMatch(/\b(none|disclosed|explained)\b/);
    expect(Object.keys(d25)).toHaveLength(27);
    expect(d25['D-MT-1']).toBe('mandatory');
    expect(d25['D-MT-2']).toBe('mandatory');
    expect(d25['D-GOV-1']).toBe('comply_or_explain');
    expect(y25.find((i) => i.item === 'D-MT-3')).toMatchObject({ relief: 'relief.scope3', relief_ends_fy: 2026 });
    // check names each undisclosed Part D item once, with its Part and basis.
    const f25 = findings(ws, 2025).filter((f) => f.part === 'D');
    const undisclosed = y25.filter((i) => i.part === 'D' && i.state !== 'disclosed' && i.basis !== 'voluntary').map((i) => i.item);
    expect(undisclosed.length).toBeGreaterThan(0);
    expect(f25.map((f) => f.metric).sort()).toEqual([...undisclosed].sort());
    for (const f of f25) expect(f.basis).toBe(d25[f.metric]);
    expect(f25.find((f) => f.metric === 'D-MT-8')).toMatchObject({ severity: 'error', rule: 'completeness.comply_or_explain' });
    expect(f25.find((f) => f.metric === 'D-GOV-1')).toBeUndefined();
    // An undisclosed item under an interim relief is info, not an error (Scope 3 itself is
    // disclosed here: the climate pillar's KPI table shows the sample's categories).
    const relieved = y25.filter((i) => i.part === 'D' && i.relief && i.state !== 'disclosed').map((i) => i.item);
    expect(relieved.length).toBeGreaterThan(0);
    for (const code of relieved) expect(f25.find((f) => f.metric === code)).toMatchObject({ severity: 'info', rule: 'completeness.relief' });
    // The old rule no longer doubles the HKEX KPIs a Code edition checks by basis.
    expect(findings(ws, 2025).filter((f) => f.rule === 'completeness.hkex_kpi')).toEqual([]);

    // The report has a Part D index: every item, its basis, and where it is disclosed.
    const docx = join(dir, 'r2025.docx');
    const xlsx = join(dir, 'a2025.xlsx');
    expect(cli('export', ws, '--year', '2025', '--lang', 'en', '--docx', docx, '--xlsx', xlsx).code).toBe(0);
    const text = visible(await partOf(docx, 'word/document.xml'));
    const at = text.lastIndexOf('HKEX ESG Reporting Code Part D (climate-related disclosures) index');
    expect(at).toBeGreaterThan(0);
    const index = text.slice(at);
    for (const code of Object.keys(d25)) expect(index).toContain(code);
    expect(index).toContain('D-MT-8(not verified)Internal carbon pricesComply or explain');
    expect(index).toContain('interim relief to FY2026');
    const book = await partOf(xlsx, 'xl/workbook.xml');
    expect(book).toContain('name="Part D climate index"');

    // 2026: LargeCap constituents must disclose all of Part D.
    expect(cli('year', 'add', ws, '2026').code).toBe(0);
    expect(cli('report', 'roll-forward', ws, '--from', '2025', '--to', '2026').out).not.toContain('What changed');
    const d26 = partD(bases(ws, 2026));
    expect(Object.values(d26).every((b) => b === 'mandatory')).toBe(true);
    const f26 = findings(ws, 2026).filter((f) => f.part === 'D');
    expect(f26.find((f) => f.metric === 'D-MT-8')).toMatchObject({ severity: 'error', rule: 'completeness.mandatory', basis: 'mandatory' });

    // GEM: Scope 1 and 2 stay mandatory, the rest of Part D becomes voluntary (no findings).
    expect(cli('profile', 'set', ws, '--issuer-category', 'gem').code).toBe(0);
    for (const year of [2025, 2026]) {
      const gem = partD(bases(ws, year));
      expect(gem['D-MT-1']).toBe('mandatory');
      expect(gem['D-GOV-1']).toBe('voluntary');
      expect(findings(ws, year).filter((f) => f.part === 'D' && !['D-MT-1', 'D-MT-2'].includes(f.metric))).toEqual([]);
    }

    // The framework is changeable with a reason, audited, and the Guide drops Part D.
    expect(cli('report', 'framework', ws, '--year', '2025', '--set', 'guide').code).toBe(2);
    const back = cli('report', 'framework', ws, '--year', '2025', '--set', 'guide', '--reason', 'early adoption postponed');
    expect(back.code).toBe(0);
    expect(back.out).toContain('now follows the ESG Reporting Guide');
    expect(JSON.parse(cli('report', 'framework', ws, '--year', '2025', '--json').out)).toMatchObject({ framework: 'guide', framework_of_year: 'code', reason: 'early adoption postponed' });
    expect(findings(ws, 2025).some((f) => f.part === 'D')).toBe(false);
  });
});
