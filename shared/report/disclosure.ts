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
