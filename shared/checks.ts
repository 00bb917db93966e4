// Findings about a year's data that a person can act on: what cannot be computed and why,
// factors without a source, breakdowns that do not add up to their totals.
import type { MetricDef } from './catalogue.js';
import type { Basis } from './framework/basis.js';
import type { Part } from './framework/versions.js';
import { dimsKey, SITE_KEY } from './dimensions.js';
import type { Message } from './i18n/messages.js';
import { finding } from './checks/finding.js';
import type { EntryRow, YearResult } from './engine/compute.js';
import { checkDisclosureCompleteness } from './checks/completeness.js';
import { checkEnteredVsComputed } from './checks/entered-vs-computed.js';
import { checkCarriedBlocks, checkCarriedFactors, checkStaleYear, checkStaticNumbers } from './checks/editions.js';
import { checkNarrativeNumbers } from './checks/narrative.js';
import { checkRestatements } from './checks/restatements.js';
import { checkSiteSums } from './checks/site-sums.js';
import type { ReportCheckInput } from './checks/types.js';
import { checkFootnoteLanguages, checkHalfWidthPunctuation } from './checks/typography.js';
import { checkYearOnYear } from './checks/yoy.js';

export type Severity = 'error' | 'warning' | 'info';
export interface Finding {
  severity: Severity;
  rule: string;
  metric: string;
  year: number;
  /** The English wording of `text` (logs, older readers); an edge words `text` in its language. */
  message: string;
  /** What the finding says, as a code with parameters (shared/i18n/messages.ts). */
  text: Message;
  /** The HKEX Part the finding concerns (completeness by basis), for grouping. */
  part?: Part;
  /** The item's basis for the company that year (completeness by basis). */
  basis?: Basis;
  /** The report section the finding is about (narrative checks): where the UI jumps to fix it. */
  sectionId?: string;
}

export interface CheckInput {
  year: number;
  metrics: readonly MetricDef[];
  rows: readonly EntryRow[];
  result: YearResult;
}

export function checkMissingInputs({ year, metrics, result }: CheckInput): Finding[] {
  const byCode = new Map(metrics.map((m) => [m.code, m]));
  const out: Finding[] = [];
  for (const miss of result.missing) {
    const isBreakdown = Object.keys(miss.dims).length > 0;
    const factors = miss.missing.filter((m) => byCode.get(m.code)?.kind === 'factor' && m.reason === 'absent');
    const missing = miss.missing.map((m) => ({ code: m.code, dims: dimsKey(m.dims), reason: m.reason }));
    out.push(
      finding(isBreakdown ? 'info' : factors.length ? 'error' : 'warning', factors.length ? 'factor.missing' : 'derived.missing_input', miss.code, year, {
        code: 'check.missing_input',
        params: { metric: miss.code, dims: dimsKey(miss.dims), year, missing },
      }),
    );
  }
  return out;
}

export function checkFactorSources({ year, metrics, rows }: CheckInput): Finding[] {
  const factors = new Set(metrics.filter((m) => m.kind === 'factor').map((m) => m.code));
  return rows
    .filter((r) => factors.has(r.metric) && r.value !== null && !r.source)
    .map((r) => finding('warning', 'factor.no_source', r.metric, year, { code: 'check.factor_no_source', params: { metric: r.metric, year } }));
}

/** Each breakdown (all rows carrying one key) must add up to the entered total. */
export function checkBreakdownSums({ year, metrics, rows }: CheckInput): Finding[] {
  const out: Finding[] = [];
  // Rows grouped once: a workspace may have thousands of metrics and tens of thousands of rows.
  const byMetric = new Map<string, EntryRow[]>();
  for (const r of rows) {
    if (r.value === null) continue;
    const list = byMetric.get(r.metric);
    if (list) list.push(r);
    else byMetric.set(r.metric, [r]);
  }
  for (const def of metrics) {
    if (def.kind !== 'entered' || def.dimensions.length === 0) continue;
    const mine = byMetric.get(def.code) ?? [];
    const total = mine.find((r) => Object.keys(r.dims).length === 0)?.value;
    if (total === undefined || total === null) continue;
    for (const key of def.dimensions) {
      const parts = mine.filter((r) => Object.keys(r.dims).length === 1 && r.dims[key] !== undefined && !(SITE_KEY in r.dims));
      if (parts.length < 2) continue;
      const sum = parts.reduce((s, r) => s + (r.value ?? 0), 0);
      if (Math.abs(sum - total) > Math.max(1e-9, Math.abs(total) * 1e-9)) {
        out.push(finding('warning', 'consistency.breakdown_sum', def.code, year, { code: 'check.breakdown_sum', params: { metric: def.code, key, sum, total, year } }));
      }
    }
  }
  return out;
}

export const CHECKS = [checkMissingInputs, checkFactorSources, checkBreakdownSums, checkSiteSums];

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const bySeverity = (a: Finding, b: Finding) => ORDER[a.severity] - ORDER[b.severity] || a.metric.localeCompare(b.metric);

export function runChecks(input: CheckInput): Finding[] {
  return CHECKS.flatMap((c) => c(input)).sort(bySeverity);
}

/** Checks that need the report's content too (shared/checks/): disclosure, narrative, year on year, restatements. */
export const REPORT_CHECKS = [
  checkDisclosureCompleteness,
  checkEnteredVsComputed,
  checkNarrativeNumbers,
  checkYearOnYear,
  checkRestatements,
  checkCarriedBlocks,
  checkStaleYear,
  checkStaticNumbers,
  checkCarriedFactors,
  checkFootnoteLanguages,
  checkHalfWidthPunctuation,
];

export function runAllChecks(input: ReportCheckInput): Finding[] {
  return [...CHECKS.flatMap((c) => c(input)), ...REPORT_CHECKS.flatMap((c) => c(input))].sort(bySeverity);
}
