// The contract's methods for the report screens: export, import, department workbooks,
// targets, checks and the outline. Spread into the one map in contract.ts; the same rules
// hold: every input is parsed here before any domain code runs, and the renderer never sends
// a path for writing (main picks the folder: a native dialog in Electron, the host's one
// allowed folder in a browser; file names written there are derived by main).
import { z } from 'zod';
import type { Finding } from '../checks.js';
import type { ChangeField } from '../io/merge-import.js';
import type { Block } from '../report/blocks.js';
import { blockBodySchema } from '../report/blocks.js';
import type { Section } from '../report/outline.js';
import { sectionIdSchema } from '../report/outline.js';
import { shareChartConfigSchema, type ShareChartData } from '../report/share-chart.js';
import type { ApiError } from './result.js';
import type { Message } from '../i18n/messages.js';
import { YEAR_MAX, YEAR_MIN } from '../years.js';

const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
const lang = z.enum(['zh-Hant', 'en']);
const langs = z.array(lang).max(2).refine((l) => new Set(l).size === l.length, 'each language once');
/** A job id as main hands it out: nothing else is looked up. */
const jobId = z.string().regex(/^job-[0-9a-f]{16}$/, 'a job id');
const previewId = z.string().regex(/^imp-[0-9a-f]{16}$/, 'a preview id');
/** An import file in the host's allowed folder: a bare name, like a workspace name. */
export const importFileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'a file name, not a path')
  .refine((n) => !n.startsWith('.') && !n.includes('..'), 'a file name, not a path')
  .refine((n) => /\.(csv|xlsx|docx)$/i.test(n), 'a .csv, .xlsx or .docx file');
const title = z.string().trim().min(1, 'a title cannot be empty').max(200);
const blockId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a block id');

export const reportContract = {
  'export:start': {
    input: z
      // `replace`: the answer of a first call that found files of these names in the folder
      // (ExportExisting), given back once the user agreed to replace them.
      .object({ year, docx: langs, xlsx: langs, pdf: langs.default([]), replace: z.string().regex(/^rep-[0-9a-f]{16}$/, 'a replace token').optional() })
      .strict()
      .refine((i) => i.docx.length + i.xlsx.length + i.pdf.length > 0, 'choose at least one file to export'),
  },
  'job:status': { input: z.object({ jobId }).strict() },
  'export:reveal': { input: z.object({ jobId, file: z.number().int().min(0).max(7), action: z.enum(['reveal', 'open']) }).strict() },
  'import:candidates': { input: z.object({}).strict() },
  'import:preview': {
    // `year`: the edition on screen; a report DOCX of another edition is refused.
    input: z.object({ fileNames: z.array(importFileName).min(1).max(200).optional(), overwrite: z.boolean(), year: year.optional() }).strict(),
  },
  'import:commit': { input: z.object({ previewId }).strict() },
  'sheets:write': { input: z.object({ year }).strict() },
  'targets:list': { input: z.object({ year }).strict() },
  'checks:run': { input: z.object({ year }).strict() },
  'outline:get': { input: z.object({ year }).strict() },
  'outline:add-section': {
    input: z.object({ year, parentId: sectionIdSchema.nullable(), titleZh: title, titleEn: title }).strict(),
  },
  'outline:rename-section': { input: z.object({ year, id: sectionIdSchema, titleZh: title, titleEn: title }).strict() },
  'outline:move-section': { input: z.object({ year, id: sectionIdSchema, position: z.number().int().min(0).max(10_000) }).strict() },
  'outline:remove-section': { input: z.object({ year, id: sectionIdSchema }).strict() },
  'block:update': { input: z.object({ year, id: blockId, body: blockBodySchema }).strict() },
  // The slices a share (pie) chart block draws, for the editor's preview (the report reads the same service).
  'chart:share': { input: z.object({ year, lang, config: shareChartConfigSchema }).strict() },
  'register:list': { input: z.object({ year, kind: z.enum(['topics', 'stakeholders', 'climate', 'qualitativeTargets', 'disclosures']) }).strict() },
} as const;

export interface ExportFile {
  /** File name only: where it went is shown as `folder`. */
  name: string;
  kind: 'docx' | 'xlsx' | 'pdf';
  lang: 'zh-Hant' | 'en';
  bytes: number;
  ms: number;
}

export interface ExportStarted {
  jobId: string;
  /** The folder main chose (shown to the user, never sent back). */
  folder: string;
  files: string[];
}

/**
 * Nothing written: files of these names are already in the folder main chose. Calling
 * `export:start` again with the same choice and `replace` writes over them (the folder is
 * not asked again); the token is good for one call in this session.
 */
export interface ExportExisting {
  folder: string;
  existing: string[];
  replace: string;
}

