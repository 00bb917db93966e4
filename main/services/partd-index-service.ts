// Loads the Part D index of a year for the exports (main/export/partd-index.ts): null unless
// the edition follows the ESG Reporting Code. The basis and disclosure state come from
// basis-service, the same reading `check` uses, so the index and the check never disagree.
import type { Lang } from '../../shared/domain.js';
import type { PartDIndexRow } from '../export/partd-index.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { loadYearBasis } from './basis-service.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

interface PartDDocItem {
  code: string;
  title_zh: string;
  title_en: string;
  paragraph?: string;
}

export function loadPartDIndex(ws: Workspace, year: number, lang: Lang): PartDIndexRow[] | null {
  const yb = loadYearBasis(ws, year);
  if (!yb) return null;
  const doc = ws.catalogue.doc<{ items: PartDDocItem[] }>('part-d');
  const byCode = new Map((doc?.items ?? []).map((i) => [i.code, i]));
  const repos = reportRepos(ws, year);
  const sections = new Map(repos.outline.listSections().map((s) => [s.id, s]));
  const sectionTitle = (id: string): string => {
    const s = sections.get(id);
    if (!s) return id;
    const title = lang === 'zh-Hant' ? s.titleZh : s.titleEn;
    return s.label ? `${s.label} ${title}` : title;
  };
  const disclosure = repos.disclosure.list().filter((d) => d.framework === 'partd');
  const cat = loadWorkspaceCatalogue(ws);
  const metrics = cat.metrics;
  const metricName = (code: string) => {
    const m = cat.byCode.get(code);
    return { code, name: m ? (lang === 'zh-Hant' ? m.nameZh : m.nameEn) : code };
  };
  return yb.items
    .filter((i) => i.part === 'D')
    .map((i) => {
      const item = byCode.get(i.code);
      const entry = disclosure.find((d) => d.itemCode === i.code);
      const catalogued = metrics.filter((m) => m.partd.includes(i.code)).map((m) => m.code);
      const na = entry?.status === 'not_applicable';
      return {
        code: i.code,
        paragraph: item?.paragraph ?? null,
        title: item ? (lang === 'zh-Hant' ? item.title_zh : item.title_en) : i.code,
        basis: i.basis,
        reliefEndsFy: i.relief?.ends_fy ?? null,
        sections: na ? [] : (entry?.sections ?? []).map(sectionTitle),
        metrics: na ? [] : [...new Set([...(entry?.metrics ?? []), ...catalogued])].map(metricName),
        explanation: na ? ((lang === 'zh-Hant' ? entry?.reasonZh : entry?.reasonEn) ?? null) : null,
        state: i.state,
      };
    });
}
