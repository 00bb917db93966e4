// The reporting boundary: `site add <workspace> <code> --name-zh <t> --name-en <t> [--kind …]`,
// `site list <workspace> [--json]`, `site rename <workspace> <code> [--name-zh <t>] [--name-en <t>]
// [--kind …]` and `site retire <workspace> <code> --year <Y>` (its last year; `--year none`
// brings it back).
import { parseArgs } from 'node:util';
import type { Site } from '../../../shared/domain.js';
import { addSite, updateSite } from '../../services/company-service.js';
import { columns, reportingCompanyErrors, say } from '../cli-lang.js';
import { UsageError, withWorkspace, withWritableWorkspace, type CommandContext } from '../context.js';
import { printJson, renderTable } from '../output.js';

const siteJson = (s: Site) => ({ code: s.code, name_zh: s.nameZh, name_en: s.nameEn, kind: s.kind, retired_year: s.retiredYear });

export async function runSite(ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = ctx.args ?? [];
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { 'name-zh': { type: 'string' }, 'name-en': { type: 'string' }, kind: { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [path, code, ...extra] = positionals;
  if (!path || extra.length) throw new UsageError('site add|list|rename|retire <workspace> …');
  return reportingCompanyErrors(async () => {
    switch (sub) {
      case 'list':
        return withWorkspace(path, (ws) => {
          const sites = ws.profile.sites();
          if (values.json) printJson(sites.map(siteJson));
          else if (!sites.length) process.stdout.write(say('cli.no_sites') + '\n');
          else process.stdout.write(renderTable(columns('code', 'name_zh', 'name_en', 'kind', 'retired_after'), sites.map((s) => [s.code, s.nameZh, s.nameEn, s.kind, s.retiredYear === null ? '' : String(s.retiredYear)])) + '\n');
          return 0;
        });
      case 'add': {
        if (!code) throw new UsageError('site add <workspace> <code> --name-zh <text> --name-en <text> [--kind office|data_centre|warehouse|other]');
        return withWritableWorkspace(path, async (ws) => {
          const s = addSite(ws, { code, nameZh: values['name-zh'] ?? '', nameEn: values['name-en'] ?? '', ...(values.kind ? { kind: values.kind } : {}) }, ctx.actor);
          process.stdout.write(say('cli.site_added', { code: s.code, nameZh: s.nameZh, nameEn: s.nameEn, kind: s.kind, path }) + '\n');
          return 0;
        });
      }
      case 'rename':
      case 'retire': {
        if (!code) throw new UsageError(`site ${sub} <workspace> <code> …`);
        let patch: Record<string, unknown>;
        if (sub === 'retire') {
          const y = values.year;
          if (y !== 'none' && !/^\d{4}$/.test(y ?? '')) throw new UsageError('cli.usage.retire_year');
          patch = { retiredYear: y === 'none' ? null : Number(y) };
        } else {
          patch = { ...(values['name-zh'] !== undefined ? { nameZh: values['name-zh'] } : {}), ...(values['name-en'] !== undefined ? { nameEn: values['name-en'] } : {}), ...(values.kind ? { kind: values.kind } : {}) };
        }
        return withWritableWorkspace(path, async (ws) => {
          updateSite(ws, { code, ...patch }, ctx.actor);
          process.stdout.write(say('cli.site_updated', { code }) + '\n');
          return 0;
        });
      }
      default:
        throw new UsageError('site add|list|rename|retire <workspace> …');
    }
  });
}
