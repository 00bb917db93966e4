// The contract's methods for report editions: what a year's edition is, starting it from the
// previous year (roll forward), publishing and unpublishing, and confirming carried factors.
// Spread into the one map in contract.ts.
import { z } from 'zod';
import type { Lang } from '../domain.js';
import type { FrontMatterKind, FrontParagraph } from '../report/front-matter.js';
import { FRAMEWORK_VERSIONS, type FrameworkVersion, type VersionChange } from '../framework/versions.js';
import type { PublishedSignoff } from './contract-signoff.js';

const year = z.number().int().min(1990).max(2100);
const reason = z.string().trim().min(1, 'a reason is required').max(2000);

export const editionContract = {
  'edition:get': { input: z.object({ year }).strict() },
  'edition:roll-forward': { input: z.object({ from: year, to: year, carryFactors: z.boolean() }).strict() },
  'edition:publish': {
    input: z
      .object({ year, force: z.boolean(), reason: z.string().trim().max(2000).optional() })
      .strict()
      .refine((i) => !i.force || (i.reason ?? '').length > 0, { message: 'publish.reasonRequired', path: ['reason'] }),
  },
  'edition:unpublish': { input: z.object({ year, reason }).strict() },
  'edition:set-framework': { input: z.object({ year, framework: z.enum(FRAMEWORK_VERSIONS), reason }).strict() },
  /** The board's approval day (YYYY-MM-DD, validated by the service as a real day after the year end), or null to clear it. */
  'edition:set-approval': { input: z.object({ year, date: z.string().max(10).nullable() }).strict() },
  'edition:front-matter': { input: z.object({ year }).strict() },
  'factor:confirm': { input: z.object({ year, metric: z.string().min(1).max(64), dims: z.record(z.string(), z.string()) }).strict() },
} as const;

export interface EditionView {
  year: number;
  exists: boolean;
  /** Whether the edition has any section or register row (else it can be started from an earlier one). */
  hasContent: boolean;
  status: 'draft' | 'published';
  carriedFrom: number | null;
  publishedAt: string | null;
  publishedBy: string | null;
  forcedReason: string | null;
  carriedBlocks: number;
  carriedFactors: { metric: string; dims: Record<string, string>; fromYear: number }[];
  previousYear: number | null;
  exports: { kind: 'docx' | 'xlsx'; lang: Lang; sha256: string; size: number }[];
  /** The version of HKEX Appendix C2 the edition follows. */
  framework: FrameworkVersion;
  /** The version its financial year gives (differs from `framework` after a change with a reason). */
  frameworkOfYear: FrameworkVersion;
  frameworkReason: string | null;
  /** What changed against the edition it was rolled forward from (empty: the same version). */
  frameworkChanges: VersionChange[];
  /** The day the board approved the report (YYYY-MM-DD), or null. */
  approvedOn: string | null;
  /** For a published edition: the sign-off it rested on (who approved, or the lead's override and reason). */
  signoff: PublishedSignoff | null;
  /** The last day of the report year (YYYY-MM-DD): an approval day comes after it. */
  yearEnd: string;
}

/** What each front_matter kind prints, per language, from the edition and the profile. */
export type FrontMatterPreview = Record<Lang, Record<FrontMatterKind, FrontParagraph[]>>;

export interface EditionOutputs {
  'edition:get': EditionView;
  'edition:roll-forward': EditionView;
  'edition:publish': EditionView;
  'edition:unpublish': EditionView;
  'edition:set-framework': EditionView;
  'edition:set-approval': EditionView;
  'edition:front-matter': FrontMatterPreview;
  'factor:confirm': null;
}
