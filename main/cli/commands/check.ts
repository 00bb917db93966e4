// `check <ws> --year Y [--json]`: every finding of the year (exit 1 on any error); findings of
// completeness by basis carry the HKEX Part and the item's basis. `check <ws> --year Y --bases
// [--json]` lists every Part B, C and D item with its basis for the company that year, its
// interim relief and what the report says of it (for editions that follow the Code).
import { basisFindings, loadYearBasis, type YearBasis } from '../../services/basis-service.js';
import { checkYear } from '../../services/check-service.js';
import type { Finding } from '../../../shared/checks.js';
import { findingCode, findingText } from '../../../shared/checks/finding.js';
import { renderMessage } from '../../../shared/i18n/messages.js';
import { cliLang } from '../lang.js';
import { say } from '../cli-lang.js';
import { printJson, renderTable } from '../output.js';
import { requireWorkspacePath, requireYear, withWorkspace, type CommandContext } from '../context.js';

function basesJson(yb: YearBasis | null, year: number) {
  return {
    year,
    framework: yb?.framework ?? 'guide',
    issuer_category: yb?.category ?? null,
    items: (yb?.items ?? []).map((i) => ({ item: i.code, part: i.part, basis: i.basis, relief: i.relief?.code ?? null, relief_ends_fy: i.relief?.ends_fy ?? null, relief_verified: i.relief?.verified ?? null, state: i.state })),
  };
}

export function runCheck(ctx: CommandContext): number {
  const year = requireYear(ctx);
  return withWorkspace(requireWorkspacePath(ctx), (ws) => {
    if (ctx.flags['bases']) {
      const yb = loadYearBasis(ws, year);
      const j = basesJson(yb, year);
      if (ctx.flags['json']) printJson(j);
      else if (!yb) process.stdout.write(say('cli.basesGuide', { year }) + '\n');
      else {
        const rows = j.items.map((i) => [i.part, i.item, say(`code.basis.${i.basis}`), i.relief_ends_fy === null ? '' : say('code.relief.until', { endsFy: i.relief_ends_fy }), say(`cli.bases.state.${i.state}`)]);
        process.stdout.write(say('cli.basesHead', { year, category: say(`code.category.${yb.category}`) }) + '\n' + renderTable(['part', 'item', 'basis', 'relief', 'state'].map((h) => say(`cli.bases.${h}`)), rows) + '\n');
      }
      return yb && basisFindings(yb).some((f) => f.severity === 'error') ? 1 : 0;
    }
    const findings = checkYear(ws, year);
    const lang = cliLang();
    if (ctx.flags['json']) {
      // Each finding as before, worded in the CLI's language, with its code and parameters.
      const json = (f: Finding) => ({ severity: f.severity, rule: f.rule, metric: f.metric, year: f.year, part: f.part ?? null, ...(f.basis ? { basis: f.basis } : {}), message: findingText(lang, f), ...findingCode(f) });
      printJson(findings.map(json));
    } else if (findings.length === 0) process.stdout.write(renderMessage(lang, { code: 'check.none', params: { year } }) + '\n');
    else process.stdout.write(renderTable(['severity', 'rule', 'part', 'metric', 'message'].map((h) => say(h === 'part' ? 'cli.bases.part' : `checks.${h}`)), findings.map((f) => [say(`checks.sev.${f.severity}`), f.rule, f.part ?? '', f.metric, findingText(lang, f)])) + '\n');
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  });
}
