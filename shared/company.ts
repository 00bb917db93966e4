// The company profile and its reporting boundary (sites): what a valid profile, site and year
// are. One schema each, used by the API (at the door), the services and the CLI. Messages are
// codes (`company.*` in shared/i18n/strings-company.ts), rendered in zh-Hant or en at the edge.
import { z } from 'zod';
import { LANGS } from './domain.js';
import { ISSUER_CATEGORIES } from './framework/basis.js';
import { YEAR_MAX, YEAR_MIN } from './years.js';

export const SITE_KINDS = ['office', 'data_centre', 'warehouse', 'other'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const yearSchema = z.number({ message: 'company.year_range' }).int('company.year_range').min(YEAR_MIN, 'company.year_range').max(YEAR_MAX, 'company.year_range');

/** A site code is what a data package writes after `site=`: no separators of that syntax. */
export const siteCodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'company.site_code');

/** An HKEX stock code: four or five digits (0700, 80700 for the RMB counter, 01024). */
export const stockCodeSchema = z.string().regex(/^\d{4,5}$/, 'company.stock_code');

/** How the environmental data are consolidated (GHG Protocol's three approaches). */
export const CONSOLIDATION_APPROACHES = ['operational_control', 'financial_control', 'equity_share'] as const;
export type ConsolidationApproach = (typeof CONSOLIDATION_APPROACHES)[number];

const contactText = (max: number) => z.string().trim().max(max, 'company.text_long');
/** Empty, or something that reads as an e-mail address (the report prints it as typed). */
const email = z.string().trim().max(200, 'company.text_long').refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'company.email');

const name = z.string().trim().min(1, 'company.name_empty').max(200, 'company.name_long');
const shortName = z.string().trim().max(100, 'company.name_long');

/** MM-DD of a real day of the year (29 February is not a fiscal year end). */
export const fiscalYearEndSchema = z.string().refine((s) => {
  const m = /^(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}, 'company.fiscal_year_end');

/**
 * A change to the profile: every field optional, the ones given replace the stored ones. A
 * new field is one more line here and one more flag in main/cli/commands/profile-flags.ts.
 */
export const profilePatchSchema = z
  .object({
    nameZh: name,
    nameEn: name,
    shortNameZh: shortName,
    shortNameEn: shortName,
    stockCodes: z.array(stockCodeSchema).min(1, 'company.stock_codes_empty').max(8).refine((l) => new Set(l).size === l.length, 'company.stock_codes_twice'),
    fiscalYearEnd: fiscalYearEndSchema,
    reportYear: yearSchema,
    baselineYear: yearSchema.nullable(),
    issuerCategory: z.enum(ISSUER_CATEGORIES, { message: 'company.issuer_category' }),
    languages: z.array(z.enum(LANGS as unknown as ['zh-Hant', 'en'])).min(1, 'company.languages_empty').refine((l) => new Set(l).size === l.length, 'company.languages_empty'),
    addressZh: contactText(500),
    addressEn: contactText(500),
    phone: contactText(60),
    email,
    website: contactText(200),
    consolidation: z.enum(CONSOLIDATION_APPROACHES, { message: 'company.consolidation' }),
    prevailingLang: z.enum(LANGS as unknown as ['zh-Hant', 'en'], { message: 'company.prevailing_lang' }),
    /** Metric codes; whether each is a metric that can divide is the service's check (it needs the catalogue). */
    intensityDenominators: z
      .array(z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'company.denominator_code'))
      .max(8)
      .transform((l) => [...new Set(l)]),
    sasbIndustry: z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/, 'company.sasb_industry_format').nullable(),
  })
  .partial()
  .strict();
export type ProfilePatch = z.infer<typeof profilePatchSchema>;

export const newSiteSchema = z
  .object({
    code: siteCodeSchema,
    nameZh: name,
    nameEn: name,
    kind: z.enum(SITE_KINDS, { message: 'company.site_kind' }).default('office'),
  })
  .strict();
export type NewSite = z.infer<typeof newSiteSchema>;

/** Rename, change the kind, retire (a year: its last in the boundary) or bring back (null). */
export const siteUpdateSchema = z
  .object({
    code: siteCodeSchema,
    nameZh: name.optional(),
    nameEn: name.optional(),
    kind: z.enum(SITE_KINDS, { message: 'company.site_kind' }).optional(),
    retiredYear: yearSchema.nullable().optional(),
  })
  .strict();
export type SiteUpdate = z.infer<typeof siteUpdateSchema>;

/** A value of a retired site for a year after its retirement is refused; its history stays. */
export function siteAcceptsYear(site: { retiredYear: number | null }, year: number): boolean {
  return site.retiredYear === null || year <= site.retiredYear;
}
