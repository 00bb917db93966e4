// Every string value of a DOCX model typeset for its language (shared/text/typography.ts):
// full-width punctuation in Chinese, numbers kept with their units, CO₂. Applied once, where
// the document is written, so stored text stays as typed and the annex keeps codes and units
// as they are. Keys, bytes and class instances pass through untouched.
import type { Lang } from '../../shared/domain.js';
import { typeset } from '../../shared/text/typography.js';

export function withTypography<T>(value: T, lang: Lang): T {
  return walk(value, lang) as T;
}

function walk(v: unknown, lang: Lang): unknown {
  if (typeof v === 'string') return typeset(v, lang);
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => walk(x, lang));
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, walk(x, lang)]));
  if (v instanceof Set) return v;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, lang)]));
}
