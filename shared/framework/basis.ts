// The basis of each HKEX Appendix C2 item for one company and year: mandatory,
// comply-or-explain or voluntary, by issuer category and by the day the financial year
// commences, with the interim relief that eases it, if any. Every rule is data
// (templates/catalogue/frameworks/hkex-bases.json, cited in SOURCES.md); this module only
// applies it, so a corrected reading of the Code is a data change, not a code change.
import { z } from 'zod';
import { fiscalYearStart, lastFiscalYearCommencingBefore } from './fiscal-year.js';
import { FRAMEWORK_VERSIONS, PARTS, type FrameworkVersion, type Part } from './versions.js';

export const ISSUER_CATEGORIES = ['main_board', 'largecap', 'gem'] as const;
/** main_board: Main Board issuer; largecap: Hang Seng Composite LargeCap Index constituent; gem: GEM issuer. */
export type IssuerCategory = (typeof ISSUER_CATEGORIES)[number];

export const BASES = ['mandatory', 'comply_or_explain', 'voluntary'] as const;
export type Basis = (typeof BASES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const basisByCategory = z.object({ main_board: z.enum(BASES), largecap: z.enum(BASES), gem: z.enum(BASES) }).partial();

export const basesDocSchema = z.object({
  default_basis: z.enum(BASES),
  rules: z.array(
    z
      .object({
        id: z.string().min(1),
        parts: z.array(z.enum(PARTS)).optional(),
        items: z.array(z.string().min(1)).optional(),
        commencing_from: isoDate.nullable(),
        versions: z.array(z.enum(FRAMEWORK_VERSIONS)).min(1),
        basis: basisByCategory,
        verified: z.boolean(),
        source: z.string().min(1),
      })
      .refine((r) => (r.parts?.length ?? 0) + (r.items?.length ?? 0) > 0, { message: 'a rule names parts or items' }),
  ),
  reliefs: z.array(
    z.object({
      code: z.string().regex(/^relief\.[a-z0-9_]+$/),
      name_zh: z.string().min(1),
      name_en: z.string().min(1),
      items: z.array(z.string().min(1)).min(1),
      categories: z.array(z.enum(ISSUER_CATEGORIES)).min(1),
      commencing_from: isoDate,
      commencing_before: isoDate,
      verified: z.boolean(),
      source: z.string().min(1),
    }),
  ),
});
export type BasesDoc = z.output<typeof basesDocSchema>;

/** One item of Parts B, C and D with its Part, as the catalogue lists it. */
export interface CodeItem {
  code: string;
  part: Part;
  titleZh: string;
  titleEn: string;
}

export interface CodeRules {
  bases: BasesDoc;
  partOf: ReadonlyMap<string, Part>;
}

export interface BasisContext {
  category: IssuerCategory;
  fiscalYear: number;
  /** The version the edition follows (chosen by year, changeable with a reason). */
  framework: FrameworkVersion;
  /** The company's fiscal year end, MM-DD; 12-31 when not given. */
  yearEnd?: string;
}

export interface ReliefRef {
  code: string;
  /** The label of the last financial year the relief covers, for this year end. */
  ends_fy: number;
  verified: boolean;
}
export interface BasisResult {
  basis: Basis;
  relief?: ReliefRef;
}

const itemsSchema = z.object({ items: z.array(z.object({ code: z.string(), kind: z.string().optional(), title_zh: z.string(), title_en: z.string() })) });

/**
 * The items of hkex.json (Part B: kind `mandatory`; Part C: the rest, without the aspect rows,
 * which are headings over their general disclosure and KPIs, not items to disclose) and
 * part-d.json (Part D).
 */
export function codeItemsFromCatalogue(hkexDoc: unknown, partDDoc: unknown): CodeItem[] {
  const hkex = itemsSchema.parse(hkexDoc).items.filter((i) => i.kind !== 'aspect').map((i) => ({ code: i.code, part: (i.kind === 'mandatory' ? 'B' : 'C') as Part, titleZh: i.title_zh, titleEn: i.title_en }));
  const partD = itemsSchema.parse(partDDoc).items.map((i) => ({ code: i.code, part: 'D' as Part, titleZh: i.title_zh, titleEn: i.title_en }));
  return [...hkex, ...partD];
}

export function compileCodeRules(basesDoc: unknown, items: readonly CodeItem[]): CodeRules {
  const bases = basesDocSchema.parse(basesDoc);
  const partOf = new Map(items.map((i) => [i.code, i.part]));
  for (const r of bases.rules) for (const c of r.items ?? []) if (!partOf.has(c)) throw new Error(`basis rule ${r.id} names ${c}, which the catalogue does not list`);
  for (const r of bases.reliefs) for (const c of r.items) if (!partOf.has(c)) throw new Error(`relief ${r.code} names ${c}, which the catalogue does not list`);
  return { bases, partOf };
}

export function basisFor(itemCode: string, ctx: BasisContext, rules: CodeRules): BasisResult {
  const part = rules.partOf.get(itemCode);
  if (!part) throw new Error(`${itemCode} is not an item of Parts B, C or D`);
  const yearEnd = ctx.yearEnd ?? '12-31';
  const start = fiscalYearStart(ctx.fiscalYear, yearEnd);
  let basis: Basis = rules.bases.default_basis;
  for (const r of rules.bases.rules) {
    const names = (r.items ?? []).includes(itemCode) || (r.parts ?? []).includes(part);
    if (!names || !r.versions.includes(ctx.framework)) continue;
    if (r.commencing_from !== null && start < r.commencing_from) continue;
    basis = r.basis[ctx.category] ?? basis;
  }
  if (basis === 'voluntary') return { basis };
  const relief = rules.bases.reliefs.find(
    (r) => r.items.includes(itemCode) && r.categories.includes(ctx.category) && start >= r.commencing_from && start < r.commencing_before,
  );
  if (!relief) return { basis };
  return { basis, relief: { code: relief.code, ends_fy: lastFiscalYearCommencingBefore(relief.commencing_before, yearEnd), verified: relief.verified } };
}

export interface BasisRow extends BasisResult {
  code: string;
  part: Part;
}

/** Every item with its basis, in the catalogue's order (the Code's order). */
export function basisTable(items: readonly CodeItem[], ctx: BasisContext, rules: CodeRules): BasisRow[] {
  return items.map((i) => ({ code: i.code, part: i.part, ...basisFor(i.code, ctx, rules) }));
}
