// Where the user fixes a finding: the report section whose text it is about, or the grid
// cell of its metric (an HKEX KPI code: a metric that would disclose it).
// Pure, so the export screen's list and any other list of findings jump the same way.
import type { Finding } from '../checks.js';

/** `year`: the finding's year, which the header selects before the screen opens. */
export type JumpTarget = { year: number } & ({ screen: 'outline'; sectionId: string } | { screen: 'data'; metric: string; dims: string });

interface MetricRef {
  code: string;
  hkex: readonly string[];
}

export function findingTarget(f: Pick<Finding, 'metric' | 'sectionId' | 'text' | 'year'>, metrics: readonly MetricRef[]): JumpTarget | null {
  if (f.sectionId) return { year: f.year, screen: 'outline', sectionId: f.sectionId };
  if (!f.metric) return null;
  const params = f.text.params as Record<string, unknown>;
  const dims = typeof params.dims === 'string' ? params.dims : '';
  if (metrics.some((m) => m.code === f.metric)) return { year: f.year, screen: 'data', metric: f.metric, dims };
  // An HKEX KPI without data: the metric check itself names first, else one the catalogue maps to it.
  const candidates = Array.isArray(params.candidates) ? (params.candidates as unknown[]).filter((c): c is string => typeof c === 'string') : [];
  const named = candidates.find((c) => metrics.some((m) => m.code === c));
  if (named) return { year: f.year, screen: 'data', metric: named, dims: '' };
  const mapped = metrics.find((m) => m.hkex.includes(f.metric));
  return mapped ? { year: f.year, screen: 'data', metric: mapped.code, dims: '' } : null;
}
