import { listBackups } from '../../store/backup.js';
import { restoreWorkspace } from '../../services/restore-service.js';
import { printJson, renderTable } from '../output.js';
import { columns, say } from '../cli-lang.js';
import { requireWorkspacePath, type CommandContext } from '../context.js';

export function runBackups(ctx: CommandContext): number {
  const path = requireWorkspacePath(ctx);
  const list = listBackups(path);
  if (ctx.flags['json']) printJson(list);
  else if (list.length === 0) process.stdout.write(say('cli.backups.none', { path }) + '\n');
  else process.stdout.write(renderTable(columns('taken_at', 'before', 'bytes', 'file'), list.map((b) => [b.at, b.reason, b.bytes.toLocaleString('en'), b.file]), [2]) + '\n');
  return 0;
}

export function runRestore(ctx: CommandContext): number {
  const path = requireWorkspacePath(ctx);
  const from = typeof ctx.flags['from'] === 'string' ? ctx.flags['from'] : undefined;
  const r = restoreWorkspace(path, from);
  process.stdout.write([say('cli.restore.done', { path, at: r.restored.at, reason: r.restored.reason }), say('cli.restore.previous', { previous: r.previous })].join('\n') + '\n');
  return 0;
}
