import { importFiles } from '../../services/import-service.js';
import { UsageError, withWritableWorkspace, type CommandContext } from '../context.js';

export async function runImport(ctx: CommandContext): Promise<number> {
  const [path, ...files] = ctx.positionals;
  if (!path || files.length === 0) throw new UsageError('import <workspace> <file>... [--overwrite]');
  const s = await withWritableWorkspace(path, (ws) => importFiles(ws, files, { actor: ctx.actor, overwrite: ctx.flags['overwrite'] === true }));
  const noun = { data: 'values', targets: 'targets', workbook: 'values (workbook)' } as const;
  for (const f of s.files) process.stdout.write(`${f.file}: ${f.rows} ${noun[f.kind]}\n`);
  process.stdout.write(`Imported: ${s.inserted} new, ${s.updated} changed, ${s.unchanged} unchanged\n`);
  return 0;
}
