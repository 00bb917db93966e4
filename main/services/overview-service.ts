// Views of computed KPIs for the app: the overview across years, one value's trace, and
// the factors of a year with the KPIs that use them.
import { dimsKey, isTotal, type Dims } from '../../shared/dimensions.js';
import { compileFormula, formulaRefs } from '../../shared/engine/formula.js';
import { aliasIndex, FUEL_KEY, keptAs, resolveUnit } from '../../shared/fuels.js';
import type { FactorRow, KpiOverview, TraceView } from '../../shared/api/contract.js';
import type { Workspace } from '../store/workspace.js';
import { computeWorkspaceYear } from './kpi-service.js';
import { loadWorkspaceCatalogue } from './workspace-catalogue.js';

export function kpiOverview(ws: Workspace, year: number): KpiOverview {
  const { metrics } = loadWorkspaceCatalogue(ws);
  const years = [...new Set([...ws.profile.years(), year])].filter((y) => y <= year).sort((a, b) => a - b);
  const results = new Map(years.map((y) => [y, computeWorkspaceYear(ws, y)]));
  const kpis = metrics
    .filter((m) => m.kind === 'derived')
    .map((m) => ({
      metric: m.code,
      unit: m.unit,
      area: m.area,
      points: years.map((y) => ({ year: y, value: results.get(y)?.values.find((v) => v.code === m.code && isTotal(v.dims))?.value ?? null })),
      missing: results.get(year)?.missing.find((x) => x.code === m.code && isTotal(x.dims))?.missing.map((x) => x.code) ?? [],
    }));
  return { year, years, kpis };
}

export function traceValue(ws: Workspace, metric: string, year: number, dims: Dims): TraceView {
  const def = loadWorkspaceCatalogue(ws).byCode.get(metric);
  const r = computeWorkspaceYear(ws, year);
  const key = dimsKey(dims);
  const v = r.values.find((x) => x.code === metric && dimsKey(x.dims) === key);
  const miss = r.missing.find((x) => x.code === metric && dimsKey(x.dims) === key);
  return {
    metric,
    year,
    dims: { ...dims },
    value: v?.value ?? null,
    unit: def?.unit ?? v?.unit ?? '',
    trace: v?.trace ?? null,
    missing: miss?.missing.map((m) => ({ code: m.code, reason: m.reason })) ?? [],
  };
}

export function listFactors(ws: Workspace, year: number): FactorRow[] {
  const { metrics, dimensions } = loadWorkspaceCatalogue(ws);
  const cur = ws.values.listYear(year);
  const prev = ws.values.listYear(year - 1);
  const refs = metrics.filter((m) => m.kind === 'derived').map((m) => ({ code: m.code, uses: formulaRefs(compileFormula(m.formula ?? '')) }));
  // A factor is used by a KPI directly or through another derived KPI.
  const aliasTarget = new Map(metrics.flatMap((m) => (m.aliasOf ? [[m.code, m.aliasOf.code] as const] : [])));
  const usedBy = (code: string): string[] => {
    const out = new Set<string>();
    // factor.natural_gas_ef is read as factor.fuel_ef for natural gas.
    const target = aliasTarget.get(code);
    let frontier = target ? [code, target] : [code];
    while (frontier.length) {
      const next: string[] = [];
      for (const r of refs) {
        if (out.has(r.code) || !r.uses.some((u) => frontier.includes(u))) continue;
        out.add(r.code);
        next.push(r.code);
      }
      frontier = next;
    }
    return [...out];
  };
  // Factors of one fuel: a row per fuel burnt this year, with factors this year or last, or of the
  // company's own list; not for natural gas and diesel, whose factors have codes of their own.
  const fuels = dimensions.find((d) => d.key === FUEL_KEY)?.values ?? [];
  const aliases = aliasIndex(metrics);
  const hasFuel = (code: string, rows: typeof cur) => rows.some((v) => v.dims[FUEL_KEY] === code);
  const shownFuels = fuels.filter((f) => f.custom || hasFuel(f.code, cur) || hasFuel(f.code, prev));
  const row = (m: (typeof metrics)[number], dims: Record<string, string>): FactorRow => {
    const key = dimsKey(dims);
    const c = cur.find((v) => v.metric === m.code && dimsKey(v.dims) === key);
    const p = prev.find((v) => v.metric === m.code && dimsKey(v.dims) === key);
    const unit = resolveUnit(m.unit, dims, dimensions) ?? m.unit;
    return { metric: m.code, dims, unit, value: c?.value ?? null, source: c?.source ?? null, prior: p?.value ?? null, priorSource: p?.source ?? null, usedBy: usedBy(m.code) };
  };
  return metrics
    .filter((m) => m.kind === 'factor')
    .flatMap((m) => {
      if (!m.dimensions.includes(FUEL_KEY)) return [row(m, {})];
      return shownFuels.filter((f) => keptAs(m.code, { [FUEL_KEY]: f.code }, aliases).code === m.code).map((f) => row(m, { [FUEL_KEY]: f.code }));
    });
}
