import { writeDepartmentWorkbooks } from '../../services/sheets-service.js';
import { say } from '../cli-lang.js';
import { requireWorkspacePath, requireYear, UsageError, withWritableWorkspace, type CommandContext } from '../context.js';

export async function runSheets(ctx: CommandContext): Promise<number> {
  const year = requireYear(ctx);
  const out = ctx.flags['out'];
  if (typeof out !== 'string') throw new UsageError('cli.usage.flag_required', { flag: '--out <dir>' });
  return withWritableWorkspace(requireWorkspacePath(ctx), async (ws) => {
    const files = await writeDepartmentWorkbooks(ws, year, out, ctx.actor);
    for (const f of files) process.stdout.write(say('cli.sheets.file', { file: f.file, rows: f.rows.toLocaleString('en'), department: f.department }) + '\n');
    process.stdout.write(say('cli.sheets.done', { n: files.length, year }) + '\n');
    return 0;
  });
}
