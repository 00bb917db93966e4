// Every string value of a DOCX model typeset for its language (shared/text/typography.ts):
// full-width punctuation in Chinese, numbers kept with their units, CO₂. Applied once, where
// the document is written, so stored text stays as typed and the annex keeps codes and units
// as they are. Keys, bytes and class instances pass through untouched.
import type { Lang } from '../../shared/domain.js';
import { fullWidthRun } from '../../shared/report/fullwidth-doc.js';
import type { Inline } from '../../shared/report/rich-text.js';
import { typeset } from '../../shared/text/typography.js';

export function withTypography<T>(value: T, lang: Lang): T {
  return walk(value, lang) as T;
}

const INLINE_TYPES = new Set(['text', 'kpiRef', 'footnote', 'hardBreak']);
/** A paragraph's inline nodes (rich text content, a bullet item). */
const isInlineRun = (v: unknown[]): v is Inline[] =>
  v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && INLINE_TYPES.has((x as { type?: unknown }).type as string));

function walk(v: unknown, lang: Lang): unknown {
  if (typeof v === 'string') return typeset(v, lang);
  if (v === null || typeof v !== 'object') return v;
  // A paragraph is typeset as a whole first, as the editor's fix does (parentheses split over
  // bold runs, "(ESG)" inside Chinese), so that the report and the fixed text agree.
  if (Array.isArray(v)) return (lang === 'zh-Hant' && isInlineRun(v) ? fullWidthRun(v).value : v).map((x) => walk(x, lang));
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, walk(x, lang)]));
  if (v instanceof Set) return v;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, lang)]));
}
