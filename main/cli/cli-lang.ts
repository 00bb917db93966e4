// The language of the CLI's own messages: ESG_LANG, else the locale (zh… → Traditional
// Chinese), else English; and the one place a company-setup refusal becomes a line on stderr.
import type { Lang } from '../../shared/domain.js';
import { hasString, translate } from '../../shared/i18n/strings.js';
import { CompanyError } from '../services/company-service.js';

export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = (env['ESG_LANG'] || env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '').toLowerCase();
  return v.startsWith('zh') ? 'zh-Hant' : 'en';
}

/** A message code with its parameters, in the CLI's language (an unknown code as it is). */
export function say(key: string, params: Record<string, string | number> = {}): string {
  return hasString(key) ? translate(cliLang(), key, params) : key;
}

/** Runs a command body; a CompanyError is printed in the CLI's language and exits 1. */
export async function reportingCompanyErrors(fn: () => number | Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof CompanyError)) throw e;
    const lines = [say(e.key, e.params), ...e.issues.filter((i) => i.message !== e.key).map((i) => `  ${i.path}: ${say(i.message)}`)];
    process.stderr.write(lines.join('\n') + '\n');
    return 1;
  }
}
