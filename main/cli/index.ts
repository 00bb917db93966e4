// `npm run cli -- <command>`: the documented command line. Each command lives in its own
// module; this file only parses arguments, dispatches, and turns errors into exit codes.
import { parseArgs } from 'node:util';
import { ImportError } from '../services/import-service.js';
import { WorkspaceError } from '../store/db.js';
import { runBackups, runRestore } from './commands/backups.js';
import { runCheck } from './commands/check.js';
import { runExport } from './commands/export.js';
import { runSheets } from './commands/sheets.js';
import { runImport } from './commands/import.js';
import { runInit } from './commands/init.js';
import { runKpis } from './commands/kpis.js';
import { runMetrics } from './commands/metrics.js';
import { runTargets } from './commands/targets.js';
import { runProfile } from './commands/profile.js';
import { runSite } from './commands/site.js';
import { runYear } from './commands/year.js';
import { actorName, UsageError, type CommandContext } from './context.js';

// ownArgs: the command parses its own flags from ctx.args (its options live in its module).
const COMMANDS: Record<string, { run: (ctx: CommandContext) => number | Promise<number>; usage: string; ownArgs?: true }> = {
  init: { run: runInit, usage: 'init <workspace> [--sample] [--name-zh <text>] [--name-en <text>] [profile flags]', ownArgs: true },
  metrics: { run: runMetrics, usage: 'metrics [--json]' },
  import: { run: runImport, usage: 'import <workspace> <file>... [--overwrite]' },
  kpis: { run: runKpis, usage: 'kpis <workspace> --year <Y> [--json]' },
  targets: { run: runTargets, usage: 'targets <workspace> --year <Y> [--json]' },
  check: { run: runCheck, usage: 'check <workspace> --year <Y> [--json]' },
  sheets: { run: runSheets, usage: 'sheets <workspace> --year <Y> --out <dir>' },
  backups: { run: runBackups, usage: 'backups <workspace> [--json]' },
  restore: { run: runRestore, usage: 'restore <workspace> [--from <backup file>]' },
  export: { run: runExport, usage: 'export <workspace> --year <Y> [--lang zh-Hant|en] [--docx <file>] [--xlsx <file>]' },
  year: { run: runYear, usage: 'year add <workspace> <Y>', ownArgs: true },
  profile: { run: runProfile, usage: 'profile <workspace> [--json] | profile set <workspace> [--name-zh <t>] [--name-en <t>] [--stock-codes 0700,80700] [--report-year Y] [--baseline-year Y] …', ownArgs: true },
  site: { run: runSite, usage: 'site add <workspace> <code> --name-zh <t> --name-en <t> [--kind office|data_centre|warehouse|other] | site list <workspace> [--json] | site rename|retire …', ownArgs: true },
};

function usage(): string {
  return ['Usage: npm run cli -- <command>', '', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(usage() + '\n');
    return command ? 0 : 2;
  }
  const cmd = COMMANDS[command];
  if (!cmd) {
    process.stderr.write(`Unknown command "${command}".\n${usage()}\n`);
    return 2;
  }
  try {
    if (cmd.ownArgs) return await cmd.run({ positionals: [], flags: {}, args: rest, actor: actorName() });
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
        xlsx: { type: 'string' },
        from: { type: 'string' },
      },
    });
    return await cmd.run({ positionals, flags: values, actor: actorName() });
  } catch (e) {
    if (e instanceof ImportError) {
      process.stderr.write(`Import refused, nothing was written (${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}):\n${e.message}\n`);
      return 1;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(e as Error).message}\nUsage: npm run cli -- ${cmd.usage}\n`);
      return 2;
    }
    if (e instanceof WorkspaceError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
