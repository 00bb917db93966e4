// The whole report of a year in one language, loaded and resolved: sections in reading order
// with their blocks (live references rendered, KPI and target tables filled from data), the
// materiality topics, stakeholders, climate register, scenarios, governance facts, targets and
// the disclosure index. This is what the DOCX/XLSX builders and the UI preview consume; they
// never query the database.
import type { MetricDef } from '../../shared/catalogue.js';
import { describeDims } from '../../shared/dimension-labels.js';
import type { Lang } from '../../shared/domain.js';
import type { Block } from '../../shared/report/blocks.js';
import { withChosenIntensities } from '../../shared/denominators.js';
import { displayUnit } from '../../shared/fuels.js';
import { formatChangePct, formatNumber, formatValue, unitLabel } from '../../shared/report/format.js';
import { shapeKpiRows } from '../../shared/report/kpi-rows.js';
import { flattenOutline } from '../../shared/report/outline.js';
import { t } from '../export/docx/labels.js';
import { resolveDoc, resolveInlines, type Lookup } from '../../shared/report/resolve.js';
import type { Inline, RichDoc } from '../../shared/report/rich-text.js';
import type { TargetProgress } from '../../shared/targets.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { effectiveDisclosures, listFrameworkItems } from './report-disclosure-service.js';
import { createValueSource } from './report-values.js';
import { listTargetProgress } from './targets-service.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export interface KpiTableRow {
  /** A figure row, or a breakdown's sub-heading (no figures; unit when its rows share one). */
  kind: 'value' | 'group';
  metric: string;
  dims: Record<string, string>;
  label: string;
  unit: string;
  indent: number;
  cells: { year: number; value: number | null; text: string }[];
}

export interface KpiTableModel {
  years: number[];
  rows: KpiTableRow[];
}

export interface ModelBlock {
  id: string;
  type: Block['type'];
  config: unknown;
  /** The block's content in the report language; rich text has its kpiRefs resolved. */
  content: unknown;
  /** Data-driven blocks: the table as printed. */
  table?: KpiTableModel;
}

export interface ModelSection {
  id: string;
  parentId: string | null;
  depth: number;
  kind: string;
  label: string;
  title: string;
  blocks: ModelBlock[];
}

const pick = <T>(lang: Lang, zh: T, en: T): T => (lang === 'zh-Hant' ? zh : en);

