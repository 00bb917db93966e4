// Numbers and dates formatted for the UI language (at the edge, never in the engine).
import type { Lang } from '../domain.js';

const LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-Hant-TW', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

export function formatNumber(lang: Lang, value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  // Show whole numbers without trailing zeros; never more decimals than the metric defines.
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: decimals, minimumFractionDigits: 0 }).format(value);
}

export function formatPercentChange(lang: Lang, pct: number | null): string {
  if (pct === null || !Number.isFinite(pct)) return '';
  const s = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(pct);
  return `${s}%`;
}

export function formatDateTime(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
