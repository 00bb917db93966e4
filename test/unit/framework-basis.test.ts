// The basis of each Appendix C2 item for a company and year, read from the shipped data
// (templates/catalogue/frameworks/hkex-bases.json), as a reviewer would check it against
// the Code's phase-in: Scope 1/2 mandatory for all from FY2025, the rest of Part D
// comply-or-explain for Main Board issuers from FY2025 and mandatory for LargeCap from
// FY2026, voluntary for GEM; Parts B and C unchanged; interim reliefs ending.
import { describe, expect, it } from 'vitest';
import { loadCodeRules } from '../../main/catalogue/load-code-rules.js';
import { basisFor, basisTable, compileCodeRules, type BasisContext, type IssuerCategory } from '../../shared/framework/basis.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../../main/paths.js';

const { items, rules } = loadCodeRules();
const code = (category: IssuerCategory, fiscalYear: number, yearEnd = '12-31'): BasisContext => ({ category, fiscalYear, framework: 'code', yearEnd });
const basis = (item: string, ctx: BasisContext) => basisFor(item, ctx, rules).basis;
const PART_D_REST = ['D-GOV-1', 'D-GOV-6', 'D-STR-1', 'D-STR-3', 'D-RM-1', 'D-RM-5', 'D-MT-8', 'D-MT-9', 'D-MT-10', 'D-MT-11'];

describe('bases in FY2025 (December year end)', () => {
  it('makes Scope 1 and Scope 2 mandatory for every category', () => {
    for (const c of ['main_board', 'largecap', 'gem'] as const) {
      expect(basis('D-MT-1', code(c, 2025)), c).toBe('mandatory');
      expect(basis('D-MT-2', code(c, 2025)), c).toBe('mandatory');
    }
  });

  it('makes the rest of Part D comply-or-explain for Main Board and LargeCap issuers, voluntary for GEM', () => {
    for (const item of [...PART_D_REST, 'D-MT-3', 'D-STR-4']) {
      expect(basis(item, code('main_board', 2025)), item).toBe('comply_or_explain');
      expect(basis(item, code('largecap', 2025)), item).toBe('comply_or_explain');
      expect(basis(item, code('gem', 2025)), item).toBe('voluntary');
    }
  });

  it('keeps Part B mandatory and Part C comply-or-explain for every category', () => {
    for (const c of ['main_board', 'largecap', 'gem'] as const) {
      expect(basis('MDR-1', code(c, 2025))).toBe('mandatory');
      expect(basis('MDR-3', code(c, 2025))).toBe('mandatory');
      expect(basis('A1.2', code(c, 2025))).toBe('comply_or_explain');
      expect(basis('B8.2', code(c, 2025))).toBe('comply_or_explain');
    }
  });

  it('eases Scope 3, financial effects, scenario analysis and cross-industry metrics with interim reliefs ending FY2026', () => {
    const mb = code('main_board', 2025);
    expect(basisFor('D-MT-3', mb, rules).relief).toMatchObject({ code: 'relief.scope3', ends_fy: 2026 });
    expect(basisFor('D-STR-4', mb, rules).relief).toMatchObject({ code: 'relief.financial_effects', ends_fy: 2026 });
    expect(basisFor('D-STR-5', mb, rules).relief).toMatchObject({ code: 'relief.scenario_analysis', ends_fy: 2026 });
    for (const item of ['D-MT-4', 'D-MT-5', 'D-MT-6', 'D-MT-7']) expect(basisFor(item, mb, rules).relief?.code, item).toBe('relief.cross_industry_metrics');
    expect(basisFor('D-MT-1', mb, rules).relief).toBeUndefined();
    expect(basisFor('D-GOV-1', mb, rules).relief).toBeUndefined();
    // Nothing to relieve where disclosure is voluntary.
    expect(basisFor('D-MT-3', code('gem', 2025), rules)).toEqual({ basis: 'voluntary' });
  });
});

