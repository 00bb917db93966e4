// The contract's methods for editing report content: blocks of a section (add, move, delete),
// the registers (materiality topics, stakeholders, climate items, qualitative targets) and the
// disclosure map. Spread into the one map in contract.ts. Every method names the year whose
// report edition it edits; a published edition refuses with `edition_published`. The row schemas are the domain's own
// (shared/report), so a bad entry is refused before any service runs, field by field.
import { z } from 'zod';
import type { Block } from '../report/blocks.js';
import { blockBodySchema } from '../report/blocks.js';
import { disclosureEntrySchema, FRAMEWORKS, type DisclosureEntry, type Framework } from '../report/disclosure.js';
import { sectionIdSchema } from '../report/outline.js';
import { climateItemSchema, materialityTopicSchema, qualitativeTargetSchema, stakeholderSchema } from '../report/register.js';

const blockId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a block id');
const position = z.number().int().min(0).max(10_000);
const year = z.number().int().min(1990).max(2100);

/** The registers the app edits, each with its own row schema. */
export const EDITABLE_REGISTERS = ['topics', 'stakeholders', 'climate', 'qualitativeTargets'] as const;
export type EditableRegister = (typeof EDITABLE_REGISTERS)[number];

const registerRow = z.discriminatedUnion('kind', [
  z.object({ year, kind: z.literal('topics'), row: materialityTopicSchema }).strict(),
  z.object({ year, kind: z.literal('stakeholders'), row: stakeholderSchema }).strict(),
  z.object({ year, kind: z.literal('climate'), row: climateItemSchema }).strict(),
  z.object({ year, kind: z.literal('qualitativeTargets'), row: qualitativeTargetSchema }).strict(),
]);

export const editContract = {
  'block:add': { input: z.object({ year, sectionId: sectionIdSchema, body: blockBodySchema, position: position.optional() }).strict() },
  'block:move': { input: z.object({ year, id: blockId, position }).strict() },
  'block:confirm': { input: z.object({ year, id: blockId }).strict() },
  'block:delete': { input: z.object({ year, id: blockId }).strict() },
  'register:create': { input: registerRow },
  'register:update': { input: registerRow },
  'register:delete': { input: z.object({ year, kind: z.enum(EDITABLE_REGISTERS), key: z.string().min(1).max(64) }).strict() },
  'disclosure:items': { input: z.object({ framework: z.enum(FRAMEWORKS) }).strict() },
  'disclosure:set': { input: z.object({ year, entry: disclosureEntrySchema }).strict() },
  'disclosure:remove': { input: z.object({ year, framework: z.enum(FRAMEWORKS), itemCode: z.string().min(1).max(32) }).strict() },
} as const;

export interface FrameworkItemView {
  framework: Framework;
  code: string;
  kind: string;
  titleZh: string;
  titleEn: string;
}

export interface EditOutputs {
  'block:add': Block;
  'block:move': Block;
  'block:confirm': Block;
  'block:delete': null;
  'register:create': Record<string, unknown>;
  'register:update': Record<string, unknown>;
  'register:delete': null;
  'disclosure:items': FrameworkItemView[];
  'disclosure:set': DisclosureEntry;
  'disclosure:remove': null;
}
