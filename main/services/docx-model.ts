// Loads what the DOCX report needs: the report model of the year and language, plus the
// notes each KPI table prints (the factors its figures were calculated with — value and
// source — boundary, estimates, not-applicable reasons), chart series, image bytes and the
// framework item lists of the index appendices. Everything is read here, once; the
// builders in main/export/docx only transform this model into document nodes.
import type { MetricDef } from '../../shared/catalogue.js';
import { dimsKey, SITE_KEY, type Dims } from '../../shared/dimensions.js';
import type { Lang, StoredValue } from '../../shared/domain.js';
import type { ComputedValue } from '../../shared/engine/compute.js';
import { displayUnit, formatValue } from '../../shared/report/format.js';
import { withheldForItem } from '../../shared/report/withheld-values.js';
import { findChartFonts } from '../export/docx/charts/font-file.js';
import { t } from '../export/docx/labels.js';
import type { CoverModel, DocxImage, DocxModel, IndexItem, KpiTableNotes, TrendChart } from '../export/docx/model.js';
import { imageSize } from '../../shared/image-size.js';
import { fiscalYearEndDate } from '../../shared/report/front-matter.js';
import { getProfile } from './company-service.js';
import { loadFrontMatterData } from './front-matter-service.js';
import { draftMark } from './draft-mark.js';
import { editionRepo } from '../store/edition-repo.js';
import { reportMedia } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { computeWorkspaceYear } from './kpi-service.js';
import { loadPartDIndex } from './partd-index-service.js';
import { listFrameworkItems } from './report-disclosure-service.js';
import { loadReportModel, type ReportModel } from './report-model-service.js';
import { loadShareChart } from './share-chart-service.js';
import type { ShareChartConfig, ShareChartData } from '../../shared/report/share-chart.js';
import { createValueSource, type ValueSource } from './report-values.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

const pick = <T>(lang: Lang, zh: T, en: T): T => (lang === 'zh-Hant' ? zh : en);

/** A factor as printed in a note: every significant digit it was entered with. */
function factorText(v: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'zh-Hant' ? 'zh-Hant-HK' : 'en-GB', { maximumSignificantDigits: 8, useGrouping: true }).format(v);
}

interface NoteContext {
  lang: Lang;
  year: number;
  values: ValueSource;
  metric: (code: string) => MetricDef | undefined;
  siteName: (code: string) => string;
  /** The stored value of a key (its footnotes), entered values and factors only. */
  stored: (metric: string, year: number, dims: Dims) => StoredValue | undefined;
  /** What the latest earlier published edition showed, by metric|year|dimsKey. */
  published: Map<string, number | null>;
}

/** The sites whose entries add up to a total printed from per-site values. */
function sitesOf(ctx: NoteContext, v: ComputedValue): string[] {
  const rest = Object.entries(v.dims);
  return ctx.values
    .result(ctx.year)
    .values.filter((x) => x.code === v.code && x.dims[SITE_KEY] !== undefined && rest.every(([k, val]) => x.dims[k] === val) && Object.keys(x.dims).length === rest.length + 1)
    .map((x) => ctx.siteName(x.dims[SITE_KEY] as string));
}

/** The text of a reader footnote in the report's language, or null where none is written in it. */
function footnoteIn(lang: Lang, v: { footnoteZh?: string | null; footnoteEn?: string | null } | undefined): string | null {
  return (lang === 'zh-Hant' ? v?.footnoteZh : v?.footnoteEn) ?? null;
}

/** Whether a single-language text (a not-applicable reason) is in the report's language: Chinese has Han characters. */
const HAN = /\p{Script=Han}/u;
const inLanguage = (text: string, lang: Lang) => HAN.test(text) === (lang === 'zh-Hant');

/**
 * Notes of one KPI table, row by row, for the report year's figures: each factor once per
 * table (at the first row calculated with it, cited by its footnote in the report's language),
 * the metric's own boundary note once per table, per-site totals, estimates, not-applicable
 * reasons and the values' own footnotes. A value's note and source are working notes: they
 * stay in the workspace, the trace and the annex, never in the report.
 */