describe('bases in FY2026 and after', () => {
  it('makes all of Part D mandatory for LargeCap issuers, and leaves Main Board issuers on comply or explain', () => {
    for (const item of [...PART_D_REST, 'D-MT-3', 'D-MT-4', 'D-STR-5']) {
      expect(basis(item, code('largecap', 2026)), item).toBe('mandatory');
      expect(basis(item, code('main_board', 2026)), item).toBe('comply_or_explain');
      expect(basis(item, code('gem', 2026)), item).toBe('voluntary');
    }
    expect(basis('D-MT-1', code('gem', 2026))).toBe('mandatory');
  });

  it('keeps the reliefs through FY2026 and ends them for FY2027', () => {
    expect(basisFor('D-MT-3', code('largecap', 2026), rules)).toMatchObject({ basis: 'mandatory', relief: { code: 'relief.scope3', ends_fy: 2026 } });
    expect(basisFor('D-MT-3', code('largecap', 2027), rules)).toEqual({ basis: 'mandatory' });
    expect(basisFor('D-STR-4', code('main_board', 2027), rules)).toEqual({ basis: 'comply_or_explain' });
  });

  it('switching the category to GEM turns every Part D item but Scope 1/2 voluntary', () => {
    const lc = basisTable(items, code('largecap', 2026), rules).filter((r) => r.part === 'D');
    const gem = basisTable(items, code('gem', 2026), rules).filter((r) => r.part === 'D');
    expect(lc).toHaveLength(27);
    expect(lc.every((r) => r.basis === 'mandatory')).toBe(true);
    expect(gem.filter((r) => r.basis === 'mandatory').map((r) => r.code)).toEqual(['D-MT-1', 'D-MT-2']);
    expect(gem.filter((r) => r.basis === 'voluntary')).toHaveLength(25);
  });
});

describe('bases before the Code', () => {
  it('makes Part D voluntary under the Guide (FY2024), Parts B and C as before', () => {
    const guide: BasisContext = { category: 'largecap', fiscalYear: 2024, framework: 'guide' };
    expect(basis('D-MT-1', guide)).toBe('voluntary');
    expect(basis('D-GOV-1', guide)).toBe('voluntary');
    expect(basis('MDR-2', guide)).toBe('mandatory');
    expect(basis('A4.1', guide)).toBe('comply_or_explain');
  });

  it('follows the day a year commences: a March year end reaches the Code phases a year later', () => {
    // FY2025 runs 1 Apr 2024 – 31 Mar 2025: before the Code even if the edition opts into it.
    expect(basis('D-MT-1', code('main_board', 2025, '03-31'))).toBe('voluntary');
    // FY2026 starts 1 Apr 2025: Code phase one; FY2027 starts 1 Apr 2026: LargeCap mandatory.
    expect(basis('D-MT-1', code('main_board', 2026, '03-31'))).toBe('mandatory');
    expect(basis('D-GOV-1', code('largecap', 2026, '03-31'))).toBe('comply_or_explain');
    expect(basis('D-GOV-1', code('largecap', 2027, '03-31'))).toBe('mandatory');
    // The reliefs cover years commencing before 1 Jan 2027: up to FY2027 for a March year end.
    expect(basisFor('D-MT-3', code('largecap', 2027, '03-31'), rules).relief?.ends_fy).toBe(2027);
    expect(basisFor('D-MT-3', code('largecap', 2028, '03-31'), rules).relief).toBeUndefined();
  });

  it('keeps an edition that stays on the Guide in FY2025 (with a reason) off Part D', () => {
    expect(basis('D-MT-1', { category: 'main_board', fiscalYear: 2025, framework: 'guide' })).toBe('voluntary');
  });
});

describe('the rules are data', () => {
  const raw = () => JSON.parse(readFileSync(join(TEMPLATES_DIR, 'catalogue', 'frameworks', 'hkex-bases.json'), 'utf8')) as { rules: { id: string; commencing_from: string | null; items?: string[] }[] };

  it('gives every item a basis for every category and year, and refuses an unknown item', () => {
    for (const c of ['main_board', 'largecap', 'gem'] as const) {
      for (const fy of [2024, 2025, 2026, 2027]) expect(basisTable(items, code(c, fy), rules)).toHaveLength(items.length);
    }
    expect(() => basisFor('D-MT-99', code('gem', 2025), rules)).toThrow(/not an item/);
  });

  it('moves a phase when its date moves in the data', () => {
    const doc = raw();
    const lc = doc.rules.find((r) => r.id === 'largecap_mandatory_2026');
    if (!lc) throw new Error('largecap rule missing');
    lc.commencing_from = '2027-01-01';
    const moved = compileCodeRules(doc, items);
    expect(basisFor('D-GOV-1', code('largecap', 2026), moved).basis).toBe('comply_or_explain');
    expect(basisFor('D-GOV-1', code('largecap', 2027), moved).basis).toBe('mandatory');
  });

  it('refuses a rule naming an item the catalogue does not list', () => {
    const doc = raw();
    doc.rules.push({ ...(doc.rules[0] as object), id: 'typo', items: ['D-MT-1O'] } as never);
    expect(() => compileCodeRules(doc, items)).toThrow(/D-MT-1O/);
  });
});
