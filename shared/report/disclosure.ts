// The disclosure map: for each framework item (HKEX KPI or general disclosure, SASB metric,
// Part D item) where the report discloses it — sections and/or metrics — or why it does not
// ("not applicable" with the reason in both languages). The index appendices come from it.
import { z } from 'zod';
import { metricCodeSchema } from '../catalogue.js';
import { sectionIdSchema } from './outline.js';

export const FRAMEWORKS = ['hkex', 'sasb', 'partd'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const disclosureEntrySchema = z.discriminatedUnion('status', [
  z
    .object({
      framework: z.enum(FRAMEWORKS),
      itemCode: z.string().min(1).max(32),
      status: z.literal('disclosed'),
      sections: z.array(sectionIdSchema).default([]),
      metrics: z.array(metricCodeSchema).default([]),
    })
    .strict()
    .refine((e) => e.sections.length + e.metrics.length > 0, { message: 'a disclosed item names at least one section or metric' }),
  z
    .object({
      framework: z.enum(FRAMEWORKS),
      itemCode: z.string().min(1).max(32),
      status: z.literal('not_applicable'),
      reasonZh: z.string().trim().min(1, 'say why it does not apply, in both languages'),
      reasonEn: z.string().trim().min(1, 'say why it does not apply, in both languages'),
    })
    .strict(),
]);
export type DisclosureEntryInput = z.input<typeof disclosureEntrySchema>;

export interface DisclosureEntry {
  framework: Framework;
  itemCode: string;
  status: 'disclosed' | 'not_applicable';
  sections: string[];
  metrics: string[];
  reasonZh: string;
  reasonEn: string;
}

export function normaliseDisclosure(e: z.output<typeof disclosureEntrySchema>): DisclosureEntry {
  return e.status === 'disclosed'
    ? { framework: e.framework, itemCode: e.itemCode, status: 'disclosed', sections: e.sections, metrics: e.metrics, reasonZh: '', reasonEn: '' }
    : { framework: e.framework, itemCode: e.itemCode, status: 'not_applicable', sections: [], metrics: [], reasonZh: e.reasonZh, reasonEn: e.reasonEn };
}

/**
 * The SASB code of the same metric in the company's other industry standard: TC-IM-130a.1
 * (Internet Media & Services) and TC-SI-130a.1 (Software & IT Services) ask for the same
 * figures. Null when the catalogue has no such code.
 */
export function sasbTwin(code: string, catalogue: readonly string[]): string | null {
  const m = /^TC-(IM|SI)-(.+)$/.exec(code);
  if (!m) return null;
  const twin = `TC-${m[1] === 'IM' ? 'SI' : 'IM'}-${m[2]}`;
  return catalogue.includes(twin) ? twin : null;
}

/** An entry whose twin is mapped with the other status: the index would say both "disclosed" and "not applicable". */
export function twinConflict(entry: Pick<DisclosureEntry, 'framework' | 'itemCode' | 'status'>, map: readonly DisclosureEntry[], catalogue: readonly string[]): DisclosureEntry | null {
  if (entry.framework !== 'sasb') return null;
  const twin = sasbTwin(entry.itemCode, catalogue);
  const other = twin ? map.find((d) => d.framework === 'sasb' && d.itemCode === twin) : undefined;
  return other && other.status !== entry.status ? other : null;
}

/**
 * HKEX's mandatory disclosures and the sections that disclose them unless the map says
 * otherwise (by the outline template's key): the board statement (MDR-1) and "About this
 * report" (principles MDR-2, boundary MDR-3).
 */
export const MANDATORY_DEFAULT_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  'MDR-1': ['board-statement'],
  'MDR-2': ['about'],
  'MDR-3': ['about'],
};

/** The map with a default entry for each mandatory item it leaves out whose section the outline has. */
export function withMandatoryDefaults(map: readonly DisclosureEntry[], sections: readonly { id: string; templateKey?: string | null }[]): DisclosureEntry[] {
  const out = [...map];
  for (const [code, keys] of Object.entries(MANDATORY_DEFAULT_SECTIONS)) {
    if (map.some((d) => d.framework === 'hkex' && d.itemCode === code)) continue;
    const ids = keys.map((k) => sections.find((s) => (s.templateKey ?? s.id) === k)?.id).filter((id): id is string => id !== undefined);
    if (ids.length) out.push({ framework: 'hkex', itemCode: code, status: 'disclosed', sections: ids, metrics: [], reasonZh: '', reasonEn: '' });
  }
  return out;
}

/**
 * The SASB items a report indexes: those the disclosure map names (the metrics the company
 * chose). A map naming none means no choice yet: every item of the company's SASB industry
 * (the workspace's SASB catalogue follows the industry in the profile).
 */
export function chosenSasbItems<T extends { code: string }>(items: readonly T[], mapped: readonly string[]): T[] {
  if (mapped.length === 0) return [...items];
  const chosen = new Set(mapped);
  return items.filter((i) => chosen.has(i.code));
}
