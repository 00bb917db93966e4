// Year-on-year changes above a threshold (30% by default) need a note saying why (a boundary
// change, a one-off event); assurers ask about each. Totals only (breakdowns follow them),
// factors excluded. An entered value is explained by its own note; a derived one by a note
// on any entered value of its calculation.
import type { Finding } from '../checks.js';
import { finding } from './finding.js';
import type { ReportCheckInput } from './types.js';

export function checkYearOnYear(input: Pick<ReportCheckInput, 'year' | 'rows' | 'result' | 'previous' | 'yoyThreshold'>): Finding[] {
  const { year, rows, result, previous } = input;
  if (!previous) return [];
  const threshold = input.yoyThreshold ?? 0.3;
  const noted = new Set(rows.filter((r) => r.note && r.note.trim() !== '').map((r) => r.metric));
  const before = new Map(previous.result.values.filter((v) => Object.keys(v.dims).length === 0).map((v) => [v.code, v.value]));
  const out: Finding[] = [];
  for (const v of result.values) {
    if (v.kind === 'factor' || Object.keys(v.dims).length > 0 || v.value === null) continue;
    const prev = before.get(v.code);
    if (prev === undefined || prev === null || prev === 0) continue;
    const change = (v.value - prev) / Math.abs(prev);
    if (Math.abs(change) <= threshold) continue;
    const explained = v.kind === 'derived' ? (v.trace?.inputs ?? []).some((i) => noted.has(i.code)) : noted.has(v.code);
    if (explained) continue;
    const pct = `${change > 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(1)}%`;
    out.push(finding('warning', 'yoy.unexplained_change', v.code, year, { code: 'check.yoy', params: { metric: v.code, change: pct, prevYear: year - 1, prev, year, value: v.value } }));
  }
  return out;
}
