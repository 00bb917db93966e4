// Report editions: what the edition of a year is (draft/published, carried blocks, factors to
// confirm), rolling an edition forward into a new year, publishing (check must pass, or a
// forced publication with a reason), and unpublishing (with a reason). Publication keeps the
// exact DOCX and XLSX bytes of every report language, so `export` of a published year gives
// the very files the committee approved, whatever is edited later.
import { fiscalYearEndDate } from '../../shared/report/front-matter.js';
import { createHash } from 'node:crypto';
import type { Finding } from '../../shared/checks.js';
import { dimsFromKey, dimsKey } from '../../shared/dimensions.js';
import type { EditionView } from '../../shared/api/contract-edition.js';
import { LANGS, type Lang } from '../../shared/domain.js';
import { editionRepo, type Edition, type EditionExport } from '../store/edition-repo.js';
import type { Workspace } from '../store/workspace.js';
import { checkYear } from './check-service.js';
import { buildReportDocx } from './docx-export-service.js';
import { writableEdition } from './edition-guard.js';
import { ensureEdition, frameworkChanges, frameworkForYear } from './framework-service.js';
import { buildAnnexBytes } from './export-service.js';
import { recordExportBytes, snapshotValues } from './report-export-log-service.js';
import { installClimatePillars, type PillarsInstalled } from './report-climate-pillars.js';
import { ReportEditError } from './report-errors.js';
import { publishedSignoff, publishGate } from './signoff-service.js';

export type { EditionView };

export function editionView(ws: Workspace, year: number): EditionView {
  const repo = editionRepo(ws);
  const e = repo.get(year);
  const earlier = repo.list().filter((x) => x.year < year && repo.hasContent(x.year));
  return {
    year,
    exists: e !== undefined,
    hasContent: repo.hasContent(year),
    status: e?.status ?? 'draft',
    carriedFrom: e?.carriedFrom ?? null,
    publishedAt: e?.publishedAt ?? null,
    publishedBy: e?.publishedBy ?? null,
    forcedReason: e?.forcedReason ?? null,
    carriedBlocks: repo.carriedBlocks(year),
    carriedFactors: repo
      .carriedFactors(year)
      .filter((f) => f.pending)
      .map((f) => ({ metric: f.metric, dims: dimsFromKey(f.dimsKey), fromYear: f.fromYear })),
    previousYear: earlier.at(-1)?.year ?? null,
    exports: repo.listExports(year).map(({ kind, lang, sha256, size }) => ({ kind, lang, sha256, size })),
    framework: e?.framework ?? frameworkForYear(ws, year),
    frameworkOfYear: frameworkForYear(ws, year),
    frameworkReason: e?.frameworkReason ?? null,
    frameworkChanges: frameworkChanges(ws, year),
    approvedOn: e?.approvedOn ?? null,
    signoff: publishedSignoff(ws, e),
    yearEnd: fiscalYearEndDate(year, ws.profile.company()?.fiscalYearEnd ?? '12-31'),
  };
}

export interface RollForwardResult {
  edition: EditionView;
  counts: Record<string, number>;
  carriedFactors: number;
  /** Moving from the Guide to the Code: the Part D pillar sections added under the climate chapter. */
  climatePillars: PillarsInstalled['added'];
}

/**
 * Copies the edition of `from` into `to` (new ids, every block marked carried, to review).
 * `to` must have no content yet. With carryFactors, every factor `from` has and `to` lacks is
 * copied with its source and marked carried, to confirm.
 */
export function rollForward(ws: Workspace, from: number, to: number, opts: { carryFactors?: boolean; actor: string }): RollForwardResult {
  const repo = editionRepo(ws);
  if (to <= from) throw new ReportEditError('invalid', `A report is rolled forward to a later year (${from} → ${to}).`, [], { from, to });
  if (!repo.get(from) || !repo.hasContent(from)) throw new ReportEditError('not_found', `There is no ${from} report to start from.`, [], { year: from });
  if (repo.hasContent(to)) throw new ReportEditError('conflict', `The ${to} report already has content; it is not overwritten.`, [], { year: to });
  if (repo.get(to)?.status === 'published') throw new ReportEditError('published', `The ${to} report is published.`, [], { year: to });
  let factors = 0;
  let pillars: PillarsInstalled['added'] = [];
  const counts = ws.transaction(() => {
    ws.profile.ensureYear(to);
    const target = ensureEdition(ws, to, from);
    const c = repo.copyEdition(from, to, opts.actor);
    if (opts.carryFactors) factors = carryFactors(ws, from, to, opts.actor);
    if (repo.get(from)?.framework === 'guide' && target.framework === 'code') pillars = installClimatePillars(ws, to, opts.actor).added;
    return c;
  });
  return { edition: editionView(ws, to), counts, carriedFactors: factors, climatePillars: pillars };
}

