// The language the command line speaks: ESG_LANG if set, else the POSIX locale (LC_ALL, then
// LC_MESSAGES, then LANG). Traditional Chinese locales (zh_TW, zh_HK, zh_MO, zh-Hant…) give
// zh-Hant; everything else English.
import type { Lang } from '../../shared/domain.js';

export function langFromTag(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  if (t === '' || t === 'c' || t === 'posix') return undefined;
  if (/^zh-(hant|tw|hk|mo)\b/.test(t)) return 'zh-Hant';
  return 'en';
}

export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return langFromTag(env['ESG_LANG']) ?? langFromTag(env['LC_ALL']) ?? langFromTag(env['LC_MESSAGES']) ?? langFromTag(env['LANG']) ?? 'en';
}
