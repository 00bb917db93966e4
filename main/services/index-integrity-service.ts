// Feeds shared/checks/index-integrity.ts from the workspace: the edition's sections with what
// their blocks hold and show, the effective disclosure map, the SASB codes of the catalogue and
// the approval date.
import type { Finding } from '../../shared/checks.js';
import { checkIndexIntegrity, type IndexSection } from '../../shared/checks/index-integrity.js';
import { LANGS } from '../../shared/domain.js';
import type { Block } from '../../shared/report/blocks.js';
import { inlineRuns, type Inline, type RichDoc } from '../../shared/report/rich-text.js';
import { editionRepo } from '../store/edition-repo.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { blockHasContent } from './basis-service.js';
import { effectiveDisclosures, listFrameworkItems } from './report-disclosure-service.js';

/** Metric codes a block shows: KPI table rows, trend chart series, share chart parts, live references and metric links. */
export function metricsShown(b: Block): string[] {
  const out: string[] = [];
  const cfg = b.config as { rows?: { metric: string }[]; metrics?: { metric: string }[]; metric?: string; parts?: { metric: string }[] };
  if (b.type === 'kpi_table') out.push(...(cfg.rows ?? []).map((r) => r.metric));
  if (b.type === 'chart') out.push(...(cfg.metrics ?? []).map((m) => m.metric), ...(cfg.metric ? [cfg.metric] : []), ...(cfg.parts ?? []).map((p) => p.metric));
  for (const lang of LANGS) {
    const c = b.content[lang] as { doc?: RichDoc; items?: Inline[][] };
    const runs = c.doc ? inlineRuns(c.doc) : (c.items ?? []);
    for (const n of runs.flat()) {
      if (n.type === 'kpiRef') out.push(n.attrs.code);
      if (n.type === 'text') for (const m of n.marks ?? []) if (m.type === 'metricLink') out.push(m.attrs.code);
    }
  }
  return out;
}

export function indexIntegrityFindings(ws: Workspace, year: number): Finding[] {
  const { outline } = reportRepos(ws, year);
  const blocks = outline.listBlocks() as Block[];
  const sections: IndexSection[] = outline.listSections().map((s) => {
    const own = blocks.filter((b) => b.sectionId === s.id);
    return { id: s.id, parentId: s.parentId, titleZh: s.titleZh, titleEn: s.titleEn, hasContent: own.some(blockHasContent), metrics: new Set(own.flatMap(metricsShown)) };
  });
  return checkIndexIntegrity({
    year,
    disclosure: effectiveDisclosures(ws, year),
    sections,
    sasbCodes: listFrameworkItems(ws, 'sasb').map((i) => i.code),
    hasApprovalBlock: blocks.some((b) => b.type === 'front_matter' && (b.config as { kind: string }).kind === 'board_approval'),
    approvedOn: editionRepo(ws).get(year)?.approvedOn ?? null,
  });
}
