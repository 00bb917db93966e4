// `assurance-pack <workspace> --year <Y> --out <file.zip>`: the one zip an assurer asks for
// (main/services/assurance-service.ts); the same workspace content gives the same bytes.
import { say } from '../cli-lang.js';
import { requireWorkspacePath, requireYear, UsageError, withWorkspaceAsync, type CommandContext } from '../context.js';
import { writeAssurancePack } from '../../services/assurance-service.js';
import { reportingReviewErrors } from './review-common.js';

export async function runAssurancePack(ctx: CommandContext): Promise<number> {
  const year = requireYear(ctx);
  const out = ctx.flags['out'];
  if (typeof out !== 'string' || !/\.zip$/i.test(out)) throw new UsageError('cli.usage.flag_required', { flag: '--out <file.zip>' });
  return reportingReviewErrors(() =>
    withWorkspaceAsync(requireWorkspacePath(ctx), async (ws) => {
      const r = await writeAssurancePack(ws, year, out);
      process.stdout.write(say('cli.pack_written', { file: r.file, files: r.files, bytes: r.bytes }) + '\n');
      return 0;
    }),
  );
}
