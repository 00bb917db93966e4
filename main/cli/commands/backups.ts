import { listBackups } from '../../store/backup.js';
import { restoreWorkspace } from '../../services/restore-service.js';
import { printJson, renderTable } from '../output.js';
import { requireWorkspacePath, type CommandContext } from '../context.js';

export function runBackups(ctx: CommandContext): number {
  const path = requireWorkspacePath(ctx);
  const list = listBackups(path);
  if (ctx.flags['json']) printJson(list);
  else if (list.length === 0) process.stdout.write(`${path} has no backups yet (they are taken before every import and migration).\n`);
  else process.stdout.write(renderTable(['taken at', 'before', 'bytes', 'file'], list.map((b) => [b.at, b.reason, b.bytes.toLocaleString('en'), b.file]), [2]) + '\n');
  return 0;
}

export function runRestore(ctx: CommandContext): number {
  const path = requireWorkspacePath(ctx);
  const from = typeof ctx.flags['from'] === 'string' ? ctx.flags['from'] : undefined;
  const r = restoreWorkspace(path, from);
  process.stdout.write(`Restored ${path} from the backup taken ${r.restored.at} (${r.restored.reason}).\nThe state before the restore is kept in ${r.previous}.\n`);
  return 0;
}
