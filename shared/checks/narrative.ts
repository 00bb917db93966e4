// Numbers typed into narrative text that contradict the data. A typed percentage change
// ("+22.0%", "上漲22.0%", "up 22.0%") is tied to a metric — explicitly by a metricLink mark on
// the text, or implicitly when the paragraph's live references all name one metric — and
// compared with the change computed from that metric's values of the report year and the
// year before, at the precision the text was typed in (22.0 → one decimal: 22.3 ≠ 22.0).
// A typed percentage without change wording next to a % metric is compared with its value.
//
// Severity: error. A figure in the published narrative that disagrees with the company's own
// data is a misstatement an assurer or the exchange would question; the fix is cheap (replace
// the typed figure with a live reference, which cannot drift, or correct the data), so the
// report should not go out with it. Paragraphs naming several metrics are not guessed at.
import { dimsKey } from '../dimensions.js';
import type { Finding } from '../checks.js';
import type { MetricDef } from '../catalogue.js';
import type { Dims } from '../dimensions.js';
import type { Mark } from '../report/rich-text.js';
import { finding } from './finding.js';
import type { NarrativeRun, ReportCheckInput } from './types.js';

const PERCENT = /([+\-−])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?%/g;
const UP = /(上漲|上升|增長|增加|提升|提高|升|增|up|increase[sd]?|rise|rose|grew|growth|higher|more)\W{0,3}\s*$/i;
const DOWN = /(下降|降低|減少|減低|下跌|降|減|down|decrease[sd]?|fell|fall|drop(?:ped)?|lower|less|reduc(?:ed|tion))\W{0,3}\s*$/i;
/** A target's level ("100% by 2030", 「到2030年100%使用」) in the sentence before a plain percentage: not a figure of the report year. */
const TARGET_BEFORE = /(目標|到\s?20\d\d年|至\s?20\d\d年|於\s?20\d\d年前|by\s20\d\d|target|aim|goal)/i;
const TARGET_AFTER = /^[^。；;.!?]{0,32}(by\s20\d\d|目標)/i;
const UP_AFTER = /^\s*(higher|more|up|increase)/i;
const DOWN_AFTER = /^\s*(lower|less|down|decrease|reduction)/i;

interface TypedPercent {
  typed: string;
  value: number;
  decimals: number;
  /** +1 / −1 when the text says which way; 0 for a plain percentage (a share, a value). */
  direction: 1 | -1 | 0;
  /** A plain percentage the sentence states as a target's level, not as the year's figure. */
  targetLevel: boolean;
  link: { code: string; dims: Dims; compare: 'change_pct' | 'value' } | null;
}

function findPercents(run: NarrativeRun['run']): TypedPercent[] {
  const out: TypedPercent[] = [];
  for (const node of run) {
    if (node.type !== 'text') continue;
    const link = (node.marks ?? []).find((m): m is Extract<Mark, { type: 'metricLink' }> => m.type === 'metricLink');
    for (const m of node.text.matchAll(PERCENT)) {
      const [whole, sign, digits = ''] = m;
      const before = node.text.slice(Math.max(0, m.index - 16), m.index);
      const after = node.text.slice(m.index + whole.length, m.index + whole.length + 40);
      const direction = sign === '+' ? 1 : sign ? -1 : UP.test(before) || UP_AFTER.test(after) ? 1 : DOWN.test(before) || DOWN_AFTER.test(after) ? -1 : 0;
      const number = Number(digits.replace(/,/g, ''));
      const sentence = node.text.slice(0, m.index).split(/[。；;!?！？]|\.\s/).pop() ?? '';
      out.push({
        targetLevel: direction === 0 && (TARGET_BEFORE.test(sentence) || TARGET_AFTER.test(after)),
        typed: whole.trim(),
        value: number,
        decimals: digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0,
        direction,
        link: link ? { code: link.attrs.code, dims: link.attrs.dims, compare: link.attrs.compare } : null,
      });
    }
  }
  return out;
}

/** The one metric a paragraph's live references name, or null when none or several. */
function soleMetric(run: NarrativeRun['run']): { code: string; dims: Dims } | null {
  const refs = new Map<string, { code: string; dims: Dims }>();
  for (const n of run) if (n.type === 'kpiRef') refs.set(`${n.attrs.code}|${dimsKey(n.attrs.dims)}`, { code: n.attrs.code, dims: n.attrs.dims });
  return refs.size === 1 ? ([...refs.values()][0] ?? null) : null;
}

const fmt = (x: number, decimals: number) => new Intl.NumberFormat('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
const signed = (x: number, decimals: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${fmt(Math.abs(x), decimals)}%`;

export function checkNarrativeNumbers(input: Pick<ReportCheckInput, 'year' | 'metrics' | 'narrative' | 'valueOf'>): Finding[] {
  const { year, narrative, valueOf } = input;
  const byCode = new Map<string, MetricDef>(input.metrics.map((m) => [m.code, m]));
  const out: Finding[] = [];
  for (const r of narrative) {
    const implicit = soleMetric(r.run);
    for (const p of findPercents(r.run)) {
      // A target's level ("100% renewable by 2030") beside this year's live figure is no claim
      // about the year; an explicit link is still compared.
      if (!p.link && p.targetLevel) continue;
      const target = p.link ?? (implicit ? { ...implicit, compare: p.direction !== 0 ? ('change_pct' as const) : ('value' as const) } : null);
      if (!target) continue;
      const def = byCode.get(target.code);
      const where = { section: r.sectionTitle, lang: r.lang };
      const label = `${target.code}${dimsKey(target.dims) ? ` [${dimsKey(target.dims)}]` : ''}`;
      if (target.compare === 'value') {
        if (def?.unit !== '%') continue;
        const v = valueOf(target.code, target.dims, year);
        if (v === null || Number(v.toFixed(p.decimals)) === p.value) continue;
        out.push(
          finding('error', 'consistency.narrative_number', target.code, year, { code: 'check.narrative_number', params: { ...where, typed: p.typed, label, year, data: `${fmt(v, p.decimals)}%` } }, { sectionId: r.sectionId }),
        );
        continue;
      }
      const cur = valueOf(target.code, target.dims, year);
      const prev = valueOf(target.code, target.dims, year - 1);
      if (cur === null || prev === null || prev === 0) {
        out.push(
          finding('warning', 'consistency.narrative_unverifiable', target.code, year, {
            code: 'check.narrative_unverifiable',
            params: { ...where, typed: p.typed, label, missingYear: cur === null ? year : year - 1 },
          }, { sectionId: r.sectionId }),
        );
        continue;
      }
      const computed = ((cur - prev) / prev) * 100;
      const computedRounded = Number(computed.toFixed(p.decimals));
      const typedSigned = p.direction === 0 ? Math.sign(computedRounded) * p.value : p.direction * p.value;
      if (computedRounded === typedSigned) continue;
      out.push(
        finding('error', 'consistency.narrative_change', target.code, year, {
          code: 'check.narrative_change',
          params: { ...where, typed: signed(typedSigned, p.decimals), label, year, data: signed(computed, p.decimals), cur: fmt(cur, def?.decimals ?? 0), prev: fmt(prev, def?.decimals ?? 0) },
        }, { sectionId: r.sectionId }),
      );
    }
  }
  return out;
}
