import { createWorkspace } from '../../services/workspace-service.js';
import { UsageError, type CommandContext } from '../context.js';

export function runInit(ctx: CommandContext): number {
  const path = ctx.positionals[0];
  if (!path) throw new UsageError('init <workspace> [--sample]');
  const started = performance.now();
  const ws = createWorkspace(path, { sample: ctx.flags['sample'] === true, actor: ctx.actor });
  const years = ws.profile.years();
  const values = ws.values.listAll().length;
  const metrics = ws.catalogue.metrics().length;
  ws.close();
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `Created ${path}: ${metrics} metrics, ${values} values, years ${years.join(', ') || 'none'}${ctx.flags['sample'] ? ' (sample company)' : ''} in ${ms} ms\n`,
  );
  return 0;
}
