// `profile <workspace> [--json]` shows the company profile; `profile set <workspace> …flags`
// changes the fields given (PROFILE_FLAGS), validated as in the UI.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { getProfile, setLogo, updateProfile } from '../../services/company-service.js';
import { columns, reportingCompanyErrors, say } from '../cli-lang.js';
import { UsageError, withWorkspace, withWritableWorkspace, type CommandContext } from '../context.js';
import { printJson, renderTable } from '../output.js';
import { LOGO_FLAG, PROFILE_OPTIONS, profilePatchFromFlags } from './profile-flags.js';

function readLogoFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new UsageError('cli.usage.logo_unreadable', { file });
  }
}
import type { Company } from '../../../shared/domain.js';

export function profileJson(c: Company) {
  return {
    name_zh: c.nameZh,
    name_en: c.nameEn,
    short_name_zh: c.shortNameZh,
    short_name_en: c.shortNameEn,
    stock_codes: c.stockCodes,
    fiscal_year_end: c.fiscalYearEnd,
    report_year: c.reportYear,
    baseline_year: c.baselineYear,
    issuer_category: c.issuerCategory,
    languages: c.languages,
    currency: c.currency,
    address_zh: c.addressZh,
    address_en: c.addressEn,
    phone: c.phone,
    email: c.email,
    website: c.website,
    consolidation: c.consolidation,
    prevailing_lang: c.prevailingLang,
    logo: c.logo ? `${c.logo.mime}, ${c.logo.bytes} bytes` : null,
    intensity_denominators: c.intensityDenominators,
    sasb_industry: c.sasbIndustry,
  };
}

export async function runProfile(ctx: CommandContext): Promise<number> {
  const args = ctx.args ?? [];
  const setting = args[0] === 'set';
  const { values, positionals } = parseArgs({
    args: setting ? args.slice(1) : args,
    allowPositionals: true,
    strict: true,
    options: setting ? PROFILE_OPTIONS : { json: { type: 'boolean' } },
  });
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError('cli.usage.workspace_only');
  return reportingCompanyErrors(async () => {
    if (!setting) {
      return withWorkspace(path, (ws) => {
        const j = profileJson(getProfile(ws));
        if (values['json']) printJson(j);
        else process.stdout.write(renderTable(columns('field', 'value'), Object.entries(j).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v ?? '—')])) + '\n');
        return 0;
      });
    }
    const patch = profilePatchFromFlags(values);
    const logo = values[LOGO_FLAG];
    if (Object.keys(patch).length === 0 && typeof logo !== 'string') throw new UsageError('cli.usage.profile_nothing');
    const logoBytes = typeof logo === 'string' && logo !== 'none' ? readLogoFile(logo) : null;
    return withWritableWorkspace(path, async (ws) => {
      if (Object.keys(patch).length > 0) updateProfile(ws, patch, ctx.actor);
      if (typeof logo === 'string') setLogo(ws, logoBytes, ctx.actor);
      process.stdout.write(say('cli.profile_saved', { path }) + '\n');
      return 0;
    });
  });
}
