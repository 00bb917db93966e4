// Issue 17 item 6: an edition on the Code has its climate chapter in the four Part D pillars —
// a new workspace for FY2025 starts with them; the sample's Guide edition (2024) is already
// written in them (1.1.1–1.1.4), so rolled forward to the Code (2025) they are recognised by
// template key and mapped to Part D, not added twice; a Guide edition without them gains them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../main/store/workspace.js';
import { reportRepos } from '../../main/store/report-repos.js';
import { runCli } from '../cli-process.js';
import { tempDir } from '../helpers.js';

const cli = (...args: string[]) => runCli(args, { ESG_LANG: 'en' });
const PILLARS = ['climate-governance', 'climate-strategy', 'climate-risk-management', 'climate-metrics-targets'];

function editionOf(file: string, year: number) {
  const ws = openWorkspace(file);
  try {
    const r = reportRepos(ws, year);
    return { sections: r.outline.listSections(), blocks: r.outline.listBlocks(), disclosure: r.disclosure.list() };
  } finally {
    ws.close();
  }
}

describe('climate chapter in the four Part D pillars', { timeout: 300_000 }, () => {
  it('a new FY2025 workspace starts with the pillars under its climate chapter, mapped to Part D', () => {
    const ws = join(tempDir(), 'new.esg');
    expect(cli('init', ws, '--name-en', 'Acme', '--name-zh', '艾克美', '--report-year', '2025').code).toBe(0);
    const e = editionOf(ws, 2025);
    const pillars = PILLARS.map((id) => e.sections.find((s) => s.id === id));
    expect(pillars.map((s) => s?.parentId)).toEqual(['a4-climate', 'a4-climate', 'a4-climate', 'a4-climate']);
    expect(pillars.map((s) => s?.titleEn)).toEqual(['Governance', 'Strategy', 'Risk management', 'Metrics and targets']);
    expect(pillars.map((s) => s?.titleZh)).toEqual(['管治', '策略', '風險管理', '指標及目標']);
    // No placeholder text: a pillar counts as disclosed only once the company writes it.
    expect(e.blocks.filter((b) => b.sectionId === 'climate-governance' || b.sectionId === 'climate-risk-management')).toEqual([]);
    const rows = e.blocks.filter((b) => b.sectionId === 'climate-metrics-targets' && b.type === 'kpi_table').flatMap((b) => (b.config as { rows: { metric: string }[] }).rows.map((r) => r.metric));
    for (const m of ['ghg.scope1', 'ghg.scope2_market', 'ghg.scope3', 'climate.internal_carbon_price', 'climate.remuneration_linked_share', 'climate.transition_risk_share', 'climate.physical_risk_share', 'climate.opportunity_capital']) expect(rows).toContain(m);
    const map = new Map(e.disclosure.filter((d) => d.framework === 'partd').map((d) => [d.itemCode, d.sections]));
    expect(map.get('D-GOV-1')).toEqual(['climate-governance']);
    expect(map.get('D-STR-5')).toEqual(['climate-strategy']);
    expect(map.get('D-RM-5')).toEqual(['climate-risk-management']);
    expect(map.get('D-MT-8')).toEqual(['climate-metrics-targets']);
  });

  it('a Guide workspace (FY2024) has no pillars', () => {
    const ws = join(tempDir(), 'old.esg');
    expect(cli('init', ws, '--name-en', 'Acme', '--report-year', '2024').code).toBe(0);
    expect(editionOf(ws, 2024).sections.some((s) => PILLARS.includes(s.id))).toBe(false);
  });

  it('the sample’s 2024 (Guide) edition has the pillars as 1.1.1–1.1.4; rolled forward to the Code they are recognised, not added twice, and Part D points to them', () => {
    // Changed with issue 14: the sample's climate chapter is written in the four pillars, so the
    // roll forward adds no second set; it maps the Part D items to the carried sections.
    const ws = join(tempDir(), 'sample.esg');
    expect(cli('init', ws, '--sample').code).toBe(0);
    const before = editionOf(ws, 2024);
    const climate24 = before.sections.find((s) => s.templateKey === 'climate');
    expect(PILLARS.map((id) => before.sections.find((s) => s.id === id)).map((s) => [s?.parentId, s?.label])).toEqual(
      ['1.1.1', '1.1.2', '1.1.3', '1.1.4'].map((l) => [climate24?.id, l]),
    );
    expect(before.sections.find((s) => s.id === 'climate-governance')?.titleEn).toBe('Climate governance');
    expect(before.disclosure.filter((d) => d.framework === 'partd')).toEqual([]);
    expect(cli('year', 'add', ws, '2025').code).toBe(0);
    const rolled = cli('report', 'roll-forward', ws, '--from', '2024', '--to', '2025');
    expect(rolled.code).toBe(0);
    expect(rolled.out).not.toContain('gains the Part D pillar sections');
    expect(editionOf(ws, 2024)).toEqual(before);
    const e = editionOf(ws, 2025);
    const climate = e.sections.find((s) => s.templateKey === 'climate')?.id;
    expect(climate).toBeDefined();
    // One section per pillar, the carried one (new id, same template key, label and parent).
    const pillars = PILLARS.map((key) => e.sections.filter((s) => s.templateKey === key));
    expect(pillars.map((list) => list.length)).toEqual([1, 1, 1, 1]);
    expect(pillars.map((list) => [list[0]?.parentId, list[0]?.label])).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4'].map((l) => [climate, l]));
    expect(e.sections.filter((s) => s.parentId === climate)).toHaveLength(4);
    expect(e.sections).toHaveLength(before.sections.length);
    // Carried content stays: every 2024 block has its 2025 copy, in the same section.
    const keyOf = (list: typeof e.sections, id: string) => list.find((s) => s.id === id)?.templateKey;
    for (const b of before.blocks) expect(e.blocks.some((c) => keyOf(e.sections, c.sectionId) === keyOf(before.sections, b.sectionId) && c.type === b.type)).toBe(true);
    expect(e.blocks).toHaveLength(before.blocks.length);
    // Part D items point to the carried pillar sections, which have text: governance, strategy
    // and risk management are disclosed, so check lists none of their items.
    const map = new Map(e.disclosure.filter((d) => d.framework === 'partd').map((d) => [d.itemCode, d.sections]));
    expect(map.get('D-GOV-1')).toEqual([pillars[0]?.[0]?.id]);
    expect(map.get('D-STR-1')).toEqual([pillars[1]?.[0]?.id]);
    expect(map.get('D-RM-1')).toEqual([pillars[2]?.[0]?.id]);
    expect(map.get('D-MT-8')).toEqual([pillars[3]?.[0]?.id]);
    const findings = JSON.parse(cli('check', ws, '--year', '2025', '--json').out) as { metric: string; part: string | null; message: string }[];
    for (const code of ['D-GOV-1', 'D-STR-1', 'D-RM-1']) expect(findings.some((f) => f.part === 'D' && f.metric === code), code).toBe(false);
    const rolledAgain = cli('report', 'roll-forward', ws, '--from', '2025', '--to', '2026');
    expect(rolledAgain.out).not.toContain('pillar');
  });

  it('a Guide edition rolled forward to the Code without pillar sections still gains them, mapped to Part D', () => {
    const ws = join(tempDir(), 'guide.esg');
    expect(cli('init', ws, '--name-en', 'Acme', '--report-year', '2024').code).toBe(0);
    expect(cli('year', 'add', ws, '2025').code).toBe(0);
    const rolled = cli('report', 'roll-forward', ws, '--from', '2024', '--to', '2025');
    expect(rolled.code).toBe(0);
    expect(rolled.out).toContain('The climate chapter gains the Part D pillar sections: Governance, Strategy, Risk management, Metrics and targets');
    const e = editionOf(ws, 2025);
    expect(PILLARS.map((id) => e.sections.filter((s) => s.templateKey === id).length)).toEqual([1, 1, 1, 1]);
    const map = new Map(e.disclosure.filter((d) => d.framework === 'partd').map((d) => [d.itemCode, d.sections]));
    expect(map.get('D-GOV-1')).toEqual(['climate-governance']);
    // Governance and risk management are new and empty: still to be written.
    const findings = JSON.parse(cli('check', ws, '--year', '2025', '--json').out) as { metric: string; part: string | null }[];
    for (const code of ['D-GOV-1', 'D-RM-1']) expect(findings.some((f) => f.part === 'D' && f.metric === code), code).toBe(true);
  });
});