export function loadReportModel(ws: Workspace, year: number, lang: Lang) {
  const repos = reportRepos(ws, year);
  const cat = loadWorkspaceCatalogue(ws);
  const values = createValueSource(ws);
  const lookup: Lookup = values.value;
  const metric = (code: string): MetricDef | undefined => cat.byCode.get(code);
  const ctx = { year, lang, lookup, metric };
  const company = ws.profile.company();
  const targets: TargetProgress[] = listTargetProgress(ws, year);

  const kpiTable = (cfg: { rows: { metric: string; dims: Record<string, string>; label_zh?: string; label_en?: string; indent: number }[]; years: number[] }): KpiTableModel => {
    const years = cfg.years.map((o) => year + o);
    const nameOf = (code: string) => {
      const def = metric(code);
      return def ? pick(lang, def.nameZh, def.nameEn) : code;
    };
    // Every row has a unit: a count without one of its own gets the table's word for "number".
    // A fuel's row takes the fuel's own unit (L of petrol, m³ of natural gas), not "{fuel}".
    const unitOf = (code: string, dims: Record<string, string> = {}) => {
      const found = metric(code);
      if (!found) return '';
      const def = { ...found, unit: displayUnit(found, dims, cat.dimensions) };
      return formatValue(0, def, lang).unit || (def.unit === 'count' ? t('countUnit', lang) : '');
    };
    const valueRow = (r: (typeof cfg.rows)[number], depth: number): KpiTableRow => {
      const found = metric(r.metric);
      const def = found ? { ...found, unit: displayUnit(found, r.dims, cat.dimensions) } : undefined;
      const dimText = describeDims({ dimensions: cat.dimensions, lang }, r.dims, 'values');
      const label = pick(lang, r.label_zh, r.label_en) ?? (dimText ? (depth > 0 ? dimText : `${nameOf(r.metric)} (${dimText})`) : nameOf(r.metric));
      return {
        kind: 'value',
        metric: r.metric,
        dims: r.dims,
        label,
        unit: unitOf(r.metric, r.dims),
        indent: depth,
        cells: years.map((y) => {
          const v = lookup(r.metric, r.dims, y);
          return { year: y, value: v, text: v === null || !def ? '—' : formatValue(v, def, lang).text };
        }),
      };
    };
    const dimName = (key: string) => {
      const d = cat.dimensions.find((x) => x.key === key);
      const name = d ? pick(lang, d.nameZh, d.nameEn) : key;
      return lang === 'en' ? name.toLowerCase() : name;
    };
    // Rows as configured, plus each intensity per the denominators the company chose.
    const rowsIn = withChosenIntensities(cfg.rows, company?.intensityDenominators ?? [], (c) => cat.byCode.has(c));
    const shape = shapeKpiRows(rowsIn.map((r) => ({ metric: r.metric, dims: r.dims ?? {}, indent: r.indent ?? 0 })), (code) => metric(code)?.formula);
    return {
      years,
      rows: shape.map((s): KpiTableRow => {
        if (s.kind === 'value') return valueRow(rowsIn[s.row] as (typeof rowsIn)[number], s.depth);
        const units = [...new Set(s.rows.map((i) => unitOf((rowsIn[i] as (typeof rowsIn)[number]).metric)))];
        return {
          kind: 'group',
          metric: s.metric,
          dims: {},
          label: t('byDimension', lang, { metric: nameOf(s.metric), dims: s.keys.map(dimName).join(t('dimsJoin', lang)) }),
          unit: units.length === 1 ? (units[0] as string) : '',
          indent: s.depth,
          cells: years.map((y) => ({ year: y, value: null, text: '' })),
        };
      }),
    };
  };

  const resolveContent = (b: Block): ModelBlock => {
    const c = b.content[lang] as Record<string, unknown>;
    const content: Record<string, unknown> = { ...c };
    if (c['doc']) content['doc'] = resolveDoc(c['doc'] as RichDoc, ctx);
    if (Array.isArray(c['items'])) content['items'] = (c['items'] as Inline[][]).map((run) => resolveInlines(run, ctx));
    const block: ModelBlock = { id: b.id, type: b.type, config: b.config, content };
    if (b.type === 'kpi_table') block.table = kpiTable(b.config as Parameters<typeof kpiTable>[0]);
    return block;
  };

  const blocks = repos.outline.listBlocks();
  const sections: ModelSection[] = flattenOutline(repos.outline.listSections()).map(({ section: s, depth }) => ({
    id: s.id,
    parentId: s.parentId,
    depth,
    kind: s.kind,
    label: s.label,
    title: pick(lang, s.titleZh, s.titleEn),
    blocks: blocks.filter((b) => b.sectionId === s.id).sort((a, b) => a.position - b.position).map(resolveContent),
  }));
  const sectionTitle = new Map(sections.map((s) => [s.id, `${s.label ? s.label + ' ' : ''}${s.title}`]));

  const items = new Map([...listFrameworkItems(ws, 'hkex'), ...listFrameworkItems(ws, 'sasb'), ...listFrameworkItems(ws, 'partd')].map((i) => [`${i.framework}:${i.code}`, i]));

  return {
    year,
    lang,
    company: company ? { name: pick(lang, company.nameZh, company.nameEn), shortName: pick(lang, company.shortNameZh, company.shortNameEn), stockCode: company.stockCode } : { name: '', shortName: '', stockCode: '' },
    sections,
    materiality: repos.topics.list().map((t) => ({ id: t.id, category: t.category, name: pick(lang, t.nameZh, t.nameEn), stakeholderScore: t.stakeholderScore, businessScore: t.businessScore, sectionId: t.sectionId })),
    stakeholders: repos.stakeholders.list().map((s) => ({ id: s.id, group: pick(lang, s.groupZh, s.groupEn), expectations: pick(lang, s.expectationsZh, s.expectationsEn), channels: pick(lang, s.channelsZh, s.channelsEn) })),
    climate: repos.climate.list().map((c) => ({
      id: c.id,
      type: c.type,
      category: c.category,
      title: pick(lang, c.titleZh, c.titleEn),
      description: pick(lang, c.descriptionZh, c.descriptionEn),
      impacts: pick(lang, c.impactsZh, c.impactsEn),
      financialEffect: pick(lang, c.financialEffectZh, c.financialEffectEn),
      horizons: c.horizons,
      likelihood: c.likelihood,
      impact: c.impact,
      responses: pick(lang, c.responsesZh, c.responsesEn),
    })),
    scenarios: repos.scenarios.list().map((s) => ({ id: s.id, riskKind: s.riskKind, pathway: s.pathway, name: s.name, source: s.source, description: pick(lang, s.descriptionZh, s.descriptionEn), years: s.years })),
    scenarioRows: repos.scenarioRows.list().map((r) => ({ id: r.id, climateItemId: r.climateItemId, description: pick(lang, r.descriptionZh, r.descriptionEn), assumptions: pick(lang, r.assumptionsZh, r.assumptionsEn), ratings: r.ratings })),
    governance: repos.governance.list().map((f) => {
      const def = f.metric ? metric(f.metric) : undefined;
      const v = f.metric ? lookup(f.metric, f.dims, year) : null;
      const live = def && v !== null ? formatValue(v, def, lang).text : null;
      return { id: f.id, label: pick(lang, f.labelZh, f.labelEn), value: live ?? pick(lang, f.valueZh, f.valueEn), metric: f.metric, dims: f.dims };
    }),
    targets: {
      quantitative: targets.map((p) => {
        const def = metric(p.target.metric);
        const num = (x: number | null) => (x === null || !def ? '—' : formatValue(x, def, lang).text);
        return {
          code: p.target.code,
          metric: p.target.metric,
          type: p.target.type,
          title: pick(lang, p.target.titleZh, p.target.titleEn),
          baselineYear: p.target.baselineYear,
          targetYear: p.target.targetYear,
          unit: def ? ((lang === 'zh-Hant' ? def.unitLabelZh : def.unitLabelEn) ?? unitLabel(def.unit, lang)) : '',
          baseline: { value: p.baseline, text: num(p.baseline) },
          current: { value: p.current, text: num(p.current) },
          targetValue: { value: p.targetValue, text: num(p.targetValue) },
          changePct: { value: p.changePct, text: p.changePct === null ? '—' : formatChangePct(p.changePct, lang) },
          progressPct: { value: p.progressPct, text: p.progressPct === null ? '—' : `${formatNumber(p.progressPct, lang, 1)}%` },
          attainmentPct: p.attainmentPct,
          elapsedPct: p.elapsedPct,
          status: p.status,
        };
      }),
      qualitative: repos.qualitativeTargets.list().map((q) => ({ code: q.code, category: q.category, title: pick(lang, q.titleZh, q.titleEn), status: pick(lang, q.statusZh, q.statusEn), targetYear: q.targetYear })),
    },
    disclosure: effectiveDisclosures(ws, year).map((d) => {
      const item = items.get(`${d.framework}:${d.itemCode}`);
      return {
        framework: d.framework,
        itemCode: d.itemCode,
        title: item ? pick(lang, item.titleZh, item.titleEn) : '',
        status: d.status,
        sections: d.sections.map((id) => ({ id, title: sectionTitle.get(id) ?? id })),
        metrics: d.metrics.map((code) => {
          const m = metric(code);
          return { code, name: m ? pick(lang, m.nameZh, m.nameEn) : code };
        }),
        reason: pick(lang, d.reasonZh, d.reasonEn),
      };
    }),
  };
}
export type ReportModel = ReturnType<typeof loadReportModel>;
