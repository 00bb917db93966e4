// How the command line says why an import was refused, in its language. The hints naming
// command-line flags live here, not in the services the desktop app shares.
import type { Lang } from '../../shared/domain.js';
import { renderMessage } from '../../shared/i18n/messages.js';
import { formatProblem, type ImportProblem } from '../../shared/io/data-package.js';

const OVERWRITE_HINT: Record<Lang, string> = { en: '; use --overwrite to replace it', 'zh-Hant': '；如要取代，請加上 --overwrite' };

const HEADER: Record<Lang, (n: number) => string> = {
  en: (n) => `Import refused, nothing was written (${n} problem${n === 1 ? '' : 's'}):`,
  'zh-Hant': (n) => `匯入被拒，未寫入任何數據（${n} 個問題）：`,
};

export function renderImportProblem(p: ImportProblem, lang: Lang): string {
  const hint = p.message.code === 'import.would_overwrite' || p.message.code === 'import.would_change_target' ? OVERWRITE_HINT[lang] : '';
  return formatProblem(p, lang, renderMessage(lang, p.message) + hint);
}

export function renderImportRefusal(problems: readonly ImportProblem[], lang: Lang): string {
  return [HEADER[lang](problems.length), ...problems.map((p) => renderImportProblem(p, lang))].join('\n');
}
