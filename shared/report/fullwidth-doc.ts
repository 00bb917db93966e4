// The one-click fix of `typography.halfwidth_punctuation`: the Chinese text of a block with
// its half-width punctuation made full-width by the same rule the DOCX typesets with
// (shared/text/typography.ts), so that after the fix the check finds nothing and the stored
// text reads as the report prints it. Text split over bold or italic runs is read across the
// boundary; a live reference or a footnote is not a Chinese neighbour.
import { fullWidthPunctuation } from '../text/typography.js';
import type { BlockNode, Inline, ListItem, RichDoc } from './rich-text.js';

const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF60]/u;
const ASCII_PUNCT = /[,:;!?()]/;

export interface FullWidthResult<T> {
  value: T;
  /** Half-width marks converted, each with a few characters around it as typed. */
  changed: string[];
}

/** One paragraph's inline nodes, fixed. */
export function fullWidthRun(run: readonly Inline[]): FullWidthResult<Inline[]> {
  const changed: string[] = [];
  const value = run.map((n, i) => {
    if (n.type !== 'text') return n;
    const before = run[i - 1];
    const after = run[i + 1];
    const prev = before?.type === 'text' ? ([...before.text].at(-1) ?? '') : '';
    const next = after?.type === 'text' ? ([...after.text][0] ?? '') : '';
    const p = CJK.test(prev) ? prev : '';
    const q = CJK.test(next) ? next : '';
    const old = p + n.text + q;
    const whole = fullWidthPunctuation(old);
    const text = whole.slice(p.length, whole.length - q.length);
    if (text === n.text) return n;
    changed.push(...examples(old, countPunct(old) - countPunct(whole)));
    return { ...n, text };
  });
  changed.push(...pairParens(value));
  return { value, changed };
}

/**
 * Parentheses the pass above leaves: a pair split over several runs ("數據中心(**自建**)"),
 * and a pair around Latin text set inside Chinese ("管治(ESG)報告", Chinese on both sides).
 * Paired across the paragraph, and made full-width when what they enclose holds a Chinese
 * character or Chinese text stands on both sides; "(20/28)" after a figure stays.
 */
function pairParens(run: Inline[]): string[] {
  const flat: { node: number; at: number; ch: string }[] = [];
  run.forEach((n, i) => {
    if (n.type === 'text') [...n.text].forEach((ch, at) => flat.push({ node: i, at, ch }));
    else flat.push({ node: -1, at: -1, ch: '\u0000' });
  });
  const open: number[] = [];
  const pairs: [number, number][] = [];
  flat.forEach((c, k) => {
    if (c.ch === '(') open.push(k);
    else if (c.ch === ')') {
      const o = open.pop();
      if (o !== undefined) pairs.push([o, k]);
    }
  });
  const changed: string[] = [];
  for (const [o, c] of pairs) {
    const inner = flat.slice(o + 1, c).map((x) => x.ch).join('');
    const outside = CJK.test(flat[o - 1]?.ch ?? '') && CJK.test(flat[c + 1]?.ch ?? '');
    if (!CJK.test(inner) && !outside) continue;
    for (const [k, full] of [[o, '（'], [c, '）']] as const) {
      const at = flat[k] as { node: number; at: number };
      const n = run[at.node] as Extract<Inline, { type: 'text' }>;
      const chars = [...n.text];
      chars[at.at] = full;
      run[at.node] = { ...n, text: chars.join('') };
    }
    changed.push(`(${inner.slice(0, 4)}`, `${inner.slice(-4)})`);
  }
  return changed;
}

const countPunct = (s: string) => [...s].filter((c) => ASCII_PUNCT.test(c)).length;

/** `n` marks as typed, each with two characters either side (those next to Chinese first). */
function examples(text: string, n: number): string[] {
  const chars = [...text];
  const around = (k: number) => chars.slice(Math.max(0, k - 2), k + 3).join('');
  const neighbour = (k: number, step: number) => {
    let j = k + step;
    while (chars[j] === ' ') j += step;
    return CJK.test(chars[j] ?? '');
  };
  const marks = chars.flatMap((c, k) => (ASCII_PUNCT.test(c) ? [k] : []));
  const near = marks.filter((k) => neighbour(k, -1) || neighbour(k, 1));
  const rest = marks.filter((k) => !near.includes(k));
  return [...near, ...rest].slice(0, n).map(around);
}

function fixNode(node: BlockNode | ListItem, changed: string[]): BlockNode | ListItem {
  if (node.type === 'paragraph' || node.type === 'heading') {
    if (!node.content) return node;
    const r = fullWidthRun(node.content);
    changed.push(...r.changed);
    return { ...node, content: r.value } as BlockNode;
  }
  if (node.type === 'listItem') return { ...node, content: node.content.map((c) => fixNode(c, changed)) } as ListItem;
  return { ...node, content: node.content.map((c) => fixNode(c, changed)) } as BlockNode;
}

/** A whole document, fixed. */
export function fullWidthDoc(doc: RichDoc): FullWidthResult<RichDoc> {
  const changed: string[] = [];
  const content = doc.content.map((n) => fixNode(n, changed) as BlockNode);
  return { value: { ...doc, content }, changed };
}
