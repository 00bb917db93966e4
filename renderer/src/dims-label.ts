import type { Lang } from '../../shared/domain.js';
import { describeDims } from '../../shared/dimension-labels.js';
import type { CatalogueIndex } from './catalogue-context.js';

/** "Gender: Female" (「性別：女」) in the UI language, as the workbooks and the annex name it; `totalText` for none. */
export function dimsLabel(dims: Record<string, string>, cat: CatalogueIndex, lang: Lang, totalText: string): string {
  return describeDims({ lang, dimensions: cat.view.dimensions, sites: cat.sites }, dims) || totalText;
}
