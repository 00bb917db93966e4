import { parseArgs } from 'node:util';
import { createWorkspace } from '../../services/workspace-service.js';
import { listText, reportingCompanyErrors, say } from '../cli-lang.js';
import { UsageError, type CommandContext } from '../context.js';
import { PROFILE_OPTIONS, profilePatchFromFlags } from './profile-flags.js';

export async function runInit(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: ctx.args ?? [], allowPositionals: true, strict: true, options: { sample: { type: 'boolean' }, ...PROFILE_OPTIONS } });
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError('init <workspace> [--sample]');
  const sample = values['sample'] === true;
  const profile = profilePatchFromFlags(values);
  if (sample && Object.keys(profile).length) throw new UsageError('cli.usage.sample_profile');
  return reportingCompanyErrors(() => {
    const started = performance.now();
    const ws = createWorkspace(path, { sample, actor: ctx.actor, ...(Object.keys(profile).length ? { profile } : {}) });
    const years = ws.profile.years();
    const valueCount = ws.values.listAll().length;
    const metrics = ws.catalogue.metrics().length;
    ws.close();
    const ms = Math.round(performance.now() - started);
    process.stdout.write(say('cli.init.created', { path, metrics, values: valueCount.toLocaleString('en'), years: listText(years), sample: sample ? say('cli.init.sample') : '', ms }) + '\n');
    return 0;
  });
}
