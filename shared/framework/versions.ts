// Which version of HKEX Appendix C2 a financial year follows (the ESG Reporting Guide, or the
// ESG Reporting Code with Part D from financial years commencing on or after 1 January 2025)
// and what changed between two versions. The data is templates/catalogue/frameworks/
// hkex-versions.json; this module only reads it.
import { z } from 'zod';
import { fiscalYearStart } from './fiscal-year.js';

export const PARTS = ['B', 'C', 'D'] as const;
export type Part = (typeof PARTS)[number];

export const FRAMEWORK_VERSIONS = ['guide', 'code'] as const;
export type FrameworkVersion = (typeof FRAMEWORK_VERSIONS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const versionsDocSchema = z.object({
  versions: z
    .array(
      z.object({
        code: z.enum(FRAMEWORK_VERSIONS),
        name_zh: z.string().min(1),
        name_en: z.string().min(1),
        commencing_from: isoDate.nullable(),
        commencing_before: isoDate.nullable(),
        parts: z.array(z.enum(PARTS)).min(1),
      }),
    )
    .min(1),
  changes: z.array(
    z.object({
      code: z.string().regex(/^[a-z0-9_]+$/),
      from: z.enum(FRAMEWORK_VERSIONS),
      to: z.enum(FRAMEWORK_VERSIONS),
      text_zh: z.string().min(1),
      text_en: z.string().min(1),
    }),
  ),
});

export interface VersionDef {
  code: FrameworkVersion;
  nameZh: string;
  nameEn: string;
  commencingFrom: string | null;
  commencingBefore: string | null;
  parts: Part[];
}
export interface VersionChange {
  code: string;
  from: FrameworkVersion;
  to: FrameworkVersion;
  textZh: string;
  textEn: string;
}
export interface VersionsDoc {
  versions: VersionDef[];
  changes: VersionChange[];
}

export function parseVersionsDoc(raw: unknown): VersionsDoc {
  const doc = versionsDocSchema.parse(raw);
  return {
    versions: doc.versions.map((v) => ({ code: v.code, nameZh: v.name_zh, nameEn: v.name_en, commencingFrom: v.commencing_from, commencingBefore: v.commencing_before, parts: v.parts })),
    changes: doc.changes.map((c) => ({ code: c.code, from: c.from, to: c.to, textZh: c.text_zh, textEn: c.text_en })),
  };
}

/** The version in force for a financial year: the one whose window holds the year's first day. */
export function chooseFrameworkVersion(doc: VersionsDoc, fiscalYear: number, yearEnd = '12-31'): VersionDef {
  const start = fiscalYearStart(fiscalYear, yearEnd);
  const found = doc.versions.find((v) => (v.commencingFrom === null || start >= v.commencingFrom) && (v.commencingBefore === null || start < v.commencingBefore));
  if (!found) throw new Error(`no Appendix C2 version covers a financial year commencing on ${start}`);
  return found;
}

/**
 * What changed going from one version to another, in the data's order; empty when the
 * versions are the same. Going back (code → guide) lists the same changes: they are what
 * the edition gives up.
 */
export function changesBetween(doc: VersionsDoc, from: FrameworkVersion, to: FrameworkVersion): VersionChange[] {
  if (from === to) return [];
  return doc.changes.filter((c) => (c.from === from && c.to === to) || (c.from === to && c.to === from));
}
