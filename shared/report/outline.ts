// The report outline: an ordered tree of sections with stable ids. The template in
// templates/report/outline.json gives new workspaces the reference report's chapters.
import { z } from 'zod';
import { blockBodySchema } from './blocks.js';

export const SECTION_KINDS = ['front', 'chapter', 'section', 'appendix'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const sectionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a section id is lower-case letters, digits, - or _');

export interface Section {
  id: string;
  parentId: string | null;
  position: number;
  kind: SectionKind;
  /** Printed number such as "1.1"; empty for unnumbered chapters. */
  label: string;
  titleZh: string;
  titleEn: string;
  templateKey: string | null;
}

// A heading goes into the contents and the PDF outline as plain text: footnote or emphasis
// markup there would be printed as typed, so it is refused (the footnote belongs in the text).
const title = z
  .string()
  .trim()
  .min(1, 'a title cannot be empty')
  .max(200)
  .refine((t) => !/\[\^|\*\*/.test(t), 'a title cannot hold footnote or bold markup ([^…], **…**): put the footnote in the section text');

export const newSectionSchema = z
  .object({
    id: sectionIdSchema.optional(),
    parentId: sectionIdSchema.nullable().default(null),
    /** Insert at this position among its siblings; at the end when absent. */
    position: z.number().int().min(0).optional(),
    kind: z.enum(SECTION_KINDS).default('section'),
    label: z.string().max(16).default(''),
    titleZh: title,
    titleEn: title,
  })
  .strict();
export type NewSectionInput = z.input<typeof newSectionSchema>;

export const renameSectionSchema = z
  .object({ titleZh: title.optional(), titleEn: title.optional(), label: z.string().max(16).optional() })
  .strict()
  .refine((r) => r.titleZh !== undefined || r.titleEn !== undefined || r.label !== undefined, { message: 'give a new title or label' });
export type RenameSectionInput = z.input<typeof renameSectionSchema>;

/** The outline template and the sample's outline use this shape (snake_case, like all templates). */
export interface TemplateSection {
  id: string;
  kind: SectionKind;
  label?: string;
  title_zh: string;
  title_en: string;
  blocks?: unknown[];
  children?: TemplateSection[];
}
export const templateSectionSchema: z.ZodType<TemplateSection> = z.lazy(() =>
  z
    .object({
      id: sectionIdSchema,
      kind: z.enum(SECTION_KINDS),
      label: z.string().optional(),
      title_zh: title,
      title_en: title,
      blocks: z.array(z.unknown()).optional(),
      children: z.array(templateSectionSchema).optional(),
    })
    .strict(),
);
export const outlineTemplateSchema = z.object({ version: z.literal(1), sections: z.array(templateSectionSchema).min(1) });
export type OutlineTemplate = z.infer<typeof outlineTemplateSchema>;

/** A template block: a block body, where rich text may be written in markup (see markup.ts). */
export const templateBlockSchema = blockBodySchema.extend({ id: z.string().optional() });

/** Sections in reading order (depth-first), with their depth. */
export function flattenOutline(sections: readonly Section[]): { section: Section; depth: number }[] {
  const children = new Map<string | null, Section[]>();
  for (const s of sections) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const out: { section: Section; depth: number }[] = [];
  const walk = (parent: string | null, depth: number): void => {
    for (const s of children.get(parent) ?? []) {
      out.push({ section: s, depth });
      walk(s.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
