// How a breakdown (a set of dimension values) is named in the report language: the KPI annex
// and department workbooks name each dimension with its value, a report's KPI table row only
// the values (the metric's name or the row above says what they break down).
import type { DimensionDef } from './catalogue.js';
import { SITE_KEY, type Dims } from './dimensions.js';
import type { Lang, Site } from './domain.js';

export interface DimsLabelContext {
  lang: Lang;
  dimensions: readonly DimensionDef[];
  /** The workspace's sites, for the site dimension; a site not found shows its code. */
  sites?: readonly Site[];
}

/**
 * - `named`: "Age group: Under 30; Gender: Female", keys in alphabetical order; a site by its
 *   name alone; a numbered value keeps its number ("Scope 3 category 6: Business travel").
 * - `values`: "Female, Under 30", in the order the dimensions are given; a value the
 *   catalogue does not name (a site among them) shows as "key code".
 */
export type DimsLabelForm = 'named' | 'values';

const pickLang = (lang: Lang, named: { nameZh: string; nameEn: string }): string => (lang === 'zh-Hant' ? named.nameZh : named.nameEn);

/** The breakdown's name in the context's language; '' for the total (no dimensions). */
export function describeDims(ctx: DimsLabelContext, dims: Dims, form: DimsLabelForm = 'named'): string {
  const keys = form === 'named' ? Object.keys(dims).sort() : Object.keys(dims);
  const zh = ctx.lang === 'zh-Hant';
  const colon = zh ? '：' : ': ';
  return keys
    .map((key) => {
      const code = dims[key] as string;
      const def = ctx.dimensions.find((d) => d.key === key);
      const value = def?.values.find((x) => x.code === code);
      if (form === 'values') return value ? pickLang(ctx.lang, value) : `${key} ${code}`;
      if (key === SITE_KEY) {
        const site = ctx.sites?.find((s) => s.code === code);
        return site ? pickLang(ctx.lang, site) : code;
      }
      const dimName = def ? pickLang(ctx.lang, def) : key;
      if (/^\d+$/.test(code) && value) return `${dimName} ${code}${colon}${pickLang(ctx.lang, value)}`;
      return `${dimName}${colon}${value ? pickLang(ctx.lang, value) : code}`;
    })
    .join(form === 'named' ? (zh ? '；' : '; ') : ', ');
}
