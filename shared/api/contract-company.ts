// The contract's methods for setting a company up (profile, years, sites) and for editing
// quantitative targets. Spread into the one map in contract.ts; the schemas are the domain's
// own (shared/company.ts), so a bad field is refused at the door with its message code.
import { z } from 'zod';
import type { DimensionValueDef } from '../catalogue.js';
import { newSiteSchema, profilePatchSchema, siteUpdateSchema, yearSchema } from '../company.js';
import { newFuelSchema } from '../fuel-schema.js';
import type { Company, Site, Target } from '../domain.js';

const typed = z.string().max(200);
/** A target as typed in the form: the targets file's columns, validated by validateTargetFields. */
export const targetFieldsSchema = z
  .object({ code: typed, metric: typed, baseline_year: typed, target_year: typed, type: typed, target_value: typed, title_zh: z.string().max(500), title_en: z.string().max(500) })
  .strict();

/** 2 MB of logo (company-service LOGO_MAX_BYTES) and a little more, so the service words the refusal. */
const LOGO_BASE64_MAX = Math.ceil(((2 * 1024 * 1024 + 1024) * 4) / 3) + 4;

export interface LogoView {
  mime: 'image/png' | 'image/jpeg';
  base64: string;
}

export const companyContract = {
  'profile:get': { input: z.object({}).strict() },
  'profile:update': { input: profilePatchSchema },
  'profile:logo': { input: z.object({}).strict() },
  /** The logo's bytes as base64 (PNG or JPEG, told by their signature in the service), or null to remove it. */
  'profile:set-logo': { input: z.object({ base64: z.string().max(LOGO_BASE64_MAX).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'company.logo_format').nullable() }).strict() },
  'year:add': { input: z.object({ year: yearSchema }).strict() },
  'site:list': { input: z.object({}).strict() },
  'site:add': { input: newSiteSchema },
  'site:update': { input: siteUpdateSchema },
  'fuel:add': { input: newFuelSchema },
  'target:save': { input: z.object({ mode: z.enum(['create', 'update']), fields: targetFieldsSchema }).strict() },
  'target:delete': { input: z.object({ code: z.string().min(1).max(64) }).strict() },
} as const;

export interface CompanyOutputs {
  'profile:get': Company;
  'profile:update': Company;
  'profile:logo': LogoView | null;
  'profile:set-logo': Company;
  'year:add': number[];
  'site:list': Site[];
  'site:add': Site;
  'site:update': Site;
  'fuel:add': DimensionValueDef;
  'target:save': Target;
  'target:delete': null;
}