export interface JobStatus {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  /** The file being written now. */
  current: string | null;
  /** What the file being written is at: the layout pass of a PDF takes most of its time. */
  step: 'build' | 'layout' | 'write' | null;
  folder: string;
  files: ExportFile[];
  error: ApiError | null;
  /** Whether main can reveal or open the files (Electron) or only say where they are (host). */
  canReveal: boolean;
}

export interface ImportCandidates {
  /** Host: the allowed folder files are picked from; Electron: null (a dialog asks). */
  folder: string | null;
  files: { name: string; bytes: number; modified: string }[];
}

/** A value's fields as an import preview compares them. */
export interface ImportFieldValues {
  value: number | null;
  naReason: string | null;
  /** The unit the value was entered in (null: the metric's own). */
  unit: string | null;
  note: string | null;
  source: string | null;
  estimated: boolean;
}

export interface ImportRow {
  status: 'new' | 'changed' | 'unchanged';
  metric: string;
  year: number;
  dims: Record<string, string>;
  unit: string;
  /** Null for a value the workspace does not hold. */
  old: ImportFieldValues | null;
  new: ImportFieldValues;
  /** Every field that changes: the value, its entered unit, note, source, estimated flag. */
  fields: ChangeField[];
  /** File and line, or file and sheet!cell. */
  where: string;
}

export interface ImportTargetRow {
  status: 'new' | 'changed' | 'unchanged';
  code: string;
  where: string;
}

export interface ImportProblemView {
  file: string;
  /** Sheet and cell for workbooks ("'數據 Data'!H7"); null for a CSV line. */
  location: string | null;
  /** The CSV line (0: the file as a whole). */
  line: number;
  metric: string | null;
  value: string | null;
  /** Rendered in the UI language by the screen. */
  problem: Message;
}

export interface ImportPreview {
  /** Null when there are problems: nothing can be written. */
  previewId: string | null;
  files: { file: string; kind: 'data' | 'targets' | 'workbook'; rows: number }[];
  counts: { new: number; changed: number; unchanged: number };
  values: ImportRow[];
  targets: ImportTargetRow[];
  problems: ImportProblemView[];
  /** Reviewers' comments of the report DOCX files among them, to be added as open comments. */
  comments: ImportCommentRow[];
  /** Comments of those files imported before (left out). */
  commentsSkipped: number;
}

/** One reviewer comment of a report DOCX and the section or block it lands on. */
export interface ImportCommentRow {
  file: string;
  kind: 'section' | 'block';
  sectionId: string;
  /** The section's printed number and titles, as the outline shows them. */
  sectionLabel: string;
  sectionTitleZh: string;
  sectionTitleEn: string;
  author: string;
  createdAt: string | null;
  text: string;
  quote: string;
  /** A reply to the comment before it in Word. */
  reply: boolean;
}

export interface ImportDone {
  inserted: number;
  updated: number;
  unchanged: number;
  backup: string | null;
  /** Submitted or approved values the import changed: drafts again. */
  reopened: number;
  /** Reviewer comments brought in from report DOCX files. */
  comments: number;
}

export interface SheetsWritten {
  folder: string;
  files: { name: string; department: string; rows: number }[];
}

export interface TargetView {
  code: string;
  kind: 'quantitative' | 'qualitative';
  metric: string | null;
  type: string;
  titleZh: string;
  titleEn: string;
  baselineYear: number | null;
  targetYear: number | null;
  baseline: number | null;
  current: number | null;
  targetValue: number | null;
  /** The number as in the targets file (8 for −8%); null for qualitative targets. */
  targetInput: number | null;
  changePct: number | null;
  progressPct: number | null;
  elapsedPct: number | null;
  attainmentPct: number | null;
  status: string;
  statusTextZh: string | null;
  statusTextEn: string | null;
}

export interface OutlineView {
  sections: Section[];
  blocks: Block[];
}

export type RegisterRows = Record<string, unknown>[];

/** A share chart's slices, or why it has none: no data in the year, or metrics of different units. */
export type SharePreview = { ok: true; data: ShareChartData } | { ok: false; reason: 'no_data' | 'units_differ'; units?: string[] };

export interface ReportOutputs {
  'export:start': ExportStarted | ExportExisting;
  'job:status': JobStatus;
  'export:reveal': null;
  'import:candidates': ImportCandidates;
  'import:preview': ImportPreview;
  'import:commit': ImportDone;
  'sheets:write': SheetsWritten;
  'targets:list': TargetView[];
  'checks:run': Finding[];
  'outline:get': OutlineView;
  'outline:add-section': Section;
  'outline:rename-section': Section;
  'outline:move-section': Section;
  'outline:remove-section': null;
  'block:update': Block;
  'chart:share': SharePreview;
  'register:list': RegisterRows;
}
