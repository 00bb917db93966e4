// `report publish|unpublish|roll-forward`: report editions from the command line. Messages
// follow ESG_LANG or the locale (zh-Hant or en), from the shared string tables.
import { translate, type StringKey } from '../../../shared/i18n/strings.js';
import type { Lang } from '../../../shared/domain.js';
import { publishEdition, rollForward, unpublishEdition } from '../../services/edition-service.js';
import { ReportEditError } from '../../services/report-errors.js';
import { UsageError, withWritableWorkspace, type CommandContext } from '../context.js';

function cliLang(): Lang {
  const l = process.env['ESG_LANG'] ?? process.env['LC_ALL'] ?? process.env['LANG'] ?? '';
  return /^zh/i.test(l) ? 'zh-Hant' : 'en';
}
const say = (key: StringKey, params: Record<string, string | number> = {}) => translate(cliLang(), key, params);

function yearFlag(ctx: CommandContext, name: string): number {
  const y = ctx.flags[name];
  if (typeof y !== 'string' || !/^\d{4}$/.test(y)) throw new UsageError(`--${name} <YYYY> is required`);
  return Number(y);
}

/** A refused edition operation, worded for the user; exit 1. */
function refused(e: ReportEditError): number {
  const p = e.params;
  if (e.code === 'published') process.stderr.write(say('error.edition_published', p) + '\n');
  else if (e.code === 'check_errors') process.stderr.write([say('error.check_errors', p), ...e.issues.map((i) => `  ${i.path}: ${i.message}`)].join('\n') + '\n');
  else process.stderr.write(e.message + '\n');
  return 1;
}

export async function runReport(ctx: CommandContext): Promise<number> {
  const [sub, path] = ctx.positionals;
  if (!sub || !['publish', 'unpublish', 'roll-forward'].includes(sub)) throw new UsageError('report publish | unpublish | roll-forward');
  if (!path) throw new UsageError('the workspace file is required');
  const reason = typeof ctx.flags['reason'] === 'string' ? ctx.flags['reason'].trim() : '';
  try {
    return await withWritableWorkspace(path, async (ws) => {
      if (sub === 'roll-forward') {
        const from = yearFlag(ctx, 'from');
        const to = yearFlag(ctx, 'to');
        const r = rollForward(ws, from, to, { carryFactors: ctx.flags['carry-factors'] === true, actor: ctx.actor });
        process.stdout.write(say('cli.rolled', { from, to, blocks: r.edition.carriedBlocks, factors: r.carriedFactors }) + '\n');
        return 0;
      }
      const year = yearFlag(ctx, 'year');
      if (sub === 'unpublish') {
        if (!reason) throw new UsageError(say('cli.needUnpublishReason'));
        unpublishEdition(ws, year, reason, ctx.actor);
        process.stdout.write(say('cli.unpublished', { year }) + '\n');
        return 0;
      }
      const force = ctx.flags['force'] === true;
      if (force && !reason) throw new UsageError(say('cli.needReason'));
      const r = await publishEdition(ws, year, { force, reason: reason || null, actor: ctx.actor });
      process.stdout.write((r.errorsOverridden ? say('cli.publishedForced', { year, count: r.errorsOverridden }) : say('cli.published', { year, files: r.edition.exports.length })) + '\n');
      return 0;
    });
  } catch (e) {
    if (e instanceof ReportEditError) return refused(e);
    throw e;
  }
}
