// Site rows against an entered total: where a metric sums over sites (catalogue
// `aggregation: sum`) and both a total and per-site values are entered, they must agree.
// Metrics that never sum (factors, shares, intensities) are not compared.
import { dimsKey, SITE_KEY, type Dims } from '../dimensions.js';
import type { CheckInput, Finding } from '../checks.js';
import { finding } from './finding.js';

export function checkSiteSums({ year, metrics, rows }: CheckInput): Finding[] {
  const summed = new Set(metrics.filter((m) => m.kind !== 'derived' && m.aggregation === 'sum').map((m) => m.code));
  // metric → rest-of-dimensions key → the entered total and the per-site values
  const groups = new Map<string, { dims: Dims; total?: number; sites: { site: string; value: number }[] }>();
  for (const r of rows) {
    if (r.value === null || !summed.has(r.metric)) continue;
    const site = r.dims[SITE_KEY];
    const rest = withoutSite(r.dims);
    const key = `${r.metric}|${dimsKey(rest)}`;
    const g = groups.get(key) ?? { dims: rest, sites: [] };
    if (site === undefined) g.total = r.value;
    else g.sites.push({ site, value: r.value });
    groups.set(key, g);
  }
  const out: Finding[] = [];
  for (const [key, g] of groups) {
    if (g.total === undefined || g.sites.length === 0) continue;
    const sum = g.sites.reduce((s, x) => s + x.value, 0);
    if (Math.abs(sum - g.total) <= Math.max(1e-9, Math.abs(g.total) * 1e-9)) continue;
    const metric = key.slice(0, key.indexOf('|'));
    const dims = dimsKey(g.dims);
    const sites = g.sites.map((x) => x.site).sort();
    out.push(finding('warning', 'consistency.site_sum', metric, year, { code: 'check.site_sum', params: { metric, dims, sites, sum, total: g.total, year } }));
  }
  return out;
}

function withoutSite(dims: Dims): Dims {
  const rest: Record<string, string> = { ...dims };
  delete rest[SITE_KEY];
  return rest;
}

