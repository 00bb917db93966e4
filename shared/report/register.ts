// Structured report content other than blocks: materiality topics, stakeholders, the climate
// risk and opportunity register, scenario analysis, governance facts and qualitative targets.
// Field names are camelCase (domain types); the store maps them to columns.
import { z } from 'zod';
import { metricCodeSchema } from '../catalogue.js';
import { dimsSchema } from './rich-text.js';
import { YEAR_MAX, YEAR_MIN } from '../years.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'an id is lower-case letters, digits, - or _');
const name = z.string().trim().min(1, 'required in both languages').max(300);
const text = z.string().max(4000).default('');
const lines = z.array(z.string().trim().min(1)).default([]);
const position = z.number().int().min(0).optional();

export const materialityTopicSchema = z
  .object({
    id,
    position,
    category: z.enum(['E', 'S', 'G']),
    nameZh: name,
    nameEn: name,
    /** Importance to stakeholders (y axis of the matrix), 0–10. */
    stakeholderScore: z.number().min(0).max(10),
    /** Importance to the business (x axis), 0–10. */
    businessScore: z.number().min(0).max(10),
    sectionId: id.nullable().default(null),
  })
  .strict();
export type MaterialityTopic = z.output<typeof materialityTopicSchema> & { position: number };

export const stakeholderSchema = z
  .object({ id, position, groupZh: name, groupEn: name, expectationsZh: lines, expectationsEn: lines, channelsZh: lines, channelsEn: lines })
  .strict();
export type Stakeholder = z.output<typeof stakeholderSchema> & { position: number };

export const CLIMATE_CATEGORIES = {
  risk: ['acute_physical', 'chronic_physical', 'policy_legal', 'technology', 'market', 'reputation'],
  opportunity: ['resource_efficiency', 'energy_source', 'products_services', 'market', 'resilience'],
} as const;
export const HORIZONS = ['short', 'medium', 'long'] as const;

/** Risks by group, as IFRS S2 and Part D separate them: physical (acute, chronic) and transition. */
export const CLIMATE_RISK_GROUPS = {
  physical: ['acute_physical', 'chronic_physical'],
  transition: ['policy_legal', 'technology', 'market', 'reputation'],
} as const;
export type ClimateRiskGroup = keyof typeof CLIMATE_RISK_GROUPS;

/** The register rows a climate_register block shows: by type, and for risks by group. */
export function climateItemsShown<T extends { type: 'risk' | 'opportunity'; category: string }>(
  items: readonly T[],
  config: { type: 'risk' | 'opportunity' | 'all'; group?: 'all' | ClimateRiskGroup },
): T[] {
  const group = config.group ?? 'all';
  return items.filter(
    (c) =>
      (config.type === 'all' || c.type === config.type) &&
      (group === 'all' || (c.type === 'risk' && (CLIMATE_RISK_GROUPS[group] as readonly string[]).includes(c.category))),
  );
}

export const climateItemSchema = z
  .object({
    id,
    position,
    type: z.enum(['risk', 'opportunity']),
    category: z.enum(['acute_physical', 'chronic_physical', 'policy_legal', 'technology', 'market', 'reputation', 'resource_efficiency', 'energy_source', 'products_services', 'resilience']),
    titleZh: name,
    titleEn: name,
    descriptionZh: text,
    descriptionEn: text,
    impactsZh: text,
    impactsEn: text,
    financialEffectZh: text,
    financialEffectEn: text,
    horizons: z.array(z.enum(HORIZONS)).min(1, 'give at least one time horizon'),
    likelihood: z.number().int().min(1).max(5).nullable().default(null),
    impact: z.number().int().min(1).max(5).nullable().default(null),
    responsesZh: lines,
    responsesEn: lines,
  })
  .strict()
  .refine((c) => (CLIMATE_CATEGORIES[c.type] as readonly string[]).includes(c.category), {
    message: 'category does not fit the type (risks: acute_physical, chronic_physical, policy_legal, technology, market, reputation; opportunities: resource_efficiency, energy_source, products_services, market, resilience)',
    path: ['category'],
  });
export type ClimateItem = z.output<typeof climateItemSchema> & { position: number };

export const climateScenarioSchema = z
  .object({
    id,
    position,
    riskKind: z.enum(['physical', 'transition']),
    pathway: z.enum(['low_emission', 'high_emission']),
    name: name,
    source: z.string().default(''),
    descriptionZh: text,
    descriptionEn: text,
    years: z.array(z.number().int().min(2000).max(2200)).default([]),
  })
  .strict();
export type ClimateScenario = z.output<typeof climateScenarioSchema> & { position: number };

export const LEVELS = ['low', 'medium', 'high'] as const;
export const scenarioRowSchema = z
  .object({
    id,
    position,
    climateItemId: id.nullable().default(null),
    descriptionZh: name,
    descriptionEn: name,
    assumptionsZh: lines,
    assumptionsEn: lines,
    ratings: z.array(z.object({ pathway: z.enum(['low_emission', 'high_emission']), year: z.number().int(), level: z.enum(LEVELS) }).strict()).default([]),
  })
  .strict();
export type ScenarioRow = z.output<typeof scenarioRowSchema> & { position: number };

export const governanceFactSchema = z
  .object({
    id,
    position,
    labelZh: name,
    labelEn: name,
    valueZh: z.string().default(''),
    valueEn: z.string().default(''),
    /** Shown live from data when set (e.g. board.directors with board_role=independent_non_executive). */
    metric: metricCodeSchema.nullable().default(null),
    dims: dimsSchema.default({}),
  })
  .strict()
  .refine((f) => f.metric !== null || (f.valueZh !== '' && f.valueEn !== ''), { message: 'a governance fact needs a metric or a value in both languages' });
export type GovernanceFact = z.output<typeof governanceFactSchema> & { position: number };

export const QUALITATIVE_CATEGORIES = ['energy', 'water', 'waste', 'ghg', 'renewables', 'social', 'governance', 'other'] as const;
export const qualitativeTargetSchema = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'a target code is letters, digits, ., - or _'),
    position,
    category: z.enum(QUALITATIVE_CATEGORIES),
    titleZh: name,
    titleEn: name,
    statusZh: text,
    statusEn: text,
    targetYear: z.number().int().min(YEAR_MIN).max(YEAR_MAX).nullable().default(null),
    sectionId: id.nullable().default(null),
  })
  .strict();
export type QualitativeTarget = z.output<typeof qualitativeTargetSchema> & { position: number };
