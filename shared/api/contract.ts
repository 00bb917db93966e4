// The one API contract: every method the UI uses, its input schema and its output type.
// Electron IPC, the loopback HTTP host and tests all dispatch through the same handler
// table (main/api), which parses the input with these schemas before any domain code runs.
import { z } from 'zod';
import type { AuditEntry, Company, Site } from '../domain.js';
import type { DimensionDef, MetricDef } from '../catalogue.js';
import type { Trace } from '../engine/compute.js';
import { METHOD_NAMES, type MethodName } from './methods.js';
import { reportContract, type ReportOutputs } from './contract-report.js';
import { editContract, type EditOutputs } from './contract-edit.js';
import { editionContract, type EditionOutputs } from './contract-edition.js';
import { YEAR_MAX, YEAR_MIN } from '../years.js';
import { refuseXmlUnsafe } from '../text/xml-safe.js';
import { companyContract, type CompanyOutputs } from './contract-company.js';
import { reviewContract, type ReviewOutputs } from './contract-review.js';
import { prefsContract, type PrefsOutputs } from './contract-prefs.js';
import { commentsContract, type CommentsOutputs } from './contract-comments.js';
import { signoffContract, type SignoffOutputs } from './contract-signoff.js';

export type * from './contract-report.js';
export type * from './contract-edition.js';
export type * from './contract-edit.js';
export type * from './contract-company.js';
export type * from './contract-review.js';
export type * from './contract-comments.js';
export type * from './contract-signoff.js';

const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
const code = z.string().min(1).max(120).regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/);
const dims = z.record(z.string().regex(/^[a-z][a-z0-9_]*$/).max(40), z.string().min(1).max(80));
const shortText = z.string().max(2000);
/**
 * A workspace file name without any directory part. Only the loopback host accepts one (to
 * create or open inside its allowed directory); the Electron shell always asks with a dialog.
 */
export const workspaceFileName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'a file name, not a path')
  .refine((n) => !n.startsWith('.') && !n.includes('..'), 'a file name, not a path');

const empty = z.object({}).strict();

/** The most cells one paste or fill may write: a screenful of columns over a long block of rows. */
export const SET_VALUES_MAX = 5000;

export const valueRef = z.object({ metric: code, year, dims }).strict();

/** One edit of one value; fields left out keep their stored content. */
export const valuePatch = z
  .object({
    /** As typed: "27,674", "1200 kWh", "NA"; empty clears the value. */
    value: z.string().max(100).optional(),
    /** Unit as entered; empty means the metric's canonical unit. */
    unit: z.string().max(40).optional(),
    /** "Not applicable / not disclosed": the reason; empty or null removes it. */
    naReason: shortText.nullable().optional(),
    note: shortText.nullable().optional(),
    source: shortText.nullable().optional(),
    /** The footnote the report prints with the value, per language; empty or null removes it. */
    footnoteZh: shortText.nullable().optional(),
    footnoteEn: shortText.nullable().optional(),
    estimated: z.boolean().optional(),
  })
  .strict();

const methods = {
  'app:info': { input: empty },
  /** The UI language, so the desktop app's native menus follow it (nothing else changes in main). */
  'app:set-language': { input: z.object({ lang: z.enum(['zh-Hant', 'en']) }).strict() },
  'workspace:recent': { input: empty },
  'workspace:create': { input: z.object({ sample: z.boolean(), fileName: workspaceFileName.optional() }).strict() },
  'workspace:open': {
    input: z.object({ fileName: workspaceFileName.optional(), recent: z.string().max(4096).optional() }).strict(),
  },
  'workspace:close': { input: empty },
  'workspace:summary': { input: empty },
  'catalogue:get': { input: empty },
  'data:grid': { input: z.object({ year }).strict() },
  // `basedOn`: the row's revision the window showed; a different stored one refuses the edit as `stale`.
  'data:set-value': { input: valueRef.extend({ patch: valuePatch, basedOn: z.string().max(32).optional() }).strict() },
  // Several values of the year at once (a paste, a fill down): all written or none, one undo step.
  'data:set-values': {
    input: z
      .object({
        year,
        cells: z.array(z.object({ metric: code, dims, patch: valuePatch, basedOn: z.string().max(32).optional() }).strict()).min(1).max(SET_VALUES_MAX),
      })
      .strict(),
  },
  'data:undo': { input: empty },
  'value:history': { input: valueRef },
  'kpi:overview': { input: z.object({ year }).strict() },
  'kpi:trace': { input: valueRef },
  'factors:list': { input: z.object({ year }).strict() },
  ...reportContract,
  ...editContract,
  ...editionContract,
  ...companyContract,
  ...reviewContract,
  ...prefsContract,
  ...commentsContract,
  ...signoffContract,
} as const satisfies Record<MethodName, { input: z.ZodType }>;

