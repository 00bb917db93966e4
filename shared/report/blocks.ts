// Blocks of a section: each type has a language-neutral `config` (what data it shows) and a
// `content` per language (what is written). One schema per type; every write is parsed here
// before it reaches the store.
import { z } from 'zod';
import { metricCodeSchema } from '../catalogue.js';
import { FRONT_MATTER_KINDS } from './front-matter.js';
import { dimsSchema, inlineSchema, richDocSchema } from './rich-text.js';
import { shareChartConfigSchema } from './share-chart.js';

export const BLOCK_TYPES = [
  'rich_text',
  'bullet_list',
  'static_table',
  'kpi_table',
  'target_table',
  'case_study',
  'image',
  'chart',
  'stakeholder_table',
  'materiality',
  'climate_register',
  'scenario_table',
  'governance_facts',
  'governance_structure',
  'disclosure_index',
  'front_matter',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

const caption = z.string().max(500).default('');
const empty = z.object({}).strict().default({});
const captionOnly = z.object({ caption }).strict().default({ caption: '' });

const kpiRowSchema = z
  .object({
    metric: metricCodeSchema,
    dims: dimsSchema.default({}),
    /** Optional row label per language; the catalogue name otherwise. */
    label_zh: z.string().optional(),
    label_en: z.string().optional(),
    indent: z.number().int().min(0).max(3).default(0),
  })
  .strict();

/** One tier of the ESG governance structure (board, committee, working group, departments…). */
const tierSchema = z
  .object({
    name: z.string().trim().min(1, 'block.governance.tier_name').max(120),
    role: z.string().max(1000).default(''),
    /** Bodies or units in the tier; the last tier's are drawn as boxes under it. */
    members: z.array(z.string().trim().min(1).max(120)).max(24).default([]),
  })
  .strict();

/** Years shown, relative to the report year: [-2, -1, 0] is "the last three years". */
const yearOffsets = z.array(z.number().int().min(-10).max(0)).min(1).max(10).default([0]);

export const blockSchemas = {
  rich_text: { config: empty, content: z.object({ doc: richDocSchema }).strict() },
  bullet_list: { config: empty, content: z.object({ items: z.array(z.array(inlineSchema)).min(1, 'a bullet list needs at least one item') }).strict() },
  static_table: {
    config: empty,
    content: z
      .object({ caption, header: z.array(z.string()).min(1), rows: z.array(z.array(z.string())), footnotes: z.array(z.string()).default([]) })
      .strict()
      .refine((t) => t.rows.every((r) => r.length === t.header.length), { message: 'every row of a static table has as many cells as the header' }),
  },
  kpi_table: {
    config: z.object({ rows: z.array(kpiRowSchema).min(1, 'a KPI table needs at least one row'), years: yearOffsets }).strict(),
    content: z.object({ caption, footnotes: z.array(z.string()).default([]) }).strict(),
  },
  target_table: {
    config: z.object({ targets: z.array(z.string().min(1)).default([]), include_qualitative: z.boolean().default(true) }).strict().default({ targets: [], include_qualitative: true }),
    content: captionOnly,
  },
  case_study: { config: empty, content: z.object({ title: z.string().min(1), doc: richDocSchema }).strict() },
  image: {
    config: z.object({ image_id: z.string().min(1), width_pct: z.number().min(10).max(100).default(100) }).strict(),
    content: z.object({ caption, alt: z.string().default('') }).strict(),
  },
  chart: {
    config: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('kpi_trend'), metrics: z.array(z.object({ metric: metricCodeSchema, dims: dimsSchema.default({}) })).min(1), years: yearOffsets }).strict(),
      z.object({ kind: z.literal('materiality_matrix') }).strict(),
      // A pie or donut of one year's parts (shared/report/share-chart.ts).
      shareChartConfigSchema,
    ]),
    content: captionOnly,
  },
  stakeholder_table: { config: empty, content: captionOnly },
  materiality: { config: z.object({ show_matrix: z.boolean().default(true) }).strict().default({ show_matrix: true }), content: captionOnly },
  climate_register: {
    // group: physical or transition risks only (a group holds risks, so it shows no opportunity).
    config: z.object({ type: z.enum(['risk', 'opportunity', 'all']).default('all'), group: z.enum(['all', 'physical', 'transition']).default('all') }).strict().default({ type: 'all', group: 'all' }),
    content: captionOnly,
  },
  scenario_table: { config: empty, content: captionOnly },
  governance_facts: { config: empty, content: captionOnly },
  governance_structure: {
    config: z.object({ show_table: z.boolean().default(true) }).strict().default({ show_table: true }),
    content: z.object({ caption, tiers: z.array(tierSchema).min(1, 'block.governance.no_tier').max(6) }).strict(),
  },
  disclosure_index: { config: z.object({ framework: z.enum(['hkex', 'sasb', 'partd']) }).strict(), content: captionOnly },
  // Statements written from the edition and the profile (shared/report/front-matter.ts).
  front_matter: { config: z.object({ kind: z.enum(FRONT_MATTER_KINDS) }).strict(), content: captionOnly },
} satisfies Record<BlockType, { config: z.ZodType; content: z.ZodType }>;

