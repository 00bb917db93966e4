// Setting a company up: its profile, its reporting years and its boundary (sites). Every
// input is parsed with the schemas of shared/company.ts; refusals are CompanyError with a
// message code and parameters (rendered in zh-Hant or en by the CLI and the UI).
import { newSiteSchema, profilePatchSchema, siteUpdateSchema, yearSchema, type NewSite, type ProfilePatch, type SiteUpdate } from '../../shared/company.js';
import { createHash } from 'node:crypto';
import type { Company, Site } from '../../shared/domain.js';
import { imageMime } from '../../shared/image-size.js';
import type { Workspace } from '../store/workspace.js';

export { CompanyError, type CompanyErrorCode } from './company-error.js';
import { CompanyError } from './company-error.js';
import { checkDenominators, syncIntensities } from './intensity-service.js';
import { addIndustrySections, applyIndustry, checkSasbIndustry } from './industry-service.js';

function parse<T>(schema: { safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0];
  throw new CompanyError('validation', first?.message.startsWith('company.') ? first.message : 'company.invalid', { field: first?.path ?? '' }, issues);
}

export function getProfile(ws: Workspace): Company {
  const c = ws.profile.company();
  if (!c) throw new CompanyError('not_found', 'company.no_profile');
  return c;
}

/** Replaces the fields given; the report and baseline years become reporting years. */
export function updateProfile(ws: Workspace, input: unknown, actor: string): Company {
  const patch: ProfilePatch = parse(profilePatchSchema, input);
  const before = getProfile(ws);
  const next: Company = { ...before, ...patch };
  next.stockCode = next.stockCodes.join(', ');
  if (next.baselineYear !== null && next.reportYear !== null && next.baselineYear > next.reportYear) {
    throw new CompanyError('validation', 'company.baseline_after_report', { baseline: next.baselineYear, report: next.reportYear }, [
      { path: 'baselineYear', message: 'company.baseline_after_report' },
    ]);
  }
  if (patch.intensityDenominators) checkDenominators(ws, patch.intensityDenominators);
  if (patch.sasbIndustry) checkSasbIndustry(ws, patch.sasbIndustry);
  ws.transaction(() => {
    ws.profile.setCompany(next, actor);
    for (const y of [next.reportYear, next.baselineYear]) if (y !== null) ws.profile.addYear(y, actor);
    if (patch.intensityDenominators) syncIntensities(ws, patch.intensityDenominators);
    if (patch.sasbIndustry !== undefined) applyIndustry(ws, patch.sasbIndustry);
    if (patch.sasbIndustry && patch.sasbIndustry !== before.sasbIndustry && next.reportYear !== null) addIndustrySections(ws, next.reportYear, patch.sasbIndustry, actor);
  });
  return getProfile(ws);
}

/** The most a logo may weigh: it is printed once, on the cover. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/** Sets the cover logo from a PNG or JPEG file's bytes (told by their signature), or removes it (null). */
export function setLogo(ws: Workspace, bytes: Buffer | null, actor: string): Company {
  getProfile(ws);
  if (bytes === null) {
    ws.transaction(() => ws.profile.setLogo(null, actor));
    return getProfile(ws);
  }
  const mime = imageMime(bytes);
  if (!mime) throw new CompanyError('validation', 'company.logo_format', {}, [{ path: 'logo', message: 'company.logo_format' }]);
  if (bytes.length > LOGO_MAX_BYTES) throw new CompanyError('validation', 'company.logo_large', { max: LOGO_MAX_BYTES / 1024 / 1024 }, [{ path: 'logo', message: 'company.logo_large' }]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  ws.transaction(() => ws.profile.setLogo({ bytes, mime, sha256 }, actor));
  return getProfile(ws);
}

export function addYear(ws: Workspace, year: unknown, actor: string): number[] {
  const y = parse(yearSchema, year);
  if (!ws.transaction(() => ws.profile.addYear(y, actor))) throw new CompanyError('exists', 'company.year_exists', { year: y });
  return ws.profile.years();
}

export function addSite(ws: Workspace, input: unknown, actor: string): Site {
  const s: NewSite = parse(newSiteSchema, input);
  if (ws.profile.sites().some((x) => x.code.toLowerCase() === s.code.toLowerCase())) throw new CompanyError('exists', 'company.site_exists', { code: s.code });
  ws.transaction(() => ws.profile.putSite({ ...s, retiredYear: null }, actor));
  return findSite(ws, s.code);
}

/** Renames, re-kinds, retires (from the year after `retiredYear`) or brings a site back (null). */
export function updateSite(ws: Workspace, input: unknown, actor: string): Site {
  const u: SiteUpdate = parse(siteUpdateSchema, input);
  const before = findSite(ws, u.code);
  const next: Site = {
    code: before.code,
    nameZh: u.nameZh ?? before.nameZh,
    nameEn: u.nameEn ?? before.nameEn,
    kind: u.kind ?? before.kind,
    retiredYear: u.retiredYear === undefined ? before.retiredYear : u.retiredYear,
  };
  if (next.retiredYear !== null) {
    const later = ws.values.countSiteValuesAfter(next.code, next.retiredYear);
    if (later > 0) throw new CompanyError('validation', 'company.site_has_later_values', { code: next.code, year: next.retiredYear, count: later }, [{ path: 'retiredYear', message: 'company.site_has_later_values' }]);
  }
  ws.transaction(() => ws.profile.putSite(next, actor));
  return findSite(ws, next.code);
}

function findSite(ws: Workspace, code: string): Site {
  const s = ws.profile.sites().find((x) => x.code === code);
  if (!s) throw new CompanyError('not_found', 'company.site_not_found', { code });
  return s;
}
