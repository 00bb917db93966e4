// `esg-studio <command>` (bin/esg-studio.mjs, also `npm run cli -- <command>`): the documented
// command line. Each command lives in its own module; this file only parses arguments,
// dispatches, and turns errors into exit codes.
import { parseArgs } from 'node:util';
import { WorkspaceError } from '../store/db.js';
import { cliLang, say } from './cli-lang.js';
import { actorName, UsageError, type CommandContext } from './context.js';
import { renderImportRefusal } from './import-problems.js';

type Run = (ctx: CommandContext) => number | Promise<number>;

/**
 * One entry per command. `load` imports the command's module only when that command runs,
 * so `kpis` never loads the DOCX, XLSX or chart libraries (each module is its own chunk of
 * the bundle, see scripts/cli-bundle.mjs). A new command: a module in commands/ exporting
 * its run function, and one line here.
 */
// ownArgs: the command parses its own flags from ctx.args (its options live in its module).
// note: a message code, printed after the usage line in the CLI's language.
const COMMANDS: Record<string, { load: () => Promise<Run>; usage: string; note?: string; ownArgs?: true }> = {
  init: { load: async () => (await import('./commands/init.js')).runInit, usage: 'init <workspace> [--sample] [--name-zh <text>] [--name-en <text>] [profile flags]', ownArgs: true },
  metrics: { load: async () => (await import('./commands/metrics.js')).runMetrics, usage: 'metrics [--json]' },
  import: { load: async () => (await import('./commands/import.js')).runImport, usage: 'import <workspace> <file>... [--overwrite] [--year <Y>]', note: 'cli.usage.note.import' },
  kpis: { load: async () => (await import('./commands/kpis.js')).runKpis, usage: 'kpis <workspace> --year <Y> [--json]' },
  targets: { load: async () => (await import('./commands/targets.js')).runTargets, usage: 'targets <workspace> --year <Y> [--json]' },
  check: { load: async () => (await import('./commands/check.js')).runCheck, usage: 'check <workspace> --year <Y> [--bases] [--json]' },
  sheets: { load: async () => (await import('./commands/sheets.js')).runSheets, usage: 'sheets <workspace> --year <Y> --out <dir>' },
  backups: { load: async () => (await import('./commands/backups.js')).runBackups, usage: 'backups <workspace> [--json]' },
  restore: { load: async () => (await import('./commands/backups.js')).runRestore, usage: 'restore <workspace> [--from <backup file>]' },
  report: {
    load: async () => (await import('./commands/report.js')).runReport,
    usage: 'report publish <workspace> --year <Y> [--force --reason <text>] | report unpublish <workspace> --year <Y> --reason <text> | report roll-forward <workspace> --from <Y> --to <Y2> [--carry-factors] | report framework <workspace> --year <Y> [--set guide|code --reason <text>] [--json] | report approve <workspace> --year <Y> --date <YYYY-MM-DD|none> | report request-approval <workspace> --year <Y> [--reviewers <name,…>] | report sign-off <workspace> --year <Y> (--approve | --reject --comment <text>) | report approvals <workspace> --year <Y> [--json]',
    note: 'cli.usage.note.report',
  },
  export: { load: async () => (await import('./commands/export.js')).runExport, usage: 'export <workspace> --year <Y> [--lang zh-Hant|en] [--docx <file>] [--pdf <file>] [--xlsx <file>]' },
  prefs: { load: async () => (await import('./commands/prefs.js')).runPrefs, usage: 'prefs [--soffice <path|none>] [--json]', ownArgs: true },
  year: { load: async () => (await import('./commands/year.js')).runYear, usage: 'year add <workspace> <Y>', ownArgs: true },
  profile: {
    load: async () => (await import('./commands/profile.js')).runProfile,
    usage: 'profile <workspace> [--json] | profile set <workspace> [--name-zh <t>] [--name-en <t>] [--stock-codes 0700,80700] [--report-year Y] [--baseline-year Y] [--issuer-category main_board|largecap|gem] …',
    ownArgs: true,
  },
  fuel: {
    load: async () => (await import('./commands/fuel.js')).runFuel,
    usage: 'fuel list <workspace> [--year <Y>] [--json] | fuel add <workspace> <code> --name-zh <t> --name-en <t> --unit <u> [--biogenic]',
    ownArgs: true,
  },
  people: {
    load: async () => (await import('./commands/people.js')).runPeople,
    usage: 'people add <workspace> --name <n> [--email <e>] [--role esg_lead|validator|reviewer|data_owner:<dept>]… | people list <workspace> [--json] | people set <workspace> <#id|name> …',
    ownArgs: true,
  },
  review: {
    load: async () => (await import('./commands/review.js')).runReview,
    usage: 'review submit|approve|return <workspace> --year <Y> (--metric <code> [--dims <k=v;…>] | --all) [--comment <text>]',
    note: 'cli.usage.note.review',
    ownArgs: true,
  },
  evidence: {
    load: async () => (await import('./commands/evidence.js')).runEvidence,
    usage: 'evidence add <workspace> --metric <code> --year <Y> [--dims <k=v;…>] <file> | evidence list <workspace> --year <Y> [--json] | evidence remove|replace …',
    ownArgs: true,
  },
  comment: {
    load: async () => (await import('./commands/comment.js')).runComment,
    usage: 'comment add <workspace> --year <Y> (--metric <code> [--dims <k=v;…>] | --section <id|number> | --block <id>) [--reply <#id>] <text> | comment list <workspace> --year <Y> [--open] [--json] | comment resolve|reopen <workspace> <#id>',
    ownArgs: true,
  },
  collection: { load: async () => (await import('./commands/collection.js')).runCollection, usage: 'collection <workspace> --year <Y> [--json]' },
  'assurance-pack': { load: async () => (await import('./commands/assurance.js')).runAssurancePack, usage: 'assurance-pack <workspace> --year <Y> --out <file.zip>' },
  site: {
    load: async () => (await import('./commands/site.js')).runSite,
    usage: 'site add <workspace> <code> --name-zh <t> --name-en <t> [--kind office|data_centre|warehouse|other] | site list <workspace> [--json] | site rename|retire …',
    ownArgs: true,
  },
};