function notesForTable(ctx: NoteContext, rows: { kind: 'value' | 'group'; metric: string; dims: Dims }[]): KpiTableNotes {
  const seen = new Set<string>();
  const once = (key: string, text: string, out: string[]) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(text);
  };
  return {
    rows: rows.map((r) => {
      const out: string[] = [];
      if (r.kind === 'group') return out; // a sub-heading prints no figure to annotate
      const v = ctx.values.get(r.metric, r.dims, ctx.year);
      const stored = v?.kind === 'entered' ? ctx.stored(r.metric, ctx.year, r.dims) : undefined;
      const footnote = footnoteIn(ctx.lang, stored);
      const def = ctx.metric(r.metric);
      if (v && v.value === null && v.naReason) {
        const reason = footnote ?? (inLanguage(v.naReason, ctx.lang) ? v.naReason : null);
        // A figure withheld ("not disclosed") is not one that does not apply: the note says which.
        const nd = stored?.notDisclosed === true;
        out.push(reason ? t(nd ? 'ndNote' : 'naNote', ctx.lang, { reason }) : t(nd ? 'ndNoteBare' : 'naNoteBare', ctx.lang));
      }
      for (const f of v?.trace?.factors ?? []) {
        const fd = ctx.metric(f.code);
        const name = fd ? pick(ctx.lang, fd.nameZh, fd.nameEn) : f.code;
        const citation = footnoteIn(ctx.lang, ctx.stored(f.code, ctx.year, {}));
        const params = { name, value: factorText(f.value, ctx.lang), unit: f.unit };
        once(`factor:${f.code}`, citation ? t('factorNote', ctx.lang, { ...params, source: citation }) : t('factorNoteBare', ctx.lang, params), out);
      }
      const metricNote = def ? pick(ctx.lang, def.noteZh, def.noteEn) : undefined;
      if (metricNote) once(`metric:${r.metric}`, metricNote, out);
      if (v?.fromSites) {
        const sites = sitesOf(ctx, v);
        if (sites.length) once(`sites:${sites.join('|')}`, t('sitesNote', ctx.lang, { sites: sites.join(pick(ctx.lang, '、', ', ')) }), out);
      }
      if (v?.estimated) out.push(t('estimatedNote', ctx.lang, { year: ctx.year }));
      if (footnote && v?.value !== null) once(`footnote:${footnote}`, footnote, out);
      for (const text of restatements(ctx, r, def)) out.push(text);
      return out;
    }),
  };
}

/**
 * Earlier years' figures of a row that differ from what a published edition printed: each is
 * footnoted with the old and new value and the reason (the value's note, when written in the
 * report's language; recalculated for a derived figure).
 */
function restatements(ctx: NoteContext, r: { metric: string; dims: Dims }, def: MetricDef | undefined): string[] {
  if (!def) return [];
  const out: string[] = [];
  for (let y = ctx.year - 2; y < ctx.year; y++) {
    const key = `${r.metric}|${y}|${dimsKey(r.dims)}`;
    if (!ctx.published.has(key)) continue;
    const old = ctx.published.get(key) ?? null;
    const now = ctx.values.get(r.metric, r.dims, y);
    const cur = now?.value ?? null;
    const same = cur === old || (cur !== null && old !== null && Math.abs(cur - old) <= Math.abs(old) * 1e-9);
    if (same) continue;
    const show = (x: number | null) => (x === null ? '—' : formatValue(x, def, ctx.lang).text);
    const params = { year: y, old: show(old), new: show(cur), unit: formatValue(0, def, ctx.lang).unit };
    // A restatement says why with the value's note, the reason typed with the change (e.g. the
    // note of an --overwrite import), when that note is written in the report's language: an
    // English working note is never printed in the Chinese report. (The value's footnote says
    // what the figure covers, not why it changed.)
    const note = ctx.stored(r.metric, y, r.dims)?.note ?? null;
    // The sentence ends the note itself, so a note's own full stop is dropped.
    const reason = now?.kind === 'entered' ? (note && inLanguage(note, ctx.lang) ? note.replace(/[.。]\s*$/u, '') : null) : t('restatedRecalc', ctx.lang);
    out.push(reason ? t('restatedNote', ctx.lang, { ...params, reason }) : t('restatedNoteBare', ctx.lang, params));
  }
  return out;
}

