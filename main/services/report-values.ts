// Computed values of any year, computed once per year and looked up by metric, dimensions
// and year: what live references, KPI tables and checks read.
import { dimsKey, type Dims } from '../../shared/dimensions.js';
import type { ComputedValue, YearResult } from '../../shared/engine/compute.js';
import type { Workspace } from '../store/workspace.js';
import { computeWorkspaceYear } from './kpi-service.js';

export interface ValueSource {
  result(year: number): YearResult;
  get(code: string, dims: Dims, year: number): ComputedValue | undefined;
  value(code: string, dims: Dims, year: number): number | null;
}

export function createValueSource(ws: Workspace): ValueSource {
  const results = new Map<number, { result: YearResult; index: Map<string, ComputedValue> }>();
  const load = (year: number) => {
    let r = results.get(year);
    if (!r) {
      const result = computeWorkspaceYear(ws, year);
      r = { result, index: new Map(result.values.map((v) => [`${v.code}|${dimsKey(v.dims)}`, v])) };
      results.set(year, r);
    }
    return r;
  };
  const get = (code: string, dims: Dims, year: number) => load(year).index.get(`${code}|${dimsKey(dims)}`);
  return {
    result: (year) => load(year).result,
    get,
    value: (code, dims, year) => get(code, dims, year)?.value ?? null,
  };
}