/** A command's usage line, with its note in the CLI's language (`   (…)` or `   （…）`). */
const usageLine = (c: { usage: string; note?: string }) => c.usage + (c.note ? `   ${say('cli.usage.note', { note: say(c.note) })}` : '');

function usage(): string {
  return [say('cli.usage.head'), '', ...Object.values(COMMANDS).map((c) => `  ${usageLine(c)}`)].join('\n');
}

/** Node's parseArgs refusals (English, from node:util) as message codes with the option named. */
function parseArgsText(e: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return say('cli.usage.unknown_option', { option });
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return say('cli.usage.option_value', { option });
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return say('cli.usage.unexpected', { args: option });
  return e.message;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(usage() + '\n');
    return command ? 0 : 2;
  }
  const cmd = COMMANDS[command];
  if (!cmd) {
    process.stderr.write(`${say('cli.usage.unknown_command', { command })}\n${usage()}\n`);
    return 2;
  }
  try {
    if (cmd.ownArgs) return await (await cmd.load())({ positionals: [], flags: {}, args: rest, actor: actorName() });
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        sample: { type: 'boolean' },
        json: { type: 'boolean' },
        overwrite: { type: 'boolean' },
        year: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        docx: { type: 'string' },
        pdf: { type: 'string' },
        xlsx: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        force: { type: 'boolean' },
        reason: { type: 'string' },
        'carry-factors': { type: 'boolean' },
        set: { type: 'string' },
        bases: { type: 'boolean' },
        date: { type: 'string' },
        reviewers: { type: 'string' },
        approve: { type: 'boolean' },
        reject: { type: 'boolean' },
        comment: { type: 'string' },
      },
    });
    const run = await cmd.load();
    return await run({ positionals, flags: values, actor: actorName() });
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const text = e instanceof UsageError ? say(e.key, e.params) : parseArgsText(e as Error);
      process.stderr.write(`${text}\n${say('cli.usage.line', { usage: usageLine(cmd) })}\n`);
      return 2;
    }
    if (e instanceof WorkspaceError) {
      process.stderr.write(`${say(e.key, e.params)}\n`);
      return 1;
    }
    // Loaded here, not at the top: only the commands that import pay for the import service.
    const { ImportError } = await import('../services/import-service.js');
    if (e instanceof ImportError) {
      process.stderr.write(`${renderImportRefusal(e.problems, cliLang())}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
