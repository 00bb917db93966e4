import { createContext, useContext } from 'react';
import type { Lang } from '../../shared/domain.js';
import { translate, type StringKey } from '../../shared/i18n/strings.js';
import { formatNumber, formatPercentChange, formatDateTime } from '../../shared/i18n/format.js';
import type { MetricDef } from '../../shared/catalogue.js';
import { unitLabel } from '../../shared/unit-labels.js';

export interface I18n {
  lang: Lang;
  t: (key: StringKey, params?: Record<string, string | number>) => string;
  num: (v: number | null | undefined, decimals?: number) => string;
  pct: (v: number | null) => string;
  date: (iso: string) => string;
  metricName: (m: MetricDef | undefined, fallback: string) => string;
  /** A catalogue unit in the UI language (persons → 人); any other unit as written. */
  unit: (u: string) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    num: (v, d) => formatNumber(lang, v, d),
    pct: (v) => formatPercentChange(lang, v),
    date: (iso) => formatDateTime(lang, iso),
    metricName: (m, fallback) => (m ? (lang === 'en' ? m.nameEn : m.nameZh) : fallback),
    unit: (u) => unitLabel(u, lang),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('zh-Hant'));
export const useI18n = () => useContext(I18nContext);

const LANG_KEY = 'esg-lang';
export function savedLang(): Lang {
  const v = localStorage.getItem(LANG_KEY);
  return v === 'en' ? 'en' : 'zh-Hant';
}
export function saveLang(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
}
