import { writeDepartmentWorkbooks } from '../../services/sheets-service.js';
import { requireWorkspacePath, requireYear, UsageError, withWritableWorkspace, type CommandContext } from '../context.js';

export async function runSheets(ctx: CommandContext): Promise<number> {
  const year = requireYear(ctx);
  const out = ctx.flags['out'];
  if (typeof out !== 'string') throw new UsageError('--out <dir> is required');
  return withWritableWorkspace(requireWorkspacePath(ctx), async (ws) => {
    const files = await writeDepartmentWorkbooks(ws, year, out, ctx.actor);
    for (const f of files) process.stdout.write(`${f.file}: ${f.rows} rows (${f.department})\n`);
    process.stdout.write(`Wrote ${files.length} department workbooks for ${year}\n`);
    return 0;
  });
}
