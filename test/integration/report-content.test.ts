// Report content on a real workspace file: the sample as a user opens it, and the editing
// services the UI calls (validated, audited, all or nothing).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkYear } from '../../main/services/check-service.js';
import { listDisclosures } from '../../main/services/report-disclosure-service.js';
import { ReportEditError } from '../../main/services/report-errors.js';
import { recordExport } from '../../main/services/report-export-log-service.js';
import { loadReportModel } from '../../main/services/report-model-service.js';
import { addBlock, addSection, getOutline, moveSection, removeSection, renameSection, updateBlock } from '../../main/services/report-outline-service.js';
import { createClimateItem, createMaterialityTopic, listMaterialityTopics } from '../../main/services/report-register-service.js';
import { createWorkspace } from '../../main/services/workspace-service.js';
import { openWorkspace } from '../../main/store/workspace.js';
import { tempDir } from '../helpers.js';
import { runCli } from '../cli-process.js';

function sample() {
  const path = join(tempDir(), 'sample.esg');
  createWorkspace(path, { sample: true, actor: 'test' }).close();
  return path;
}

const cli = (...args: string[]) => runCli(args);

describe('the sample report', () => {
  it('has every chapter of the reference report, in both languages', () => {
    const ws = openWorkspace(sample());
    const zh = loadReportModel(ws, 2024, 'zh-Hant');
    const en = loadReportModel(ws, 2024, 'en');
    ws.close();
    const ids = zh.sections.map((s) => s.id);
    for (const id of ['about', 'board-statement', 'highlights', 'esg-governance', 'stakeholders', 'materiality', 'risk-management', 'climate', 'green-operations', 'env-kpis', 'platform', 'people-employment', 'people-training', 'people-health', 'ethics', 'supply-chain', 'community', 'index-hkex', 'index-sasb']) {
      expect(ids).toContain(id);
    }
    expect(zh.sections.find((s) => s.id === 'climate')).toMatchObject({ label: '1.1', title: '應對氣候變化', depth: 1 });
    expect(en.sections.find((s) => s.id === 'climate')?.title).toBe('Climate change');
    // the environmental KPI table prints the reference report's figures and units
    const ghg = zh.sections.find((s) => s.id === 'env-kpis')?.blocks[0]?.table;
    expect(ghg?.rows[0]).toMatchObject({ metric: 'ghg.scope12', unit: '萬噸二氧化碳當量', cells: [{ year: 2024, text: '27.61' }] });
    expect(ghg?.rows.find((r) => r.metric === 'ghg.scope2_market')?.cells[0]?.text).toBe('5.78');
    expect(ghg?.rows.find((r) => r.metric === 'ghg.scope3_total')?.cells[0]?.text).toBe('125.91');
    // registers
    expect(zh.materiality.length).toBeGreaterThanOrEqual(25);
    expect(new Set(zh.materiality.map((t) => t.category))).toEqual(new Set(['E', 'S', 'G']));
    expect(en.stakeholders.map((s) => s.group)).toContain('Shareholders and investors');
    expect(en.climate.filter((c) => c.type === 'risk').map((c) => c.category)).toEqual(
      expect.arrayContaining(['acute_physical', 'chronic_physical', 'policy_legal', 'technology', 'reputation']),
    );
    expect(en.scenarios.map((s) => s.name)).toEqual(['SSP2-4.5', 'SSP3-8.5', 'Net Zero 2050', 'Current Policies']);
    expect(zh.governance.find((g) => g.id === 'board-ined')?.value).toBe('3');
    expect(en.targets.qualitative.map((q) => q.code)).toEqual(expect.arrayContaining(['Q-WASTE-EWASTE', 'Q-GHG-DUALCARBON']));
  });

  it('renders live references in each language with the report’s units', () => {
    const ws = openWorkspace(sample());
    const text = (lang: 'zh-Hant' | 'en') => {
      const m = loadReportModel(ws, 2024, lang);
      // The highlights are one rich-text block: a heading per theme, then its bullets.
      type Node = { type: string; text?: string; resolved?: { text: string }; content?: Node[] };
      const doc = (m.sections.find((s) => s.id === 'highlights')?.blocks[0]?.content as { doc: Node }).doc;
      const flat = (n: Node): string => (n.type === 'paragraph' || n.type === 'heading' ? (n.content ?? []).map((i) => i.text ?? i.resolved?.text ?? '').join('') + '\n' : (n.content ?? []).map(flat).join(''));
      return flat(doc);
    };
    const zh = text('zh-Hant');
    const en = text('en');
    ws.close();
    expect(zh).toContain('125.91萬噸二氧化碳當量');
    expect(zh).toContain('佔其全年用電量的87.1%');
    expect(zh).toContain('4,741.0萬元');
    expect(zh).toContain('−14.6%');
    expect(en).toContain('1,259,100 tCO2e');
    expect(en).toContain('411,779.0 MWh');
  });

  it('shows every figure of the reference report’s key-performance pages, each a live reference to data', () => {
    const ws = openWorkspace(sample());
    type Node = { type: string; text?: string; resolved?: { text: string; missing: boolean }; content?: Node[] };
    const inlines = (lang: 'zh-Hant' | 'en'): Node[] => {
      const doc = (loadReportModel(ws, 2024, lang).sections.find((s) => s.id === 'highlights')?.blocks[0]?.content as { doc: Node }).doc;
      const walk = (n: Node): Node[] => (n.type === 'paragraph' || n.type === 'heading' ? (n.content ?? []) : (n.content ?? []).flatMap(walk));
      return walk(doc);
    };
    const zhNodes = inlines('zh-Hant');
    const enNodes = inlines('en');
    ws.close();
    const zh = zhNodes.map((i) => i.text ?? i.resolved?.text ?? '').join('');
    // The reference report's highlights (ESG關鍵績效), figure by figure.
    for (const figure of ['125.91萬噸二氧化碳當量', '411,779.0兆瓦時', '87.1%', '220,960.6噸二氧化碳當量', '−11.5%', '−12.6%', '−7.4%', '−14.6%', '電子廢棄物100%', '97.5%',
      '覆蓋100%業務範圍', '20,000人', '120,000人次', '12,967件', '6,358件', '10,195件', '7,232件', '新獲2項', '180項', '牽頭16項', '已發佈51項', '牽頭7項', '超過120個', '96.5%',
      '350,000人', '86.0%', '97.2%', '超過10項', '44.0%', '31.6%', '34.8%', '11個國家', '32個民族', '7.5%', '4,275門', '覆蓋100%員工', '17次', '94場', '5,150人', '19個城市',
      '2次反腐敗', '16,343人次', '覆蓋率100%', '由9個增至10個', '6,028家', '+22.3%', '4,741.0萬元', '37,482.0小時'])
      expect(zh, figure).toContain(figure);
    for (const nodes of [zhNodes, enNodes]) {
      const refs = nodes.filter((n) => n.type === 'kpiRef');
      expect(refs.length).toBeGreaterThanOrEqual(50);
      expect(refs.filter((r) => r.resolved?.missing).map((r) => r.resolved?.text)).toEqual([]);
      // Written text holds no figure of its own: only years, months and the names of standards.
      const written = nodes.map((n) => n.text ?? '').join(' ').replace(/\b20\d\d\b|\d{1,2}月|ISO \d+|GB\/T [\d-]+|Scope 3/g, '');
      expect(written).not.toMatch(/\d/);
    }
  });

  it('maps all 36 HKEX KPIs, A2.5, B6.1 and B6.4 not applicable with reasons in both languages', () => {
    const ws = openWorkspace(sample());
    const map = listDisclosures(ws, 2024);
    ws.close();
    const hkexKpis = map.filter((d) => d.framework === 'hkex' && /^[AB]\d\.\d$/.test(d.itemCode));
    expect(hkexKpis).toHaveLength(36);
    const na = hkexKpis.filter((d) => d.status === 'not_applicable');
    expect(na.map((d) => d.itemCode).sort()).toEqual(['A2.5', 'B6.1', 'B6.4']);
    for (const d of na) expect(d.reasonZh.length > 10 && d.reasonEn.length > 10).toBe(true);
    expect(map.find((d) => d.itemCode === 'A1.2')).toMatchObject({ status: 'disclosed', sections: ['env-kpis'] });
    expect(map.filter((d) => d.framework === 'sasb').map((d) => d.itemCode)).toContain('TC-IM-520a.1');
  });

  it('check flags the typed +22.0% against the computed +22.3% and exits 1; nothing else is an error', () => {
    const ws = sample();
    const r = cli('check', ws, '--year', '2024', '--json');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as { severity: string; rule: string; metric: string; year: number; message: string }[];
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['consistency.narrative_change', 'consistency.narrative_change']);
    expect(errors[0]).toMatchObject({ metric: 'suppliers.integrity_pledge', year: 2024 });
    expect(errors[0]?.message).toMatch(/\+22\.0%.*\+22\.3%/);
    expect(findings.some((f) => f.rule === 'completeness.hkex_kpi')).toBe(false);
  });

  it('targets --json keeps the documented fields and adds the qualitative targets', () => {
    const r = cli('targets', sample(), '--year', '2024', '--json');
    expect(r.code, r.err).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    const elec = rows.find((t) => t['code'] === 'T-OFFICE-ELEC');
    expect(Number((elec?.['change_pct'] as number).toFixed(1))).toBe(-14.6);
    expect(Number((elec?.['progress_pct'] as number).toFixed(1))).toBe(182.5);
    expect(elec?.['status']).toBe('achieved');
    const water = rows.find((t) => t['code'] === 'T-OFFICE-WATER');
    expect(Number((water?.['change_pct'] as number).toFixed(1))).toBe(-12.6);
    const dc = rows.find((t) => t['code'] === 'T-DC-RENEW');
    expect(dc).toMatchObject({ status: 'no_data', baseline: null, target_value: 100 });
    const waste = rows.find((t) => t['code'] === 'Q-WASTE-EWASTE');
    expect(waste).toMatchObject({ type: 'qualitative', status: 'qualitative', progress_pct: null });
    for (const row of rows) {
      for (const k of ['code', 'metric', 'type', 'baseline_year', 'target_year', 'baseline', 'current', 'target_value', 'change_pct', 'progress_pct', 'status']) expect(row).toHaveProperty(k);
    }
  });

  it('lists a prior-year value changed after an export as a restatement', () => {
    const path = sample();
    const ws = openWorkspace(path);
    recordExport(ws, { year: 2024, lang: 'zh-Hant', kind: 'docx', bytes: new Uint8Array([1, 2, 3]), actor: 'test' });
    const before = ws.values.get('safety.lost_days', 2023, {});
    ws.transaction(() => ws.values.put({ ...(before as NonNullable<typeof before>), value: 390 }, 'test'));
    const restated = checkYear(ws, 2024).filter((f) => f.rule === 'restatement');
    ws.close();
    expect(restated).toHaveLength(1);
    expect(restated[0]).toMatchObject({ severity: 'info', metric: 'safety.lost_days', year: 2023 });
    expect(restated[0]?.message).toContain('was 381');
    expect(restated[0]?.message).toContain('now 390');
  });
});

