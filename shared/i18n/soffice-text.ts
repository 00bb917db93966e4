// Which soffice PDF export runs, in words: the export screen and `esg-studio prefs` say the
// same thing (the path and where it came from, or why there is none).
import type { SofficeStatus } from '../api/contract-prefs.js';
import type { Lang } from '../domain.js';
import { translate } from './strings.js';

export function sofficeText(lang: Lang, s: Pick<SofficeStatus, 'found'> & Partial<{ path: string; from: string | null; set: string | null }>): string {
  if (s.found && s.path) return translate(lang, 'export.sofficeFound', { path: s.path, from: translate(lang, `export.sofficeFrom.${(s.from ?? 'path') as 'path'}`) });
  if (s.set) return s.from === 'env' ? translate(lang, 'export.sofficeMissingEnv', { path: s.set }) : translate(lang, 'export.sofficeMissingSet', { path: s.set });
  return translate(lang, 'export.sofficeMissing');
}
