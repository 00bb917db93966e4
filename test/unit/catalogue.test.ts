// The shipped catalogue: consistent, bilingual, and covering the frameworks it claims.
import { describe, expect, it } from 'vitest';
import { loadTemplateCatalogue } from '../../main/catalogue/load-templates.js';
import { toMetricDef } from '../../shared/catalogue.js';
import { validateCatalogue } from '../../shared/engine/validate-catalogue.js';
import { fullWidthPunctuation } from '../../shared/text/typography.js';

/** Every string under a key ending in `_zh`, with its path. */
function zhTexts(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => zhTexts(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k.endsWith('_zh') && typeof v === 'string' ? [[`${path}.${k}`, v] as [string, string]] : zhTexts(v, `${path}.${k}`)));
  return [];
}

const cat = loadTemplateCatalogue();
const codes = (doc: unknown) => (doc as { items: { code: string; kind?: string }[] }).items;

describe('catalogue', () => {
  it('writes its Chinese titles and names with full-width punctuation (they reach checks, the index and the annex)', () => {
    const texts = Object.entries(cat.docs).flatMap(([name, doc]) => zhTexts(doc, name));
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.filter(([, v]) => fullWidthPunctuation(v) !== v)).toEqual([]);
  });

  it('has no inconsistencies (formulas, units, dimensions, cycles)', () => {
    expect(validateCatalogue(cat)).toEqual([]);
  });

  it('lists every HKEX KPI A1.1–B8.2 (36) with both languages, and the aspects A1–A4, B1–B8', () => {
    const items = codes(cat.docs.hkex);
    const kpis = items.filter((i) => i.kind === 'kpi').map((i) => i.code);
    expect(kpis).toHaveLength(36);
    for (const k of ['A1.1', 'A1.6', 'A2.5', 'A3.1', 'A4.1', 'B1.2', 'B2.3', 'B3.2', 'B4.2', 'B5.4', 'B6.5', 'B7.3', 'B8.2']) expect(kpis).toContain(k);
    const aspects = items.filter((i) => i.kind === 'aspect').map((i) => i.code);
    expect(aspects).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8']);
    expect(items.filter((i) => i.kind === 'general_disclosure')).toHaveLength(12);
  });

  it('has the 15 Scope 3 categories and the SASB codes the reference report cites', () => {
    expect((cat.docs.scope3 as { categories: unknown[] }).categories).toHaveLength(15);
    const sasb = codes(cat.docs.sasb).map((i) => i.code);
    for (const c of ['TC-SI-130a.1', 'TC-IM-130a.2', 'TC-IM-130a.3', 'TC-IM-220a.1', 'TC-IM-230a.1', 'TC-IM-230a.2', 'TC-IM-330a.2', 'TC-IM-330a.3', 'TC-IM-520a.1']) {
      expect(sasb).toContain(c);
    }
  });

  it('refers only to framework codes, owners and dimensions that exist', () => {
    const hkex = new Set(codes(cat.docs.hkex).map((i) => i.code));
    const sasb = new Set(codes(cat.docs.sasb).map((i) => i.code));
    const partd = new Set(codes(cat.docs['part-d']).map((i) => i.code));
    const owners = new Set((cat.docs.departments as { departments: { code: string }[] }).departments.map((d) => d.code));
    for (const m of cat.metrics) {
      for (const c of m.hkex) expect(hkex.has(c), `${m.code} → ${c}`).toBe(true);
      for (const c of m.sasb) expect(sasb.has(c), `${m.code} → ${c}`).toBe(true);
      for (const c of m.partd) expect(partd.has(c), `${m.code} → ${c}`).toBe(true);
      expect(owners.has(m.owner), `${m.code} owner ${m.owner}`).toBe(true);
      expect(m.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.nameEn).toMatch(/^[A-Z]/);
    }
  });

  it('holds the entered metrics behind every social table of the reference report', () => {
    const byCode = new Map(cat.metrics.map((m) => [m.code, m]));
    const need: Record<string, string[]> = {
      'workforce.fulltime': ['gender', 'age', 'region', 'level'],
      'workforce.leavers': ['gender', 'age', 'region'],
      'training.hours': ['gender', 'level'],
      'training.trained': ['gender', 'level'],
      'suppliers.count': ['region'],
      'board.directors': ['gender', 'board_role'],
      'ghg.scope3': ['scope3_category'],
    };
    for (const [code, dims] of Object.entries(need)) {
      expect(byCode.get(code)?.kind, code).toBe('entered');
      for (const d of dims) expect(byCode.get(code)?.dimensions, code).toContain(d);
    }
    for (const code of ['safety.fatalities', 'safety.lost_days', 'community.donations', 'community.volunteer_hours', 'training.investment', 'workforce.other']) {
      expect(byCode.get(code)?.kind, code).toBe('entered');
    }
    expect(byCode.get('workforce.turnover_rate')?.breakdown).toEqual(['gender', 'age', 'region', 'level']);
  });

  it('holds entered metrics for the Part D cross-industry items, with units and codes', () => {
    const byCode = new Map(cat.metrics.map((m) => [m.code, m]));
    const need: [string, string, string][] = [
      ['climate.internal_carbon_price', 'CNY/tCO2e', 'D-MT-8'],
      ['climate.remuneration_linked_share', '%', 'D-MT-9'],
      ['climate.transition_risk_share', '%', 'D-MT-4'],
      ['climate.physical_risk_share', '%', 'D-MT-5'],
      ['climate.opportunity_capital', 'CNY', 'D-MT-7'],
    ];
    for (const [code, unit, item] of need) {
      expect(byCode.get(code), code).toMatchObject({ kind: 'entered', unit, partd: [item] });
    }
  });

  it('rejects a malformed metric definition with a clear reason', () => {
    expect(() => toMetricDef({ code: 'Energy Total', name_zh: 'x', name_en: 'x', unit: 'MWh', kind: 'entered', area: 'e', owner: 'o' })).toThrow(/lower-case words joined by dots/);
  });
});
