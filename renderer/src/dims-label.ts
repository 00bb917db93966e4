import type { Lang } from '../../shared/domain.js';
import type { CatalogueIndex } from './catalogue-context.js';

/** "Gender: Female" in the UI language; site codes as they are. */
export function dimsLabel(dims: Record<string, string>, cat: CatalogueIndex, lang: Lang, totalText: string): string {
  const keys = Object.keys(dims).sort();
  if (keys.length === 0) return totalText;
  return keys
    .map((k) => {
      const d = cat.view.dimensions.find((x) => x.key === k);
      const v = d?.values.find((x) => x.code === dims[k]) ?? (k === 'site' ? cat.sites.find((x) => x.code === dims[k]) : undefined);
      const kName = d ? (lang === 'en' ? d.nameEn : d.nameZh) : k;
      const vName = v ? (lang === 'en' ? v.nameEn : v.nameZh) : (dims[k] ?? '');
      return lang === 'en' ? `${kName}: ${vName}` : `${kName}：${vName}`;
    })
    .join(lang === 'en' ? ', ' : '，');
}
