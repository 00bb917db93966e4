// The `profile set` (and `init`) flags: one row per profile field, so a new field is one row here and one field in shared/company.ts's profilePatchSchema.
import type { ParseArgsConfig } from 'node:util';
import type { ProfilePatch } from '../../../shared/company.js';
import { denominatorCode } from '../../../shared/denominators.js';
import { UsageError } from '../context.js';

type Field = keyof ProfilePatch;
interface FlagDef {
  flag: string;
  field: Field;
  /** From the flag's text to the patch value (the schema then validates it). */
  read: (text: string) => unknown;
  usage: string;
}

const year = (flag: string) => (text: string) => {
  if (!/^\d{4}$/.test(text)) throw new UsageError('cli.usage.year_format', { flag });
  return Number(text);
};
const list = (text: string) => text.split(',').map((x) => x.trim()).filter((x) => x !== '');

export const PROFILE_FLAGS: readonly FlagDef[] = [
  { flag: 'name-zh', field: 'nameZh', read: (t) => t, usage: '--name-zh <text>' },
  { flag: 'name-en', field: 'nameEn', read: (t) => t, usage: '--name-en <text>' },
  { flag: 'short-name-zh', field: 'shortNameZh', read: (t) => t, usage: '--short-name-zh <text>' },
  { flag: 'short-name-en', field: 'shortNameEn', read: (t) => t, usage: '--short-name-en <text>' },
  { flag: 'stock-codes', field: 'stockCodes', read: list, usage: '--stock-codes 0700,80700' },
  { flag: 'fiscal-year-end', field: 'fiscalYearEnd', read: (t) => t, usage: '--fiscal-year-end MM-DD' },
  { flag: 'report-year', field: 'reportYear', read: year('report-year'), usage: '--report-year <Y>' },
  { flag: 'baseline-year', field: 'baselineYear', read: (t) => (t === 'none' ? null : year('baseline-year')(t)), usage: '--baseline-year <Y|none>' },
  { flag: 'issuer-category', field: 'issuerCategory', read: (t) => t, usage: '--issuer-category main_board|largecap|gem' },
  { flag: 'languages', field: 'languages', read: list, usage: '--languages zh-Hant,en' },
  { flag: 'address-zh', field: 'addressZh', read: (t) => t, usage: '--address-zh <text>' },
  { flag: 'address-en', field: 'addressEn', read: (t) => t, usage: '--address-en <text>' },
  { flag: 'phone', field: 'phone', read: (t) => t, usage: '--phone <text>' },
  { flag: 'email', field: 'email', read: (t) => t, usage: '--email <address>' },
  { flag: 'website', field: 'website', read: (t) => t, usage: '--website <text>' },
  { flag: 'consolidation', field: 'consolidation', read: (t) => t, usage: '--consolidation operational_control|financial_control|equity_share' },
  { flag: 'prevailing-lang', field: 'prevailingLang', read: (t) => t, usage: '--prevailing-lang zh-Hant|en' },
  // `revenue` stands for denominator.revenue; `none` keeps per person only.
  { flag: 'intensity-per', field: 'intensityDenominators', read: (t) => (t === 'none' ? [] : list(t).map(denominatorCode)), usage: '--intensity-per revenue,production|none' },
  { flag: 'sasb-industry', field: 'sasbIndustry', read: (t) => (t === 'none' ? null : t.toUpperCase()), usage: '--sasb-industry <code e.g. RT-EE|none>' },
];

/** `--logo <file.png|file.jpg|none>`: not a patch field, the file's bytes are stored (see setLogo). */
export const LOGO_FLAG = 'logo';

export const PROFILE_OPTIONS: NonNullable<ParseArgsConfig['options']> = { ...Object.fromEntries(PROFILE_FLAGS.map((f) => [f.flag, { type: 'string' as const }])), [LOGO_FLAG]: { type: 'string' } };

export const PROFILE_USAGE = [...PROFILE_FLAGS.map((f) => `[${f.usage}]`), '[--logo <file.png|none>]'].join(' ');

/** The patch the given flags describe; empty when none was given. */
export function profilePatchFromFlags(values: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const f of PROFILE_FLAGS) {
    const v = values[f.flag];
    if (typeof v === 'string') patch[f.field] = f.read(v);
  }
  return patch;
}
