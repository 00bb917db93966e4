// What the DOCX builders read: the report model (sections, registers, targets, disclosure map)
// plus what only the document needs — the notes a KPI table prints under its figures (factor
// value and source, boundary, estimates), chart series, image bytes and the full framework
// item lists for the index appendices. Built by main/services/docx-model.ts; the builders
// never query the database.
import type { ShareChartData } from '../../../shared/report/share-chart.js';
import type { Lang } from '../../../shared/domain.js';
import type { FrontMatterData } from '../../../shared/report/front-matter.js';
import type { ChartFonts } from './charts/font-file.js';
import type { ReportModel } from '../../services/report-model-service.js';
import type { PartDIndexRow } from '../partd-index.js';

/** Notes generated for one KPI table from the values it prints. */
export interface KpiTableNotes {
  /** Per row (same order as the table's rows): notes attached to that row's label. */
  rows: string[][];
}

export interface TrendSeries {
  name: string;
  unit: string;
  /** Displayed numbers (after the language's unit change), null where there is no value. */
  values: (number | null)[];
  /** Decimals the KPI tables print this metric with in the language (the bar labels follow). */
  decimals: number;
}

export interface TrendChart {
  /** The years drawn: those of the configured years that have a value in some series. */
  years: number[];
  /** Configured years left out because no series has a value for them (the note says so). */
  omittedYears: number[];
  series: TrendSeries[];
}

export interface DocxImage {
  bytes: Buffer;
  mime: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  width: number | null;
  height: number | null;
}

export interface IndexItem {
  code: string;
  kind: string;
  title: string;
  /** SASB: the topic the item belongs to. */
  topic?: string;
  unit?: string;
  /** HKEX: the item's figures entered as not applicable (none used) or not disclosed, with the reason. */
  withheld?: { kind: 'not_applicable' | 'not_disclosed'; name: string; reason: string }[];
}

/** What the cover and the back cover print: both names, every counter, the logo, the contact. */
export interface CoverModel {
  nameZh: string;
  nameEn: string;
  stockCodes: string[];
  logo: DocxImage | null;
  /** The address in the report language. */
  address: string;
  phone: string;
  email: string;
  website: string;
}

export interface DocxModel {
  lang: Lang;
  year: number;
  /** The workspace's id, written as a document property so that Word comments come back to it only. */
  workspaceId?: string;
  report: ReportModel;
  /** The report's title on the cover and in the header. */
  title: string;
  /** Set while the edition is not published or `check` reports errors: the header says so. */
  draft: { unpublished: boolean; errors: number } | null;
  kpiNotes: Map<string, KpiTableNotes>;
  trends: Map<string, TrendChart>;
  /** Slices of each share (pie) chart, by block id; absent when it has nothing to draw. */
  shares: Map<string, ShareChartData>;
  images: Map<string, DocxImage>;
  frameworks: { hkex: IndexItem[]; sasb: IndexItem[] };
  /** The Part D index rows of a Code edition; null for an edition on the Guide. */
  partDIndex: PartDIndexRow[] | null;
  cover: CoverModel;
  /** What front_matter blocks state (edition, profile, boundary). */
  frontMatter: FrontMatterData;
  /**
   * The day (YYYY-MM-DD) the document's properties are dated: the board's approval, else the
   * end of the report year. From the edition, never the clock, so the same input gives the same bytes.
   */
  documentDate: string;
  /** Font files for rasterising charts (null: the system's fonts). */
  chartFonts: ChartFonts;
}

export type ReportSection = ReportModel['sections'][number];
export type ReportBlock = ReportSection['blocks'][number];
