// The basis of every HKEX Part B, C and D item for the company in one year (mandatory,
// comply-or-explain or voluntary, with its interim relief), and what the report says of each
// (disclosed, explained, nothing), for the editions that follow the ESG Reporting Code. Read
// by `check` (completeness by basis), `check --bases` and the Part D index of the exports.
import type { Finding } from '../../shared/checks.js';
import { checkCompletenessByBasis, type BasisFinding } from '../../shared/checks/completeness-basis.js';
import { disclosureStates, type DisclosureState } from '../../shared/checks/disclosure-state.js';
import { LANGS, type Lang } from '../../shared/domain.js';
import { basisTable, type BasisRow, type IssuerCategory } from '../../shared/framework/basis.js';
import type { FrameworkVersion } from '../../shared/framework/versions.js';
import type { Block } from '../../shared/report/blocks.js';
import type { RichDoc } from '../../shared/report/rich-text.js';
import { editionRepo } from '../store/edition-repo.js';
import { reportRepos } from '../store/report-repos.js';
import { effectiveDisclosures } from './report-disclosure-service.js';
import type { Workspace } from '../store/workspace.js';
import { codeRules, frameworkForYear } from './framework-service.js';
import { createValueSource } from './report-values.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

/** A block counts as content unless it is narrative left empty in both languages. */
export function blockHasContent(b: Block): boolean {
  if (b.type !== 'rich_text' && b.type !== 'case_study') return true;
  return LANGS.some((l) => ((b.content[l] as { doc?: RichDoc }).doc?.content.length ?? 0) > 0);
}

export interface ItemBasis extends BasisRow {
  state: DisclosureState;
}

export interface YearBasis {
  year: number;
  framework: FrameworkVersion;
  category: IssuerCategory;
  yearEnd: string;
  items: ItemBasis[];
}

/** The basis table of `year` with each item's disclosure state; null unless the edition follows the Code. */
export function loadYearBasis(ws: Workspace, year: number): YearBasis | null {
  const framework = editionRepo(ws).get(year)?.framework ?? frameworkForYear(ws, year);
  if (framework !== 'code') return null;
  const company = ws.profile.company();
  const category: IssuerCategory = company?.issuerCategory ?? 'main_board';
  const yearEnd = company?.fiscalYearEnd ?? '12-31';
  const { items, rules } = codeRules();
  const rows = basisTable(items, { category, fiscalYear: year, framework, yearEnd }, rules);
  const repos = reportRepos(ws, year);
  const states = disclosureStates({
    items: items.map((i) => ({ code: i.code, framework: i.part === 'D' ? ('partd' as const) : ('hkex' as const) })),
    metrics: loadWorkspaceCatalogue(ws).metrics,
    rows: ws.values.listYearForEngine(year),
    result: createValueSource(ws).result(year),
    disclosure: effectiveDisclosures(ws, year),
    sectionsWithContent: new Set(repos.outline.listBlocks().filter(blockHasContent).map((b) => b.sectionId)),
  });
  return { year, framework, category, yearEnd, items: rows.map((r) => ({ ...r, state: states.get(r.code) ?? 'none' })) };
}

/** Completeness by basis: each finding carries its Part and the item's basis. */
export function basisFindings(yb: YearBasis, lang: Lang = 'en'): (BasisFinding & Pick<Finding, 'basis'>)[] {
  const { items, rules } = codeRules();
  const basisOf = new Map(yb.items.map((i) => [i.code, i.basis]));
  return checkCompletenessByBasis({ year: yb.year, lang, rows: yb.items, items, state: new Map(yb.items.map((i) => [i.code, i.state])), reliefs: rules.bases.reliefs }).map((f) => ({
    ...f,
    basis: basisOf.get(f.metric),
  }));
}
