// The data the front matter is written from: the edition's approval date (recorded here,
// validated as a real day after the end of the report year; a published edition is frozen),
// and, for the builders, the profile and boundary of the year in the report language.
import type { Lang } from '../../shared/domain.js';
import { fiscalYearEndDate, isoDateSchema, type FrontMatterData } from '../../shared/report/front-matter.js';
import { editionRepo } from '../store/edition-repo.js';
import type { Workspace } from '../store/workspace.js';
import { getProfile } from './company-service.js';
import { writableEdition } from './edition-guard.js';
import { frameworkForYear } from './framework-service.js';
import { ReportEditError } from './report-errors.js';

/** Records the board's approval day of the `year` edition (YYYY-MM-DD), or clears it (null). */
export function setApprovalDate(ws: Workspace, year: number, date: string | null, actor: string): string | null {
  writableEdition(ws, year);
  if (date !== null) {
    const parsed = isoDateSchema.safeParse(date);
    const yearEnd = fiscalYearEndDate(year, getProfile(ws).fiscalYearEnd);
    if (!parsed.success || date <= yearEnd) {
      throw new ReportEditError('invalid', 'edition.approved_on_format', [{ path: 'approvedOn', message: 'edition.approved_on_format' }], { year, date });
    }
  }
  ws.transaction(() => editionRepo(ws).setApproval(year, date, actor));
  return editionRepo(ws).get(year)?.approvedOn ?? null;
}

/** What the front_matter blocks of the `year` report print, in `lang`. */
export function loadFrontMatterData(ws: Workspace, year: number, lang: Lang): FrontMatterData {
  const c = getProfile(ws);
  const edition = editionRepo(ws).get(year);
  const zh = lang === 'zh-Hant';
  return {
    year,
    framework: edition?.framework ?? frameworkForYear(ws, year),
    approvedOn: edition?.approvedOn ?? null,
    fiscalYearEnd: c.fiscalYearEnd,
    companyName: zh ? c.nameZh : c.nameEn,
    // The boundary of that year: sites not retired before it.
    sites: ws.profile
      .sites()
      .filter((s) => s.retiredYear === null || s.retiredYear >= year)
      .map((s) => (zh ? s.nameZh : s.nameEn)),
    consolidation: c.consolidation,
    prevailingLang: c.prevailingLang,
    languages: c.languages,
  };
}
