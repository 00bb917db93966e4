// Completeness by basis (HKEX Appendix C2 as it applies to this company and year): a
// mandatory item must be disclosed (an explanation does not satisfy it); a comply-or-explain
// item must be disclosed or explained; an item eased by an interim relief and not disclosed
// is reported as info naming the relief; voluntary items raise nothing. Findings carry their
// Part so the checks panel can group them, and a message code with parameters rendered in
// the requested language.
import type { Finding } from '../checks.js';
import type { Lang } from '../domain.js';
import type { BasisRow, CodeItem } from '../framework/basis.js';
import type { Part } from '../framework/versions.js';
import { renderMessage, type Message } from '../i18n/messages.js';
import type { DisclosureState } from './disclosure-state.js';

export type BasisRule = 'completeness.mandatory' | 'completeness.comply_or_explain' | 'completeness.relief';
export type BasisMessage = 'check.basis.mandatory' | 'check.basis.mandatory_explained' | 'check.basis.comply_or_explain' | 'check.basis.relief' | 'check.basis.relief_unverified';

export interface BasisFinding extends Finding {
  rule: BasisRule;
  part: Part;
  /** The message's code and parameters, to render it again in the other language. */
  messageCode: BasisMessage;
  params: Record<string, string | number>;
}

export interface BasisCheckInput {
  year: number;
  lang: Lang;
  /** The basis table for the year (basisTable()). */
  rows: readonly BasisRow[];
  /** Titles of the items, both languages. */
  items: readonly CodeItem[];
  /** What the disclosure map and the data say of each item; an item not in the map is `none`. */
  state: ReadonlyMap<string, DisclosureState>;
  /** Names of the reliefs (hkex-bases.json `reliefs`). */
  reliefs: readonly { code: string; name_zh: string; name_en: string }[];
}

export function checkCompletenessByBasis(input: BasisCheckInput): BasisFinding[] {
  const { year, lang, rows, items, state, reliefs } = input;
  const titles = new Map(items.map((i) => [i.code, { en: i.titleEn, 'zh-Hant': i.titleZh }]));
  const reliefNames = new Map(reliefs.map((r) => [r.code, { en: r.name_en, 'zh-Hant': r.name_zh }]));
  const titleOf = new Map([...titles].map(([code, t]) => [code, t[lang]]));
  const reliefName = new Map([...reliefNames].map(([code, n]) => [code, n[lang]]));
  const out: BasisFinding[] = [];
  for (const row of rows) {
    const s = state.get(row.code) ?? 'none';
    if (s === 'disclosed' || row.basis === 'voluntary') continue;
    const base = { item: row.code, title: titleOf.get(row.code) ?? row.code, year };
    const push = (severity: Finding['severity'], rule: BasisRule, messageCode: BasisMessage, params: Record<string, string | number>) =>
    {
      const title = titles.get(row.code);
      const relief = row.relief ? reliefNames.get(row.relief.code) : undefined;
      const text: Message = { code: 'check.basis', params: { key: messageCode, params, ...(title ? { title } : {}), ...(relief ? { relief } : {}) } };
      out.push({ severity, rule, metric: row.code, year, part: row.part, messageCode, params, text, message: renderMessage(lang, text) });
    }
    if (row.relief && s === 'none') {
      const params = { ...base, relief: reliefName.get(row.relief.code) ?? row.relief.code, endsFy: row.relief.ends_fy };
      push('info', 'completeness.relief', row.relief.verified ? 'check.basis.relief' : 'check.basis.relief_unverified', params);
    } else if (row.basis === 'mandatory') {
      push('error', 'completeness.mandatory', s === 'explained' ? 'check.basis.mandatory_explained' : 'check.basis.mandatory', base);
    } else if (s === 'none') {
      push('error', 'completeness.comply_or_explain', 'check.basis.comply_or_explain', base);
    }
  }
  return out;
}

/** Findings by Part, B then C then D; Parts without findings are absent. */
export function groupFindingsByPart(findings: readonly BasisFinding[]): { part: Part; findings: BasisFinding[] }[] {
  const parts: Part[] = ['B', 'C', 'D'];
  return parts.map((part) => ({ part, findings: findings.filter((f) => f.part === part) })).filter((g) => g.findings.length > 0);
}
