// What the report-level checks need besides one year's values: the year before, the narrative,
// the disclosure map, the export log. Pure data, gathered by main/services/check-service.ts.
import type { MetricDef } from '../catalogue.js';
import type { Dims } from '../dimensions.js';
import type { Lang } from '../domain.js';
import type { EntryRow, YearResult } from '../engine/compute.js';
import type { DisclosureEntry } from '../report/disclosure.js';
import type { Inline } from '../report/rich-text.js';

/** A computed value (entered or derived) of a metric with dimensions in a year; null when absent. */
export type ValueLookup = (code: string, dims: Dims, year: number) => number | null;

export interface NarrativeRun {
  sectionId: string;
  sectionTitle: string;
  blockId: string;
  lang: Lang;
  run: readonly Inline[];
}

export interface ExportSnapshot {
  year: number;
  lang: Lang;
  kind: 'docx' | 'xlsx' | 'pdf';
  exportedAt: string;
  values: { metric: string; year: number; dimsKey: string; value: number | null }[];
}

export interface ReportCheckInput {
  year: number;
  metrics: readonly MetricDef[];
  rows: readonly EntryRow[];
  result: YearResult;
  previous: { rows: readonly EntryRow[]; result: YearResult } | null;
  valueOf: ValueLookup;
  narrative: readonly NarrativeRun[];
  hkexKpis: readonly { code: string; titleEn: string; titleZh?: string }[];
  disclosure: readonly DisclosureEntry[];
  /** Section ids that hold at least one block. */
  sectionsWithContent: ReadonlySet<string>;
  exports: readonly ExportSnapshot[];
  /** Current values of every (metric, year, dimsKey) an export showed; null when now absent. */
  currentOf: (metric: string, year: number, dimsKey: string) => number | null;
  /** The edition of the year: where it was rolled forward from, what is still to review. */
  edition?: {
    carriedFrom: number | null;
    carriedBlocks: readonly { blockId: string; sectionTitle: string; sectionTitleZh?: string; fromYear: number }[];
    carriedFactors: readonly { metric: string; dimsKey: string; fromYear: number }[];
  };
  /** The number as it was typed for a stored value (its rounding), where known. */
  typedOf?: (metric: string, dims: Dims) => string | undefined;
  /** The reader footnotes of the year's stored values and factors, per language (missing: none written). */
  footnotes?: readonly { metric: string; dimsKey: string; zh: string | null; en: string | null }[];
  /** |change| above this share of the previous value needs a note (0.3 = 30%). */
  yoyThreshold?: number;
}
