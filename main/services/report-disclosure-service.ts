// The disclosure map: where each HKEX / SASB / Part D item is disclosed, or why not.
import { disclosureEntrySchema, normaliseDisclosure, twinConflict, withMandatoryDefaults, type DisclosureEntry, type DisclosureEntryInput, type Framework } from '../../shared/report/disclosure.js';
import { reportRepos } from '../store/report-repos.js';
import type { Workspace } from '../store/workspace.js';
import { writableEdition } from './edition-guard.js';
import { ReportEditError, validated } from './report-errors.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export interface FrameworkItem {
  framework: Framework;
  code: string;
  kind: string;
  titleZh: string;
  titleEn: string;
}

const DOC_NAMES: Record<Framework, string> = { hkex: 'hkex', sasb: 'sasb', partd: 'part-d' };

/** The framework items as the workspace's catalogue copy lists them. */
export function listFrameworkItems(ws: Workspace, framework: Framework): FrameworkItem[] {
  const doc = ws.catalogue.doc<{ items: { code: string; kind?: string; title_zh?: string; title_en?: string }[] }>(DOC_NAMES[framework]);
  return (doc?.items ?? []).map((i) => ({ framework, code: i.code, kind: i.kind ?? 'metric', titleZh: i.title_zh ?? '', titleEn: i.title_en ?? '' }));
}

export function listDisclosures(ws: Workspace, year: number): DisclosureEntry[] {
  return reportRepos(ws, year).disclosure.list();
}

/** The map as the report and `check` read it: the stored entries plus the mandatory items' default sections. */
export function effectiveDisclosures(ws: Workspace, year: number): DisclosureEntry[] {
  const r = reportRepos(ws, year);
  return withMandatoryDefaults(r.disclosure.list(), r.outline.listSections());
}

export function setDisclosure(ws: Workspace, year: number, input: DisclosureEntryInput, actor: string): DisclosureEntry {
  writableEdition(ws, year);
  const entry = normaliseDisclosure(validated('disclosure map entry', () => disclosureEntrySchema.parse(input)));
  if (!listFrameworkItems(ws, entry.framework).some((i) => i.code === entry.itemCode)) {
    throw new ReportEditError('invalid', `${entry.itemCode} is not an item of the ${entry.framework} framework.`);
  }
  const r = reportRepos(ws, year);
  const missingSections = entry.sections.filter((s) => !r.outline.getSection(s));
  if (missingSections.length) throw new ReportEditError('invalid', `No such section: ${missingSections.join(', ')}`);
  const codes = listFrameworkItems(ws, entry.framework).map((i) => i.code);
  const twin = twinConflict(entry, r.disclosure.list(), codes);
  if (twin) {
    throw new ReportEditError('conflict', 'disclosure.twin_conflict', [{ path: 'itemCode', message: 'disclosure.twin_conflict' }], {
      item: entry.itemCode,
      twin: twin.itemCode,
      twinStatus: twin.status,
    });
  }
  const known = loadWorkspaceCatalogue(ws).byCode;
  const missingMetrics = entry.metrics.filter((m) => !known.has(m));
  if (missingMetrics.length) throw new ReportEditError('invalid', `Not in the catalogue: ${missingMetrics.join(', ')}`);
  ws.transaction(() => r.disclosure.put(entry, actor));
  return r.disclosure.get(entry.framework, entry.itemCode) as DisclosureEntry;
}

export function removeDisclosure(ws: Workspace, year: number, framework: Framework, itemCode: string, actor: string): void {
  writableEdition(ws, year);
  const r = reportRepos(ws, year);
  if (!r.disclosure.get(framework, itemCode)) throw new ReportEditError('not_found', `${framework} ${itemCode} is not in the disclosure map.`);
  ws.transaction(() => r.disclosure.remove(framework, itemCode, actor));
}
