// Restatements: a value of an earlier year that differs now from what an export showed. Each
// is listed (info) so the report can footnote it ("2023 restated: …"); the latest export
// showing the value is the reference.
import type { Finding } from '../checks.js';
import { finding } from './finding.js';
import type { ReportCheckInput } from './types.js';

export function checkRestatements(input: Pick<ReportCheckInput, 'year' | 'exports' | 'currentOf'>): Finding[] {
  const { year, exports, currentOf } = input;
  const latest = new Map<string, { value: number | null; exportedAt: string; export: ReportCheckInput['exports'][number]; metric: string; year: number; dimsKey: string }>();
  for (const e of [...exports].sort((a, b) => a.exportedAt.localeCompare(b.exportedAt))) {
    for (const v of e.values) {
      if (v.year >= year) continue;
      latest.set(`${v.metric}|${v.year}|${v.dimsKey}`, { ...v, exportedAt: e.exportedAt, export: e });
    }
  }
  const out: Finding[] = [];
  for (const s of latest.values()) {
    const now = currentOf(s.metric, s.year, s.dimsKey);
    const same = now === s.value || (now !== null && s.value !== null && Math.abs(now - s.value) <= Math.abs(s.value) * 1e-9);
    if (same) continue;
    const e = s.export;
    out.push(
      finding('info', 'restatement', s.metric, s.year, {
        code: 'check.restatement',
        params: { metric: s.metric, dims: s.dimsKey, year: s.year, was: s.value, exportYear: e.year, kind: e.kind, exportLang: e.lang, exportedAt: s.exportedAt.slice(0, 10), now },
      }),
    );
  }
  return out;
}
