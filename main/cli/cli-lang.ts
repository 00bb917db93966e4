// The CLI's own messages in its language (the rule is in lang.ts: ESG_LANG, else a Traditional
// Chinese locale, else English); and the one place a company-setup refusal becomes a line on stderr.
import { hasString, translate } from '../../shared/i18n/strings.js';
import { CompanyError } from '../services/company-service.js';
import { cliLang } from './lang.js';

export { cliLang };

/** A message code with its parameters, in the CLI's language (an unknown code as it is). */
export function say(key: string, params: Record<string, string | number> = {}): string {
  return hasString(key) ? translate(cliLang(), key, params) : key;
}

/** Column headings of a table, each `cli.col.<id>` in the CLI's language. */
export const columns = (...ids: string[]): string[] => ids.map((id) => say(`cli.col.${id}`));

/** Items joined as the CLI's language lists them (`a, b` or `a、b`); `none` when empty. */
export const listText = (items: readonly (string | number)[]): string => (items.length ? items.join(say('cli.list_sep')) : say('cli.none'));

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
