// KPIs of a year: the engine run over the workspace's values, in canonical units.
import { computeYear, type ComputedValue, type EntryRow, type YearResult } from '../../shared/engine/compute.js';
import type { StoredValue } from '../../shared/domain.js';
import type { Workspace } from '../store/workspace.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export function toEntryRow(v: StoredValue): EntryRow {
  return {
    metric: v.metric,
    dims: v.dims,
    value: v.value,
    ...(v.naReason ? { naReason: v.naReason } : {}),
    ...(v.source ? { source: v.source } : {}),
    ...(v.note ? { note: v.note } : {}),
    ...(v.estimated ? { estimated: true } : {}),
  };
}

export function computeWorkspaceYear(ws: Workspace, year: number): YearResult {
  const { metrics } = loadWorkspaceCatalogue(ws);
  return computeYear(metrics, ws.values.listYearForEngine(year));
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
  reason?: string;
  source?: string;
  from_sites?: true;
  formula?: string;
}

export function toKpiJson(v: ComputedValue): KpiJson {
  return {
    code: v.code,
    dimensions: { ...v.dims },
    value: v.value,
    unit: v.unit,
    kind: v.kind === 'derived' ? 'derived' : 'entered',
    category: v.kind === 'factor' ? 'factor' : 'value',
    ...(v.value === null ? { not_applicable: true as const, reason: v.naReason ?? '' } : {}),
    ...(v.source ? { source: v.source } : {}),
    ...(v.fromSites ? { from_sites: true as const } : {}),
    ...(v.trace ? { formula: v.trace.formula } : {}),
  };
}
