// Narrative text as ProseMirror/TipTap JSON (doc → paragraph/heading/bulletList/orderedList/
// listItem → text with bold/italic marks), so the UI's editor loads and saves it unchanged.
// Two custom inline nodes: `kpiRef`, a live reference to a KPI value rendered from data in
// the report's language, and `footnote`. One custom mark, `metricLink`, ties typed text
// (e.g. "+22.0%") to the metric it speaks about so that checks can compare it with data.
import { z } from 'zod';
import { metricCodeSchema } from '../catalogue.js';
import { YEAR_MAX, YEAR_MIN } from '../years.js';

export const dimsSchema = z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'a dimension key is lower-case, e.g. gender'), z.string().min(1));

/** Which year a reference shows: the report year, the one before, or a fixed year. */
export const refYearSchema = z.union([z.literal('current'), z.literal('previous'), z.number().int().min(YEAR_MIN).max(YEAR_MAX)]);
export type RefYear = z.infer<typeof refYearSchema>;

export const kpiRefAttrsSchema = z.object({
  code: metricCodeSchema,
  dims: dimsSchema.default({}),
  year: refYearSchema.default('current'),
  /** value: the figure with its unit; change_pct: the change against the year before, e.g. +22.3%. */
  show: z.enum(['value', 'change_pct']).default('value'),
});
export type KpiRefAttrs = z.infer<typeof kpiRefAttrsSchema>;

export const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({
    type: z.literal('metricLink'),
    attrs: z.object({ code: metricCodeSchema, dims: dimsSchema.default({}), compare: z.enum(['change_pct', 'value']).default('change_pct') }),
  }),
]);
export type Mark = z.infer<typeof markSchema>;

export const textNodeSchema = z.object({ type: z.literal('text'), text: z.string().min(1, 'a text node cannot be empty'), marks: z.array(markSchema).optional() });
export const kpiRefNodeSchema = z.object({ type: z.literal('kpiRef'), attrs: kpiRefAttrsSchema });
export const footnoteNodeSchema = z.object({ type: z.literal('footnote'), attrs: z.object({ text: z.string().min(1, 'a footnote needs its text') }) });
export const hardBreakSchema = z.object({ type: z.literal('hardBreak') });

export const inlineSchema = z.discriminatedUnion('type', [textNodeSchema, kpiRefNodeSchema, footnoteNodeSchema, hardBreakSchema]);
export type TextNode = z.infer<typeof textNodeSchema>;
export type KpiRefNode = z.infer<typeof kpiRefNodeSchema>;
export type FootnoteNode = z.infer<typeof footnoteNodeSchema>;
export type Inline = z.infer<typeof inlineSchema>;

export const paragraphSchema = z.object({ type: z.literal('paragraph'), content: z.array(inlineSchema).optional() });
export const headingSchema = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.number().int().min(1).max(4) }),
  content: z.array(inlineSchema).optional(),
});
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Heading = z.infer<typeof headingSchema>;

export interface ListItem {
  type: 'listItem';
  content: (Paragraph | BulletList | OrderedList)[];
}
export interface BulletList {
  type: 'bulletList';
  content: ListItem[];
}
export interface OrderedList {
  type: 'orderedList';
  attrs?: { start?: number };
  content: ListItem[];
}
export type BlockNode = Paragraph | Heading | BulletList | OrderedList;
export interface RichDoc {
  type: 'doc';
  content: BlockNode[];
}

// Discriminated on `type` (recursion only inside z.lazy of the item arrays) so that an error
// points at the node and field that is wrong, not at "no union member matched".
const lazyItem = z.lazy((): z.ZodType<ListItem> => listItemSchema);
export const bulletListSchema = z.object({ type: z.literal('bulletList'), content: z.array(lazyItem).min(1) });
export const orderedListSchema = z.object({
  type: z.literal('orderedList'),
  attrs: z.object({ start: z.number().int().min(1).optional() }).optional(),
  content: z.array(lazyItem).min(1),
});
export const listItemSchema: z.ZodType<ListItem> = z.object({
  type: z.literal('listItem'),
  content: z.array(z.discriminatedUnion('type', [paragraphSchema, bulletListSchema, orderedListSchema])).min(1),
});
export const blockNodeSchema: z.ZodType<BlockNode> = z.discriminatedUnion('type', [paragraphSchema, headingSchema, bulletListSchema, orderedListSchema]);
export const richDocSchema: z.ZodType<RichDoc> = z.object({ type: z.literal('doc'), content: z.array(blockNodeSchema) });

export const EMPTY_DOC: RichDoc = { type: 'doc', content: [] };

/** The inline runs of a document, one array per paragraph, heading or list-item paragraph. */
export function inlineRuns(doc: RichDoc): Inline[][] {
  const out: Inline[][] = [];
  const visit = (n: BlockNode | ListItem): void => {
    if (n.type === 'paragraph' || n.type === 'heading') out.push(n.content ?? []);
    else n.content.forEach(visit);
  };
  doc.content.forEach(visit);
  return out;
}

/** Every kpiRef of a document, in reading order. */
export function kpiRefsOf(doc: RichDoc): KpiRefAttrs[] {
  return inlineRuns(doc).flatMap((run) => run.filter((n): n is KpiRefNode => n.type === 'kpiRef').map((n) => n.attrs));
}

/** Plain text of a run (kpiRefs and footnotes left out): what a reader types. */
export function typedText(run: readonly Inline[]): string {
  return run.map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? '\n' : ' ')).join('');
}