describe('editing the report', () => {
  it('a section reorder is persisted and audited', () => {
    const path = sample();
    let ws = openWorkspace(path);
    const top = () => getOutline(ws, 2024).sections.filter((s) => s.parentId === null).sort((a, b) => a.position - b.position).map((s) => s.id);
    expect(top().slice(0, 3)).toEqual(['about', 'board-statement', 'highlights']);
    moveSection(ws, 2024, 'highlights', { position: 0 }, 'editor');
    ws.close();
    ws = openWorkspace(path);
    expect(top().slice(0, 3)).toEqual(['highlights', 'about', 'board-statement']);
    expect(getOutline(ws, 2024).sections.filter((s) => s.parentId === null).map((s) => s.position).sort((a, b) => a - b)).toEqual([...top().keys()]);
    expect(ws.audit.history('report_section', 'highlights')[0]).toMatchObject({ actor: 'editor', action: 'update', context: 'move' });
    ws.close();
  });

  it('adds, renames, nests and removes sections; refuses a move under its own child', () => {
    const ws = openWorkspace(sample());
    const s = addSection(ws, 2024, { id: 'tcfd', parentId: 'environment', position: 1, titleZh: '氣候專題', titleEn: 'Climate focus' }, 'editor');
    expect(s).toMatchObject({ parentId: 'environment', position: 1 });
    expect(renameSection(ws, 2024, 'tcfd', { titleEn: 'Climate in focus' }, 'editor').titleEn).toBe('Climate in focus');
    expect(() => moveSection(ws, 2024, 'environment', { parentId: 'tcfd', position: 0 }, 'editor')).toThrow(/under itself/);
    removeSection(ws, 2024, 'environment', 'editor');
    const ids = getOutline(ws, 2024).sections.map((x) => x.id);
    expect(ids).not.toContain('climate');
    expect(ids).not.toContain('tcfd');
    ws.close();
  });

  it('rejects a bad block with a clear error and writes nothing', () => {
    const ws = openWorkspace(sample());
    const blocks = getOutline(ws, 2024).blocks.length;
    const audits = ws.audit.recent(100000).length;
    const bad = () =>
      addBlock(
        ws,
        2024,
        'supply-chain',
        {
          type: 'rich_text',
          content: {
            'zh-Hant': { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'kpiRef', attrs: { code: 'suppliers.integrity_pledge', show: 'sparkline' } }] }] } },
            en: { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] } },
          },
        },
        'editor',
      );
    expect(bad).toThrow(ReportEditError);
    try {
      bad();
    } catch (e) {
      expect((e as ReportEditError).code).toBe('invalid');
      expect((e as Error).message).toMatch(/content\.zh-Hant\.doc\.content\.0\.content\.0\.attrs\.show/);
      expect((e as Error).message).toMatch(/content\.en\..*a text node cannot be empty/);
    }
    expect(() => addBlock(ws, 2024, 'supply-chain', { type: 'kpi_table', config: { rows: [{ metric: 'no.such_metric' }] }, content: { 'zh-Hant': {}, en: {} } }, 'editor')).toThrow(
      /not in the catalogue: no\.such_metric/,
    );
    expect(() => addBlock(ws, 2024, 'nowhere', { type: 'stakeholder_table', content: { 'zh-Hant': {}, en: {} } }, 'editor')).toThrow(/no section "nowhere"/);
    expect(getOutline(ws, 2024).blocks.length).toBe(blocks);
    expect(ws.audit.recent(100000).length).toBe(audits);
    ws.close();
  });

  it('updates a block; the check follows the text', () => {
    const ws = openWorkspace(sample());
    const block = getOutline(ws, 2024).blocks.find((b) => b.id === 'ethics-supplier-integrity');
    expect(block).toBeDefined();
    const fix = (markup: string) => JSON.parse(JSON.stringify(markup).replace('+22.0%', '+22.3%').replace('上漲22.0%', '上漲22.3%')) as string;
    const content = JSON.parse(fix(JSON.stringify(block?.content)));
    updateBlock(ws, 2024, 'ethics-supplier-integrity', { type: 'rich_text', content }, 'editor');
    expect(checkYear(ws, 2024).filter((f) => f.severity === 'error')).toEqual([]);
    expect(ws.audit.history('report_block', 'ethics-supplier-integrity')[0]).toMatchObject({ action: 'update', actor: 'editor' });
    ws.close();
  });

  it('validates register rows: scores within 0–10, categories that fit the type', () => {
    const ws = openWorkspace(sample());
    const n = listMaterialityTopics(ws, 2024).length;
    expect(() => createMaterialityTopic(ws, 2024, { id: 'ai', category: 'S', nameZh: '人工智能治理', nameEn: 'AI governance', stakeholderScore: 12, businessScore: 5 }, 'editor')).toThrow(/stakeholderScore/);
    expect(() =>
      createClimateItem(ws, 2024, { id: 'x', type: 'opportunity', category: 'acute_physical', titleZh: '甲', titleEn: 'A', horizons: ['short'] }, 'editor'),
    ).toThrow(/category does not fit the type/);
    const t = createMaterialityTopic(ws, 2024, { id: 'ai', category: 'S', nameZh: '人工智能治理', nameEn: 'AI governance', stakeholderScore: 6, businessScore: 7.5 }, 'editor');
    expect(t.position).toBe(n);
    expect(() => createMaterialityTopic(ws, 2024, { id: 'ai', category: 'S', nameZh: '甲', nameEn: 'A', stakeholderScore: 1, businessScore: 1 }, 'editor')).toThrow(/already exists/);
    ws.close();
  });
});

