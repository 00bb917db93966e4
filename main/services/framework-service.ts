// The version of HKEX Appendix C2 each edition follows: chosen by financial year (with the
// company's fiscal year end) when an edition is created or rolled forward, changeable with a
// reason (audited), and what changes between two editions' versions. The rules are data
// (templates/catalogue/frameworks/hkex-versions.json, hkex-bases.json), read once per process:
// they ship with the app and do not change while it runs.
import { changesBetween, chooseFrameworkVersion, type FrameworkVersion, type VersionChange } from '../../shared/framework/versions.js';
import { loadCodeRules, type CodeRuleSet } from '../catalogue/load-code-rules.js';
import { editionRepo, type Edition } from '../store/edition-repo.js';
import type { Workspace } from '../store/workspace.js';
import { ReportEditError } from './report-errors.js';

let rules: CodeRuleSet | null = null;
export function codeRules(): CodeRuleSet {
  return (rules ??= loadCodeRules());
}

const yearEndOf = (ws: Workspace): string => ws.profile.company()?.fiscalYearEnd ?? '12-31';

/** The version the financial year labelled `year` follows, by the day it commences. */
export function frameworkForYear(ws: Workspace, year: number): FrameworkVersion {
  return chooseFrameworkVersion(codeRules().versions, year, yearEndOf(ws)).code;
}

/** The edition of `year`, created (following its year's version) if the year has none yet. */
export function ensureEdition(ws: Workspace, year: number, carriedFrom: number | null = null): Edition {
  return editionRepo(ws).ensure(year, frameworkForYear(ws, year), carriedFrom);
}

/** What an edition takes on (or gives up) against the edition it was rolled forward from. */
export function frameworkChanges(ws: Workspace, year: number): VersionChange[] {
  const repo = editionRepo(ws);
  const e = repo.get(year);
  const from = e?.carriedFrom !== null && e?.carriedFrom !== undefined ? repo.get(e.carriedFrom) : undefined;
  if (!e || !from) return [];
  return changesBetween(codeRules().versions, from.framework, e.framework);
}

/**
 * Sets the version the edition of `year` follows. A reason is required; the edition must exist
 * and not be published (its exports are frozen). Returns the changes against the edition's
 * previous version.
 */
export function setEditionFramework(ws: Workspace, year: number, framework: FrameworkVersion, reason: string, actor: string): VersionChange[] {
  const r = reason.trim();
  if (!r) throw new ReportEditError('invalid', 'framework.reason_required', [{ path: 'reason', message: 'framework.reason_required' }], { year });
  const repo = editionRepo(ws);
  const before = repo.get(year);
  if (!before) throw new ReportEditError('not_found', 'framework.no_edition', [], { year });
  if (before.status === 'published') throw new ReportEditError('published', 'framework.published', [], { year, publishedAt: before.publishedAt ?? '' });
  ws.transaction(() => repo.setFramework(year, framework, r, actor));
  return changesBetween(codeRules().versions, before.framework, framework);
}
