// The texts AG Grid writes itself, in the UI language: the empty grid's overlay and the label a
// screen reader reads on a checkbox cell ("Press SPACE to toggle cell value (unchecked)" in
// English otherwise, on a Chinese screen too). One object per language, so the grid is handed
// the same one on every render.
import type { Lang } from '../../shared/domain.js';
import { translate } from '../../shared/i18n/strings.js';

const texts = new Map<Lang, Record<string, string>>();

export function agGridText(lang: Lang): Record<string, string> {
  let x = texts.get(lang);
  if (!x) {
    const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
    x = {
      noRowsToShow: t('grid.ag.noRows'),
      loadingOoo: t('grid.ag.loading'),
      ariaToggleCellValue: t('grid.ag.toggle'),
      ariaChecked: t('grid.ag.checked'),
      ariaUnchecked: t('grid.ag.unchecked'),
      ariaIndeterminate: t('grid.ag.indeterminate'),
    };
    texts.set(lang, x);
  }
  return x;
}
