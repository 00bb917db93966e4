// KPIs of a year: the engine run over the workspace's values, in canonical units.
import { computeYear, type ComputedValue, type YearResult } from '../../shared/engine/compute.js';
import type { Workspace } from '../store/workspace.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

// A year's result is reused until a value of that year or the catalogue changes through this
// workspace, or another connection commits anything, so that an edit recomputes its own year
// only (at 450,000 values a year takes about 0.2 s) and a second window sees every write.
export function computeWorkspaceYear(ws: Workspace, year: number): YearResult {
  const perYear = ws.memo.slot('kpi-years', () => new Map<number, { key: string; result: YearResult }>());
  const key = `${ws.memo.foreignVersion()}|${ws.values.revision(year)}|${ws.catalogue.revision()}`;
  let hit = perYear.get(year);
  if (!hit || hit.key !== key) {
    const { metrics, dimensions } = loadWorkspaceCatalogue(ws);
    hit = { key, result: computeYear(metrics, ws.values.listYearForEngine(year), { dimensions }) };
    perYear.set(year, hit);
  }
  // Callers may sort or filter the arrays; the cached ones stay as computed.
  return { values: [...hit.result.values], missing: [...hit.result.missing] };
}

/** The documented `kpis --json` row: snake_case, canonical units, full precision. */
export interface KpiJson {
  code: string;
  dimensions: Record<string, string>;
  value: number | null;
  unit: string;
  kind: 'entered' | 'derived';
  category: 'value' | 'factor';
  not_applicable?: true;
  /** Entered as "not disclosed" (value null, with its reason): absent, never zero. */
  not_disclosed?: true;
  reason?: string;
  /** A derived total entered as published (its inputs are not kept). */
  as_published?: true;
  /** A derived total computed from its inputs that was also entered as published: that figure. */
  published?: number;
  source?: string;
  from_sites?: true;
  /** Summed from a breakdown over these dimensions (no row was entered at this level). */
  from_breakdown?: string[];
  formula?: string;
}

export function toKpiJson(v: ComputedValue): KpiJson {
  return {
    code: v.code,
    dimensions: { ...v.dims },
    value: v.value,
    unit: v.unit,
    kind: v.kind === 'derived' && !v.trace?.asPublished ? 'derived' : 'entered',
    category: v.kind === 'factor' ? 'factor' : 'value',
    ...(v.value === null ? (v.notDisclosed ? { not_disclosed: true as const } : { not_applicable: true as const }) : {}),
    ...(v.value === null ? { reason: v.naReason ?? '' } : {}),
    ...(v.trace?.asPublished ? { as_published: true as const } : {}),
    ...(v.published !== undefined ? { published: v.published } : {}),
    ...(v.source ? { source: v.source } : {}),
    ...(v.fromSites ? { from_sites: true as const } : {}),
    ...(v.fromBreakdown ? { from_breakdown: [...v.fromBreakdown] } : {}),
    ...(v.trace ? { formula: v.trace.formula } : {}),
  };
}
