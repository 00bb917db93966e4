// Checks of a year: the data checks of shared/checks.ts and the report checks of
// shared/checks/ (disclosure completeness, typed numbers in the narrative, year-on-year
// changes without a note, restatements after an export), fed from the workspace.
import { runAllChecks, type Finding } from '../../shared/checks.js';
import type { NarrativeRun } from '../../shared/checks/types.js';
import { dimsFromKey, dimsKey } from '../../shared/dimensions.js';
import { LANGS } from '../../shared/domain.js';
import type { Block } from '../../shared/report/blocks.js';
import { inlineRuns, type RichDoc } from '../../shared/report/rich-text.js';
import { editionRepo } from '../store/edition-repo.js';
import { reportMedia, reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { indexIntegrityFindings } from './index-integrity-service.js';
import { basisFindings, blockHasContent, loadYearBasis } from './basis-service.js';
import { effectiveDisclosures, listFrameworkItems } from './report-disclosure-service.js';
import { createValueSource } from './report-values.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

/** Every paragraph, heading and list item the narrative holds, per language. */
export function narrativeRuns(ws: Workspace, year: number): NarrativeRun[] {
  const { outline } = reportRepos(ws, year);
  const sections = new Map(outline.listSections().map((s) => [s.id, s]));
  const out: NarrativeRun[] = [];
  for (const b of outline.listBlocks() as Block[]) {
    const s = sections.get(b.sectionId);
    for (const lang of LANGS) {
      const c = b.content[lang] as { doc?: RichDoc; items?: NarrativeRun['run'][] };
      const runs = c.doc ? inlineRuns(c.doc) : (c.items ?? []);
      for (const run of runs) out.push({ sectionId: b.sectionId, sectionTitle: lang === 'en' ? (s?.titleEn ?? '') : (s?.titleZh ?? ''), blockId: b.id, lang, run });
    }
  }
  return out;
}

/**
 * Every check of the year. An edition following the ESG Reporting Code is checked by basis
 * (each Part B, C and D item for the company's category and year), which replaces the Guide's
 * `completeness.hkex_kpi` for the items it covers, so that one item gives one finding.
 */
export function checkYear(ws: Workspace, year: number): Finding[] {
  const findings = [...checkYearData(ws, year), ...indexIntegrityFindings(ws, year)];
  const yb = loadYearBasis(ws, year);
  if (!yb) return findings;
  const covered = new Set(yb.items.map((i) => i.code));
  const byBasis = basisFindings(yb);
  const order = { error: 0, warning: 1, info: 2 } as const;
  return [...findings.filter((f) => !(f.rule === 'completeness.hkex_kpi' && covered.has(f.metric))), ...byBasis].sort((a, b) => order[a.severity] - order[b.severity]);
}

function checkYearData(ws: Workspace, year: number): Finding[] {
  const { metrics } = loadWorkspaceCatalogue(ws);
  const values = createValueSource(ws);
  const repos = reportRepos(ws, year);
  const rows = ws.values.listYearForEngine(year);
  const prevRows = ws.values.listYearForEngine(year - 1);
  const blocks = repos.outline.listBlocks();
  const editions = editionRepo(ws);
  const sections = new Map(repos.outline.listSections().map((s) => [s.id, s]));
  return runAllChecks({
    year,
    metrics,
    rows,
    result: values.result(year),
    previous: prevRows.length ? { rows: prevRows, result: values.result(year - 1) } : null,
    valueOf: values.value,
    narrative: narrativeRuns(ws, year),
    hkexKpis: listFrameworkItems(ws, 'hkex').filter((i) => i.kind === 'kpi').map((i) => ({ code: i.code, titleEn: i.titleEn, titleZh: i.titleZh })),
    disclosure: effectiveDisclosures(ws, year),
    sectionsWithContent: new Set(blocks.filter(blockHasContent).map((b) => b.sectionId)),
    exports: reportMedia(ws).listExports().map((e) => ({ year: e.year, lang: e.lang, kind: e.kind, exportedAt: e.exportedAt, values: e.snapshot })),
    currentOf: (metric, y, key) => values.value(metric, dimsFromKey(key), y),
    typedOf: (metric, dims) => ws.values.get(metric, year, dims)?.enteredValue ?? undefined,
    footnotes: ws.values.listYear(year).map((v) => ({ metric: v.metric, dimsKey: dimsKey(v.dims), zh: v.footnoteZh ?? null, en: v.footnoteEn ?? null })),
    edition: {
      carriedFrom: editions.get(year)?.carriedFrom ?? null,
      carriedBlocks: blocks
        .filter((b) => b.carriedFrom !== null && b.carriedFrom !== undefined)
        .map((b) => ({ blockId: b.id, sectionTitle: sections.get(b.sectionId)?.titleEn ?? b.sectionId, sectionTitleZh: sections.get(b.sectionId)?.titleZh ?? '', fromYear: b.carriedFrom as number })),
      carriedFactors: editions.carriedFactors(year).filter((f) => f.pending),
    },
  });
}