/**
 * Every method's input, refusing text a document cannot hold (U+FFFE, control characters, lone
 * surrogates) in any string field: typed text ends up in the DOCX and XLSX, and one such
 * character makes the whole file unreadable.
 */
function refusingXmlUnsafe<T extends Record<string, { input: z.ZodType }>>(all: T): T {
  return Object.fromEntries(Object.entries(all).map(([m, def]) => [m, { ...def, input: def.input.superRefine(refuseXmlUnsafe) }])) as T;
}

export const contract = refusingXmlUnsafe(methods);

export type Method = keyof typeof contract;
export const METHODS: readonly Method[] = METHOD_NAMES;
export type Input<M extends Method> = z.input<(typeof contract)[M]['input']>;
export type ParsedInput<M extends Method> = z.output<(typeof contract)[M]['input']>;

export interface AppInfo {
  version: string;
  shell: 'electron' | 'host';
  /** Host only: the directory create/open by file name works in (shown, never sent back). */
  workspaceDir: string | null;
  workspace: WorkspaceInfo | null;
}

export interface WorkspaceInfo {
  fileName: string;
  readOnly: boolean;
  /** Why it is read-only, for the banner. */
  readOnlyReason: string | null;
}

export interface RecentEntry {
  /** Opaque to the renderer: sent back to `workspace:open` as `recent`, accepted only if listed. */
  id: string;
  fileName: string;
  folder: string;
  openedAt: string;
}

export interface WorkspaceSummary extends WorkspaceInfo {
  company: Company;
  years: number[];
  sites: Site[];
  undoDepth: number;
}