describe('a new workspace', () => {
  it('gets the template outline; with nothing written the completeness check lists every HKEX KPI (a Guide year)', () => {
    const path = join(tempDir(), 'new.esg');
    const ws = createWorkspace(path, { actor: 'test', profile: { reportYear: 2024 } });
    expect(getOutline(ws, 2024).sections.length).toBeGreaterThan(15);
    const missing = checkYear(ws, 2024).filter((f) => f.rule === 'completeness.hkex_kpi');
    ws.close();
    expect(missing).toHaveLength(36);
  });

  it('under the Code (FY2025) lists every Part C item as comply-or-explain and Scope 1 and 2 as mandatory', () => {
    const path = join(tempDir(), 'new.esg');
    const ws = createWorkspace(path, { actor: 'test', profile: { reportYear: 2025 } });
    const findings = checkYear(ws, 2025);
    ws.close();
    const partC = findings.filter((f) => f.rule === 'completeness.comply_or_explain' && f.part === 'C');
    // 36 KPIs (A1.1–B8.2) and the 12 general disclosures of the aspects.
    expect(partC).toHaveLength(48);
    expect(findings.filter((f) => f.rule === 'completeness.hkex_kpi')).toHaveLength(0);
    expect(findings.filter((f) => f.rule === 'completeness.mandatory' && f.part === 'D')).toHaveLength(2);
  });
});