/** Values the published editions before `year` showed; the latest edition showing a value wins. */
function publishedBefore(ws: Workspace, year: number): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const e of editionRepo(ws).publishedValues()) {
    if (e.year >= year) continue;
    for (const v of e.values) out.set(`${v.metric}|${v.year}|${v.dimsKey}`, v.value);
  }
  return out;
}

/** Scope 2 is reported by both methods (GHG Protocol Scope 2 Guidance): a chart that shows one shows the other too. */
const SCOPE2_TWIN: Record<string, string> = { 'ghg.scope2_location': 'ghg.scope2_market', 'ghg.scope2_market': 'ghg.scope2_location' };

function withScope2Twins(ctx: NoteContext, metrics: { metric: string; dims: Dims }[], years: number[]): { metric: string; dims: Dims }[] {
  const out: { metric: string; dims: Dims }[] = [];
  const shown = new Set(metrics.map((m) => `${m.metric}|${dimsKey(m.dims)}`));
  for (const m of metrics) {
    out.push(m);
    const twin = SCOPE2_TWIN[m.metric];
    if (!twin || shown.has(`${twin}|${dimsKey(m.dims)}`)) continue;
    if (!years.some((y) => ctx.values.value(twin, m.dims, y) !== null)) continue;
    shown.add(`${twin}|${dimsKey(m.dims)}`);
    out.push({ metric: twin, dims: m.dims });
  }
  return out;
}

function trendFor(ctx: NoteContext, cfg: { metrics: { metric: string; dims: Dims }[]; years: number[] }, dimName: (k: string, v: string) => string): TrendChart | null {
  const configured = cfg.years.map((o) => ctx.year + o);
  const metrics = withScope2Twins(ctx, cfg.metrics, configured);
  // Only years with data are drawn: an empty column reads as a zero.
  const years = configured.filter((y) => metrics.some((m) => ctx.values.value(m.metric, m.dims, y) !== null));
  if (!years.length) return null;
  return {
    years,
    omittedYears: configured.filter((y) => !years.includes(y)),
    series: metrics.map((m) => {
      const def = ctx.metric(m.metric);
      const dimText = Object.entries(m.dims)
        .map(([k, v]) => dimName(k, v))
        .join(', ');
      const base = def ? pick(ctx.lang, def.nameZh, def.nameEn) : m.metric;
      return {
        name: dimText ? `${base} (${dimText})` : base,
        unit: def ? displayUnit(def, ctx.lang).unit : '',
        decimals: def ? displayUnit(def, ctx.lang).decimals : 0,
        values: years.map((y) => {
          const v = ctx.values.value(m.metric, m.dims, y);
          return v === null || !def ? null : formatValue(v, def, ctx.lang).shown;
        }),
      };
    }),
  };
}

function frameworkItems(ws: Workspace, year: number, lang: Lang): DocxModel['frameworks'] {
  const { metrics } = loadWorkspaceCatalogue(ws);
  const { values } = computeWorkspaceYear(ws, year);
  const hkex: IndexItem[] = listFrameworkItems(ws, 'hkex').map((i) => {
    // The reason a reader sees is the value's footnote in the report's language; the stored reason
    // is a working note, printed only when it is already in that language.
    const readerReason = (metric: string, reason: string) => footnoteIn(lang, ws.values.get(metric, year, {})) ?? (inLanguage(reason, lang) ? reason : '');
    const withheld = withheldForItem(i.code, metrics, values).map((w) => ({ kind: w.kind, name: pick(lang, w.nameZh, w.nameEn) ?? w.metric, reason: readerReason(w.metric, w.reason) }));
    return { code: i.code, kind: i.kind, title: pick(lang, i.titleZh, i.titleEn), ...(withheld.length ? { withheld } : {}) };
  });
  const sasbDoc = ws.catalogue.doc<{ items: { code: string; topic_zh?: string; topic_en?: string; title_zh?: string; title_en?: string; category?: string; unit?: string }[] }>('sasb');
  const sasb: IndexItem[] = (sasbDoc?.items ?? []).map((i) => ({
    code: i.code,
    kind: i.category ?? 'metric',
    title: pick(lang, i.title_zh, i.title_en) ?? '',
    topic: pick(lang, i.topic_zh, i.topic_en) ?? '',
    ...(i.unit ? { unit: i.unit } : {}),
  }));
  return { hkex, sasb };
}

