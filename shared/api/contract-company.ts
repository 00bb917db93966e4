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

export const companyContract = {
  'profile:get': { input: z.object({}).strict() },
  'profile:update': { input: profilePatchSchema },
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
  'year:add': number[];
  'site:list': Site[];
  'site:add': Site;
  'site:update': Site;
  'fuel:add': DimensionValueDef;
  'target:save': Target;
  'target:delete': null;
}