export interface Department {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface CatalogueView {
  metrics: MetricDef[];
  dimensions: DimensionDef[];
  departments: Department[];
  /** SASB industries the profile may choose from. */
  industries: { code: string; nameZh: string; nameEn: string }[];
}

/** One row of the data-entry grid: a metric and breakdown in the year and the year before. */
export interface GridRow {
  id: string;
  metric: string;
  kind: MetricDef['kind'];
  dims: Record<string, string>;
  unit: string;
  value: number | null;
  enteredValue: string | null;
  enteredUnit: string | null;
  naReason: string | null;
  note: string | null;
  source: string | null;
  estimated: boolean;
  /** The stored row's revision ('' for none): an edit sends it back as `basedOn`. */
  revision: string;
  /** Total computed from per-site rows (nobody typed it). */
  fromSites: boolean;
  stored: boolean;
  prior: number | null;
  /** (value − prior) ÷ prior × 100; null when either is missing or prior is 0. */
  changePct: number | null;
  /** A change large enough to need a comment in the report (|change| ≥ BIG_CHANGE_PCT). */
  bigChange: boolean;
  /** Derived rows: which inputs are missing (codes). */
  missing: string[];
}
export const BIG_CHANGE_PCT = 20;

export interface GridData {
  year: number;
  priorYear: number;
  rows: GridRow[];
}

export interface SetValueResult {
  change: 'inserted' | 'updated' | 'unchanged' | 'deleted';
  /** The edited row as saved. */
  row: GridRow;
  /**
   * Every row of the edited metric and of each derived metric that reads it (directly or
   * through another), recomputed: what the grid replaces to show the edit's effects without
   * reloading the year. Rows of those metrics missing here are gone (e.g. a site row cleared).
   */
  rows: GridRow[];
  undoDepth: number;
  /** The edit made a submitted, approved or returned value a draft again (the UI says so). */
  reopened?: 'submitted' | 'approved' | 'returned';
}

export interface SetValuesResult {
  /** How many values were written; cells already holding what was given are not counted. */
  changed: number;
  /** As SetValueResult.rows, for every metric of the batch. */
  rows: GridRow[];
  undoDepth: number;
}

export interface UndoResult {
  /** What was undone (the first value of a batch, and how many values it put back), or null when there was nothing to undo. */
  undone: { metric: string; year: number; dims: Record<string, string>; count: number } | null;
  /** As SetValueResult.rows: every row of the undone metric and of the KPIs reading it, in its year. */
  rows: GridRow[];
  undoDepth: number;
}

export type HistoryEntry = Pick<AuditEntry, 'id' | 'at' | 'actor' | 'action' | 'context'> & {
  /** English wording (logs, the CLI); the UI words `old`/`new` in its language (shared/i18n/history-text.ts). */
  oldText: string | null;
  newText: string | null;
  old: HistoryValue | null;
  new: HistoryValue | null;
};

/** A stored value as History shows it, as data: the edge words it per language. */
export interface HistoryValue {
  /** The text as entered, with the unit it was entered in (the unit once). */
  entered: string | null;
  naReason: string | null;
  estimated: boolean;
  note: string | null;
  source: string | null;
}

export interface KpiSeries {
  metric: string;
  unit: string;
  area: string;
  /** Value of the total (no breakdown) per year, null when absent. */
  points: { year: number; value: number | null }[];
  missing: string[];
}

export interface KpiOverview {
  year: number;
  years: number[];
  kpis: KpiSeries[];
}

export interface TraceView {
  metric: string;
  year: number;
  dims: Record<string, string>;
  value: number | null;
  unit: string;
  trace: Trace | null;
  missing: { code: string; reason: string }[];
}

export interface FactorRow {
  metric: string;
  /** `{}` for a workspace-wide factor; `{fuel: …}` for a factor of one fuel. */
  dims: Record<string, string>;
  unit: string;
  value: number | null;
  source: string | null;
  prior: number | null;
  priorSource: string | null;
  /** Derived KPIs whose formula uses this factor. */
  usedBy: string[];
}

export interface Outputs extends ReportOutputs, EditOutputs, EditionOutputs, CompanyOutputs, ReviewOutputs, PrefsOutputs, SignoffOutputs, CommentsOutputs {
  'app:info': AppInfo;
  'app:set-language': null;
  'workspace:recent': RecentEntry[];
  'workspace:create': WorkspaceInfo;
  'workspace:open': WorkspaceInfo;
  'workspace:close': null;
  'workspace:summary': WorkspaceSummary;
  'catalogue:get': CatalogueView;
  'data:grid': GridData;
  'data:set-value': SetValueResult;
  'data:set-values': SetValuesResult;
  'data:undo': UndoResult;
  'value:history': HistoryEntry[];
  'kpi:overview': KpiOverview;
  'kpi:trace': TraceView;
  'factors:list': FactorRow[];
}
export type Output<M extends Method> = Outputs[M];

/**
 * Events main sends to the renderer (Electron only): menu commands, and a workspace main
 * opened itself (a second launch with a file, a file opened from Finder or Explorer).
 */
export const MENU_COMMANDS = ['new-empty', 'new-sample', 'open', 'close', 'undo', 'lang-zh', 'lang-en', 'screen-data', 'screen-kpi', 'screen-factors', 'screen-export', 'screen-import', 'screen-targets', 'screen-outline'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export interface Events {
  menu: { command: MenuCommand };
  'workspace-opened': Record<string, never>;
}