function carryFactors(ws: Workspace, from: number, to: number, actor: string): number {
  const repo = editionRepo(ws);
  const isFactor = new Set(ws.catalogue.metrics().filter((m) => m.kind === 'factor').map((m) => m.code));
  const present = new Set(ws.values.listYear(to).map((v) => `${v.metric}|${JSON.stringify(v.dims)}`));
  let n = 0;
  for (const v of ws.values.listYear(from)) {
    if (!isFactor.has(v.metric) || present.has(`${v.metric}|${JSON.stringify(v.dims)}`)) continue;
    ws.values.put(
      { metric: v.metric, year: to, dims: v.dims, value: v.value, naReason: v.naReason, enteredValue: v.enteredValue, enteredUnit: v.enteredUnit, source: v.source, note: v.note, estimated: v.estimated },
      actor,
      `carried forward from ${from}`,
    );
    const written = ws.values.get(v.metric, to, v.dims);
    repo.carryFactor({ metric: v.metric, year: to, dimsKey: dimsKey(v.dims), fromYear: from, valueUpdatedAt: written?.updatedAt ?? '' });
    n++;
  }
  return n;
}

export function confirmFactor(ws: Workspace, year: number, metric: string, dims: Record<string, string>, actor: string): void {
  if (!editionRepo(ws).carriedFactors(year).some((f) => f.metric === metric && f.dimsKey === dimsKey(dims) && f.pending)) {
    throw new ReportEditError('not_found', `${metric} of ${year} is not a carried factor to confirm.`, [], { metric, year });
  }
  ws.transaction(() => editionRepo(ws).confirmFactor(metric, year, dimsKey(dims), actor));
}

export interface PublishOptions {
  force?: boolean;
  reason?: string | null;
  actor: string;
}

/** The languages whose files publication keeps: the company's report languages. */
function reportLangs(ws: Workspace): Lang[] {
  const langs = ws.profile.company()?.languages ?? [...LANGS];
  return LANGS.filter((l) => langs.includes(l));
}

/**
 * Publishes the edition of `year`: refused while check reports errors (listed in the error's
 * issues) unless forced with a reason. Where the workspace has people, only the ESG lead
 * publishes, and only an approved sign-off of the unchanged edition lets them unless the same
 * force and reason override it (signoff-service.ts). Builds and keeps the DOCX and XLSX of each
 * report language, logs them as exports (for restatements), records what the publication
 * rested on, and freezes the edition.
 */
export async function publishEdition(ws: Workspace, year: number, opts: PublishOptions): Promise<{ edition: EditionView; errorsOverridden: number }> {
  const reason = opts.reason?.trim() || null;
  if (opts.force && !reason) throw new ReportEditError('invalid', 'publish.reasonRequired', [{ path: 'reason', message: 'publish.reasonRequired' }], { year });
  writableEdition(ws, year);
  // Sign-off first: who may publish, and whether the edition was approved as it is now.
  const signoff = publishGate(ws, year, opts.actor, opts.force === true);
  const errors: Finding[] = checkYear(ws, year).filter((f) => f.severity === 'error');
  if (errors.length && !opts.force) {
    throw new ReportEditError(
      'check_errors',
      `The ${year} report cannot be published while check reports ${errors.length} error(s): ${errors.map((f) => f.rule).join(', ')}.`,
      // Each finding as its code with parameters: the app and the CLI word it in their language.
      errors.map((f) => ({ path: f.rule, message: f.message, text: f.text })),
      { year, count: errors.length },
    );
  }
  const files: EditionExport[] = [];
  for (const lang of reportLangs(ws)) {
    for (const kind of ['docx', 'xlsx'] as const) {
      const bytes = kind === 'docx' ? await buildReportDocx(ws, year, lang, { final: true }) : await buildAnnexBytes(ws, year, lang);
      files.push({ year, kind, lang, bytes, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  }
  const values = snapshotValues(ws, year);
  ws.transaction(() => {
    const repo = editionRepo(ws);
    ensureEdition(ws, year);
    for (const f of files) {
      repo.putExport(f);
      recordExportBytes(ws, { year, lang: f.lang, kind: f.kind, fileHash: f.sha256, actor: opts.actor, snapshot: values });
    }
    repo.publish(year, opts.actor, reason, values, signoff);
  });
  return { edition: editionView(ws, year), errorsOverridden: errors.length };
}

export function unpublishEdition(ws: Workspace, year: number, reason: string, actor: string): EditionView {
  const r = reason.trim();
  if (!r) throw new ReportEditError('invalid', 'publish.unpublishReasonRequired', [{ path: 'reason', message: 'publish.unpublishReasonRequired' }], { year });
  const e: Edition | undefined = editionRepo(ws).get(year);
  if (e?.status !== 'published') throw new ReportEditError('not_found', 'publish.notPublished', [], { year });
  ws.transaction(() => editionRepo(ws).unpublish(year, actor, r));
  return editionView(ws, year);
}