function coverOf(ws: Workspace, lang: Lang): CoverModel {
  const c = getProfile(ws);
  const logo = ws.profile.logo();
  const size = logo ? imageSize(logo.bytes) : null;
  return {
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    stockCodes: c.stockCodes,
    logo: logo ? { bytes: logo.bytes, mime: logo.mime, width: size?.width ?? null, height: size?.height ?? null } : null,
    address: pick(lang, c.addressZh, c.addressEn),
    phone: c.phone,
    email: c.email,
    website: c.website,
  };
}

/** `final`: the file kept at publication, without the draft mark. */
export function loadDocxModel(ws: Workspace, year: number, lang: Lang, opts: { final?: boolean } = {}): DocxModel {
  const report: ReportModel = loadReportModel(ws, year, lang);
  const cat = loadWorkspaceCatalogue(ws);
  const sites = new Map(ws.profile.sites().map((s) => [s.code, pick(lang, s.nameZh, s.nameEn)]));
  const dimNames = new Map(cat.dimensions.flatMap((d) => d.values.map((v) => [`${d.key}=${v.code}`, pick(lang, v.nameZh, v.nameEn)] as const)));
  const ctx: NoteContext = { lang, year, values: createValueSource(ws), metric: (c) => cat.byCode.get(c), stored: (m, y, d) => ws.values.get(m, y, d), siteName: (c) => sites.get(c) ?? c, published: publishedBefore(ws, year) };
  const media = reportMedia(ws);
  const frontMatter = loadFrontMatterData(ws, year, lang);

  const kpiNotes = new Map<string, KpiTableNotes>();
  const trends = new Map<string, TrendChart>();
  const shares = new Map<string, ShareChartData>();
  const images = new Map<string, DocxImage>();
  for (const block of report.sections.flatMap((s) => s.blocks)) {
    if (block.type === 'kpi_table' && block.table) kpiNotes.set(block.id, notesForTable(ctx, block.table.rows));
    if (block.type === 'chart') {
      const cfg = block.config as { kind: string; metrics?: { metric: string; dims: Dims }[]; years?: number[] };
      const trend = cfg.kind === 'kpi_trend' && cfg.metrics && cfg.years ? trendFor(ctx, { metrics: cfg.metrics, years: cfg.years }, (k, v) => dimNames.get(`${k}=${v}`) ?? `${k} ${v}`) : null;
      if (trend) trends.set(block.id, trend);
      if (cfg.kind === 'kpi_share') {
        const share = loadShareChart(ws, year, lang, block.config as ShareChartConfig, ctx.values);
        if (share.ok) shares.set(block.id, share.data);
      }
    }
    if (block.type === 'image') {
      const id = (block.config as { image_id: string }).image_id;
      const img = media.getImage(id);
      if (img) images.set(id, { bytes: img.bytes, mime: img.mime, width: img.width, height: img.height });
    }
  }

  return {
    lang,
    year,
    workspaceId: ws.meta.workspaceId(),
    report,
    title: t('reportTitle', lang, { year }),
    draft: opts.final ? null : draftMark(ws, year),
    kpiNotes,
    trends,
    shares,
    images,
    frameworks: frameworkItems(ws, year, lang),
    partDIndex: loadPartDIndex(ws, year, lang),
    cover: coverOf(ws, lang),
    frontMatter,
    documentDate: frontMatter.approvedOn ?? fiscalYearEndDate(year, frontMatter.fiscalYearEnd),
    chartFonts: findChartFonts(),
  };
}
