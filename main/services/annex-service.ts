// Loads the KPI annex model of a year from the workspace: every year from the baseline year
// to the report year, targets, framework items, and the disclosure map.
import { loadPartDIndex } from './partd-index-service.js';
import type { Lang } from '../../shared/domain.js';
import type { YearResult } from '../../shared/engine/compute.js';
import type { AnnexModel, DisclosureEntry, FrameworkItem } from '../export/xlsx/annex/model.js';
import { reportRepos } from '../store/report-repos.js';
import { effectiveDisclosures } from './report-disclosure-service.js';
import type { Workspace } from '../store/workspace.js';
import { computeWorkspaceYear } from './kpi-service.js';
import { listTargetProgress } from './targets-service.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

interface RawItem {
  code: string;
  kind?: string;
  category?: string;
  title_zh: string;
  title_en: string;
}

function frameworkItems(doc: unknown): FrameworkItem[] {
  const items = (doc as { items?: RawItem[] } | undefined)?.items ?? [];
  return items.map((i) => ({ code: i.code, kind: i.kind ?? i.category ?? 'item', titleZh: i.title_zh, titleEn: i.title_en }));
}

/** The years an annex or report shows: baseline year (if earlier) to the report year. */
export function reportYears(ws: Workspace, year: number): number[] {
  const base = ws.profile.company()?.baselineYear ?? year;
  const from = Math.min(base, year);
  return Array.from({ length: year - from + 1 }, (_, i) => from + i);
}

export function loadDisclosure(ws: Workspace, year: number, lang: Lang): DisclosureEntry[] {
  const repos = reportRepos(ws, year);
  const sections = new Map(repos.outline.listSections().map((s) => [s.id, s]));
  return effectiveDisclosures(ws, year)
    .filter((e) => e.framework === 'hkex' || e.framework === 'sasb')
    .map((e) => ({
      framework: e.framework as 'hkex' | 'sasb',
      code: e.itemCode,
      metrics: e.metrics,
      sections: e.sections.map((id) => {
        const s = sections.get(id);
        if (!s) return id;
        const title = lang === 'zh-Hant' ? s.titleZh : s.titleEn;
        return s.label ? `${s.label} ${title}` : title;
      }),
      ...(e.status === 'not_applicable' ? { notApplicableReason: lang === 'zh-Hant' ? e.reasonZh : e.reasonEn } : {}),
    }));
}

export function loadAnnexModel(ws: Workspace, year: number, lang: Lang): AnnexModel {
  const cat = loadWorkspaceCatalogue(ws);
  const years = reportYears(ws, year);
  const results = new Map<number, YearResult>(years.map((y) => [y, computeWorkspaceYear(ws, y)]));
  const company = ws.profile.company();
  if (!company) throw new Error('the workspace has no company profile');
  return {
    lang,
    year,
    years,
    company,
    metrics: cat.metrics,
    dimensions: cat.dimensions,
    sites: ws.profile.sites(),
    results,
    targets: listTargetProgress(ws, year),
    hkex: frameworkItems(ws.catalogue.doc('hkex')).filter((i) => i.kind !== 'mandatory'),
    sasb: frameworkItems(ws.catalogue.doc('sasb')),
    disclosure: loadDisclosure(ws, year, lang),
    partD: loadPartDIndex(ws, year, lang),
  };
}
