// Checks of a rolled-forward edition. A carried block not yet reviewed (edited or confirmed)
// may still say last year's things; a paragraph naming the previous year as if it were the
// report's own year; a number typed beside a live reference to the same metric (it will not
// follow the data); a factor carried from the previous year and not yet confirmed. All are
// warnings: they ask for a look, they do not stop a publication.
import type { Finding } from '../checks.js';
import { dimsKey, type Dims } from '../dimensions.js';
import type { Mark } from '../report/rich-text.js';
import { finding } from './finding.js';
import type { NarrativeRun, ReportCheckInput } from './types.js';

/** Words right before a year that make it a comparison or a baseline, not the report's year. */
const COMPARING = /(than|compared (with|to)|against|versus|vs\.?|from|since|baseline|base year|prior|previous|last year|in \d{4} and|較|與|比|相比|同比|自|由|起|基準|上年|去年)\W{0,3}\s*$/i;

function yearMentions(run: NarrativeRun['run'], year: number): { text: string; before: string }[] {
  const out: { text: string; before: string }[] = [];
  const re = new RegExp(`(?<!\\d)${year}(?!\\d)`, 'g');
  for (const n of run) {
    if (n.type !== 'text') continue;
    for (const m of n.text.matchAll(re)) out.push({ text: n.text, before: n.text.slice(Math.max(0, m.index - 20), m.index) });
  }
  return out;
}

const plain = (run: NarrativeRun['run']) => run.map((n) => (n.type === 'text' ? n.text : '')).join('');

export function checkCarriedBlocks(input: Pick<ReportCheckInput, 'year' | 'edition'>): Finding[] {
  const e = input.edition;
  if (!e) return [];
  return e.carriedBlocks.map((b) =>
    finding('warning', 'narrative.carried', '', input.year, {
      code: 'check.carried_block',
      params: { sectionEn: b.sectionTitle, sectionZh: b.sectionTitleZh ?? '', blockId: b.blockId, fromYear: b.fromYear },
    }),
  );
}

export function checkStaleYear(input: Pick<ReportCheckInput, 'year' | 'edition' | 'narrative'>): Finding[] {
  const prev = input.edition?.carriedFrom;
  if (prev === null || prev === undefined) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const r of input.narrative) {
    // A paragraph that names the report's own year too is comparing the two years.
    if (yearMentions(r.run, input.year).length > 0) continue;
    const stale = yearMentions(r.run, prev).filter((m) => !COMPARING.test(m.before));
    if (!stale.length) continue;
    const key = `${r.blockId}|${r.lang}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = plain(r.run);
    out.push(
      finding('warning', 'narrative.stale_year', '', input.year, {
        code: 'check.stale_year',
        params: { section: r.sectionTitle, lang: r.lang, prev, text: text.length > 80 ? text.slice(0, 77) + '…' : text },
      }, { sectionId: r.sectionId }),
    );
  }
  return out;
}

const NUMBER = /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]*\.?\d)(?!\s?%)/g;

/** Metrics a paragraph refers to live: its kpiRefs and the metricLink marks on its text. */
function liveMetrics(run: NarrativeRun['run']): { code: string; dims: Dims }[] {
  const out = new Map<string, { code: string; dims: Dims }>();
  for (const n of run) {
    if (n.type === 'kpiRef') out.set(`${n.attrs.code}|${dimsKey(n.attrs.dims)}`, { code: n.attrs.code, dims: n.attrs.dims });
    if (n.type === 'text') {
      for (const m of n.marks ?? []) {
        if (m.type === 'metricLink') {
          const l = m as Extract<Mark, { type: 'metricLink' }>;
          out.set(`${l.attrs.code}|${dimsKey(l.attrs.dims)}`, { code: l.attrs.code, dims: l.attrs.dims });
        }
      }
    }
  }
  return [...out.values()];
}

/**
 * A number typed in a paragraph that also refers live to a metric, equal (at the precision
 * typed) to that metric's value of the report year or the year before: a figure that will
 * not follow the data (and, in a rolled-forward text, most likely last year's).
 */
export function checkStaticNumbers(input: Pick<ReportCheckInput, 'year' | 'narrative' | 'valueOf'>): Finding[] {
  const out: Finding[] = [];
  for (const r of input.narrative) {
    const metrics = liveMetrics(r.run);
    if (!metrics.length) continue;
    for (const n of r.run) {
      if (n.type !== 'text') continue;
      for (const m of n.text.matchAll(NUMBER)) {
        const digits = m[1] ?? '';
        const typed = Number(digits.replace(/,/g, ''));
        if (Number.isInteger(typed) && typed >= 1990 && typed <= 2100 && !digits.includes(',')) continue; // a year
        if (typed < 10 && !digits.includes('.')) continue; // counts in prose ("three sites", "2 plants")
        const decimals = digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0;
        for (const met of metrics) {
          for (const y of [input.year, input.year - 1]) {
            const v = input.valueOf(met.code, met.dims, y);
            if (v === null || Number(v.toFixed(decimals)) !== typed) continue;
            out.push(
              finding('warning', 'narrative.static_number', met.code, input.year, {
                code: 'check.static_number',
                params: { section: r.sectionTitle, lang: r.lang, typed: digits, valueYear: y, metric: met.code },
              }, { sectionId: r.sectionId }),
            );
          }
        }
      }
    }
  }
  return out;
}

export function checkCarriedFactors(input: Pick<ReportCheckInput, 'year' | 'edition'>): Finding[] {
  return (input.edition?.carriedFactors ?? []).map((f) =>
    finding('warning', 'factor.carried', f.metric, input.year, { code: 'check.factor_carried', params: { metric: f.metric, dims: f.dimsKey, year: input.year, fromYear: f.fromYear } }),
  );
}
