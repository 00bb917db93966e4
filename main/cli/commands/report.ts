// `report publish|unpublish|roll-forward|framework`: report editions from the command line. Messages
// follow ESG_LANG or the locale (zh-Hant or en), from the shared string tables.
import type { FrameworkVersion, VersionChange } from '../../../shared/framework/versions.js';
import { editionView, publishEdition, rollForward, unpublishEdition } from '../../services/edition-service.js';
import { setEditionFramework } from '../../services/framework-service.js';
import { setApprovalDate } from '../../services/front-matter-service.js';
import type { Workspace } from '../../store/workspace.js';
import { printJson } from '../output.js';
import { renderMessage } from '../../../shared/i18n/messages.js';
import { ReportEditError } from '../../services/report-errors.js';
import { UsageError, withWorkspaceAsync, withWritableWorkspace, type CommandContext } from '../context.js';
import { actorFor } from '../../services/people-service.js';
import { ReviewError } from '../../services/review-error.js';
import { cliLang, say } from '../cli-lang.js';
import { publishedLine, runApprovals, runRequestApproval, runSignOff } from './report-signoff.js';

function yearFlag(ctx: CommandContext, name: string): number {
  const y = ctx.flags[name];
  if (typeof y !== 'string' || !/^\d{4}$/.test(y)) throw new UsageError('cli.usage.year_required', { flag: name });
  return Number(y);
}

/** A refused edition operation, worded for the user; exit 1. */
function refused(e: ReportEditError): number {
  const p = e.params;
  if (e.code === 'published') process.stderr.write(say('error.edition_published', p) + '\n');
  else if (e.code === 'check_errors') process.stderr.write([say('error.check_errors', p), ...e.issues.map((i) => `  ${i.path}: ${i.text ? renderMessage(cliLang(), i.text) : i.message}`)].join('\n') + '\n');
  else process.stderr.write(say(e.message, p) + '\n');
  return 1;
}

const versionName = (v: FrameworkVersion) => say(`code.version.${v}`);

/** What an edition takes on moving between versions, one line per change, in the CLI's language. */
function changeLines(changes: VersionChange[]): string[] {
  const first = changes[0];
  if (!first) return [];
  const lang = cliLang();
  return [say('cli.frameworkChanges', { fromVersion: versionName(first.from), toVersion: versionName(first.to) }), ...changes.map((c) => `  - ${lang === 'en' ? c.textEn : c.textZh}`)];
}

/** The Part D pillar sections a roll forward added under the climate chapter, one line. */
function pillarLines(added: { titleZh: string; titleEn: string }[]): string[] {
  if (!added.length) return [];
  const en = cliLang() === 'en';
  return [`  - ${say('cli.climatePillarsAdded', { sections: added.map((a) => (en ? a.titleEn : a.titleZh)).join(en ? ', ' : '、') })}`];
}

/** `report framework <ws> --year Y [--set guide|code --reason <text>] [--json]`. */
function runFramework(ws: Workspace, ctx: CommandContext, year: number, reason: string): number {
  const set = ctx.flags['set'];
  let changes: VersionChange[] = [];
  if (set !== undefined) {
    if (set !== 'guide' && set !== 'code') throw new UsageError('--set guide|code');
    if (!reason) throw new UsageError('cli.needFrameworkReason');
    changes = setEditionFramework(ws, year, set, reason, ctx.actor);
  }
  const v = editionView(ws, year);
  if (ctx.flags['json']) {
    printJson({ year, framework: v.framework, framework_of_year: v.frameworkOfYear, reason: v.frameworkReason, changes: (set !== undefined ? changes : v.frameworkChanges).map((c) => ({ code: c.code, from: c.from, to: c.to, text_zh: c.textZh, text_en: c.textEn })) });
    return 0;
  }
  const lines = set !== undefined ? [say('cli.frameworkSet', { year, version: versionName(v.framework) }), ...changeLines(changes)] : [say('cli.framework', { year, version: versionName(v.framework), yearVersion: versionName(v.frameworkOfYear) })];
  if (set === undefined && v.frameworkReason) lines.push(say('cli.frameworkReason', { reason: v.frameworkReason }));
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

const SUBCOMMANDS = ['publish', 'unpublish', 'roll-forward', 'framework', 'approve', 'request-approval', 'sign-off', 'approvals'];

export async function runReport(ctx: CommandContext): Promise<number> {
  const [sub, path] = ctx.positionals;
  if (!sub || !SUBCOMMANDS.includes(sub)) throw new UsageError(`report ${SUBCOMMANDS.join(' | ')}`);
  if (!path) throw new UsageError('cli.usage.workspace_required');
  const reason = typeof ctx.flags['reason'] === 'string' ? ctx.flags['reason'].trim() : '';
  try {
    // Listing the approvals only reads: it works while the app has the workspace open.
    if (sub === 'approvals') return await withWorkspaceAsync(path, async (ws) => runApprovals(ws, ctx, yearFlag(ctx, 'year')));
    return await withWritableWorkspace(path, async (ws) => {
      if (sub === 'roll-forward') {
        const from = yearFlag(ctx, 'from');
        const to = yearFlag(ctx, 'to');
        const r = rollForward(ws, from, to, { carryFactors: ctx.flags['carry-factors'] === true, actor: ctx.actor });
        process.stdout.write([say('cli.rolled', { from, to, blocks: r.edition.carriedBlocks, factors: r.carriedFactors }), ...changeLines(r.edition.frameworkChanges), ...pillarLines(r.climatePillars)].join('\n') + '\n');
        return 0;
      }
      const year = yearFlag(ctx, 'year');
      if (sub === 'framework') return runFramework(ws, ctx, year, reason);
      if (sub === 'request-approval') return runRequestApproval(ws, ctx, year);
      if (sub === 'sign-off') return runSignOff(ws, ctx, year);
      if (sub === 'approve') {
        const date = ctx.flags['date'];
        if (typeof date !== 'string') throw new UsageError('report approve <workspace> --year <Y> --date <YYYY-MM-DD|none>');
        const set = setApprovalDate(ws, year, date === 'none' ? null : date, ctx.actor);
        process.stdout.write((set ? say('cli.approval_saved', { year, date: set }) : say('cli.approval_cleared', { year })) + '\n');
        return 0;
      }
      if (sub === 'unpublish') {
        if (!reason) throw new UsageError('cli.needUnpublishReason');
        unpublishEdition(ws, year, reason, ctx.actor);
        process.stdout.write(say('cli.unpublished', { year }) + '\n');
        return 0;
      }
      const force = ctx.flags['force'] === true;
      if (force && !reason) throw new UsageError('cli.needReason');
      // The person ESG_ACTOR names (`#2` is recorded as that person's name).
      const r = await publishEdition(ws, year, { force, reason: reason || null, actor: actorFor(ws, ctx.actor) });
      const signed = publishedLine(r.edition.signoff, r.edition.publishedBy ?? '');
      process.stdout.write([r.errorsOverridden ? say('cli.publishedForced', { year, count: r.errorsOverridden }) : say('cli.published', { year, files: r.edition.exports.length }), ...(signed ? [signed] : [])].join('\n') + '\n');
      return 0;
    });
  } catch (e) {
    if (e instanceof ReportEditError) return refused(e);
    if (e instanceof ReviewError) {
      process.stderr.write(say(e.key, e.params) + '\n');
      return 1;
    }
    throw e;
  }
}
