// Comply or explain: every HKEX KPI is disclosed (a metric with data for the year, or a
// section of the disclosure map that holds content) or explained (not applicable with a
// reason, in the map or as an NA value). Neither is an error: the report would not comply.
import type { Finding } from '../checks.js';
import { finding } from './finding.js';
import type { ReportCheckInput } from './types.js';

export function checkDisclosureCompleteness(input: Pick<ReportCheckInput, 'year' | 'metrics' | 'rows' | 'result' | 'hkexKpis' | 'disclosure' | 'sectionsWithContent'>): Finding[] {
  const { year, metrics, rows, result, hkexKpis, disclosure, sectionsWithContent } = input;
  const withData = new Set(result.values.filter((v) => v.value !== null && v.kind !== 'factor').map((v) => v.code));
  const naRows = new Map(rows.filter((r) => r.value === null && r.naReason).map((r) => [r.metric, r.naReason as string]));
  const out: Finding[] = [];
  for (const kpi of hkexKpis) {
    const entry = disclosure.find((d) => d.framework === 'hkex' && d.itemCode === kpi.code);
    if (entry?.status === 'not_applicable') continue;
    const mapped = entry?.metrics ?? [];
    const catalogued = metrics.filter((m) => m.hkex.includes(kpi.code)).map((m) => m.code);
    const candidates = [...new Set([...mapped, ...catalogued])];
    const hasData = candidates.some((c) => withData.has(c));
    const sections = entry?.sections ?? [];
    const hasSection = sections.some((s) => sectionsWithContent.has(s));
    if (hasData || hasSection) {
      if (sections.length && !hasSection) {
        out.push(finding('warning', 'completeness.empty_section', kpi.code, year, { code: 'check.empty_section', params: { item: kpi.code, sections } }));
      }
      continue;
    }
    const explainedBy = candidates.find((c) => naRows.has(c));
    if (explainedBy) continue;
    out.push(
      finding('error', 'completeness.hkex_kpi', kpi.code, year, {
        code: 'check.hkex_kpi',
        params: { item: kpi.code, titleEn: kpi.titleEn, titleZh: kpi.titleZh ?? '', year, sections, candidates },
      }),
    );
  }
  return out;
}
