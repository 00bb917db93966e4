// `year add <workspace> <Y>`: a new reporting year (data entry, workbooks and the report's
// year list then offer it).
import { addYear } from '../../services/company-service.js';
import { reportingCompanyErrors, say } from '../cli-lang.js';
import { UsageError, withWritableWorkspace, type CommandContext } from '../context.js';

export async function runYear(ctx: CommandContext): Promise<number> {
  const [sub, path, y, ...extra] = ctx.args ?? [];
  if (sub !== 'add' || !path || !y || extra.length) throw new UsageError('year add <workspace> <YYYY>');
  if (!/^\d{4}$/.test(y)) throw new UsageError('cli.usage.year_format', { flag: 'year' });
  return reportingCompanyErrors(() =>
    withWritableWorkspace(path, async (ws) => {
      const years = addYear(ws, Number(y), ctx.actor);
      process.stdout.write(say('cli.year_added', { year: y, path, years: years.join(', ') }) + '\n');
      return 0;
    }),
  );
}
