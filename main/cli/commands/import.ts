import { importFiles } from '../../services/import-service.js';
import { UsageError, withWorkspace, type CommandContext } from '../context.js';

export function runImport(ctx: CommandContext): number {
  const [path, ...files] = ctx.positionals;
  if (!path || files.length === 0) throw new UsageError('import <workspace> <file>... [--overwrite]');
  const s = withWorkspace(path, (ws) => importFiles(ws, files, { actor: ctx.actor, overwrite: ctx.flags['overwrite'] === true }));
  for (const f of s.files) process.stdout.write(`${f.file}: ${f.rows} ${f.kind === 'targets' ? 'targets' : 'values'}\n`);
  process.stdout.write(`Imported: ${s.inserted} new, ${s.updated} changed, ${s.unchanged} unchanged\n`);
  return 0;
}