export type BlockConfig<T extends BlockType> = z.output<(typeof blockSchemas)[T]['config']>;
export type BlockContent<T extends BlockType> = z.output<(typeof blockSchemas)[T]['content']>;

/** A block as the store keeps it and services return it. */
export interface Block<T extends BlockType = BlockType> {
  id: string;
  sectionId: string;
  position: number;
  type: T;
  config: BlockConfig<T>;
  content: { 'zh-Hant': BlockContent<T>; en: BlockContent<T> };
  /** Rolled forward from that year's edition and not yet reviewed (edited or confirmed). */
  carriedFrom?: number | null;
}

/** What a caller supplies to write a block (unknown JSON, parsed by parseBlockBody). */
export const blockBodySchema = z.object({
  type: z.enum(BLOCK_TYPES),
  config: z.unknown().optional(),
  content: z.object({ 'zh-Hant': z.unknown(), en: z.unknown() }),
});
export type BlockBodyInput = z.input<typeof blockBodySchema>;

export interface ParsedBlockBody {
  type: BlockType;
  config: unknown;
  content: { 'zh-Hant': unknown; en: unknown };
}

export class ContentValidationError extends Error {
  constructor(
    readonly what: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(`${what} is not valid: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
  }
}

export function issuesOf(err: z.ZodError, prefix = ''): { path: string; message: string }[] {
  return err.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

type GovernanceStructure = BlockContent<'governance_structure'>;

/** Both languages draw the same diagram: as many tiers, and as many members in each. */
function sameTiers(zh: GovernanceStructure, en: GovernanceStructure): { path: string; message: string }[] {
  if (zh.tiers.length !== en.tiers.length) return [{ path: 'content.en.tiers', message: 'block.governance.tiers_differ' }];
  return zh.tiers.flatMap((tier, i) =>
    tier.members.length === (en.tiers[i]?.members.length ?? 0) ? [] : [{ path: `content.en.tiers.${i}.members`, message: 'block.governance.members_differ' }],
  );
}

/** Parses a block body: the type's own config and both languages' content; throws ContentValidationError. */
export function parseBlockBody(input: unknown): ParsedBlockBody {
  const body = blockBodySchema.safeParse(input);
  if (!body.success) throw new ContentValidationError('block', issuesOf(body.error));
  const schema = blockSchemas[body.data.type];
  const issues: { path: string; message: string }[] = [];
  const config = schema.config.safeParse(body.data.config ?? {});
  if (!config.success) issues.push(...issuesOf(config.error, 'config'));
  const zh = schema.content.safeParse(body.data.content['zh-Hant']);
  if (!zh.success) issues.push(...issuesOf(zh.error, 'content.zh-Hant'));
  const en = schema.content.safeParse(body.data.content.en);
  if (!en.success) issues.push(...issuesOf(en.error, 'content.en'));
  if (body.data.type === 'governance_structure' && zh.success && en.success) issues.push(...sameTiers(zh.data as GovernanceStructure, en.data as GovernanceStructure));
  if (issues.length || !config.success || !zh.success || !en.success) throw new ContentValidationError(`${body.data.type} block`, issues);
  return { type: body.data.type, config: config.data, content: { 'zh-Hant': zh.data, en: en.data } };
}
