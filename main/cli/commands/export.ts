import { LANGS, type Lang } from '../../../shared/domain.js';
import { exportReportDocx } from '../../services/docx-export-service.js';
import { exportAnnex } from '../../services/export-service.js';
import { requireWorkspacePath, requireYear, UsageError, withWorkspaceAsync, type CommandContext } from '../context.js';

export async function runExport(ctx: CommandContext): Promise<number> {
  const year = requireYear(ctx);
  const path = requireWorkspacePath(ctx);
  const lang = (ctx.flags['lang'] ?? 'zh-Hant') as Lang;
  if (!LANGS.includes(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}`);
  const xlsx = ctx.flags['xlsx'];
  const docx = ctx.flags['docx'];
  if (typeof xlsx !== 'string' && typeof docx !== 'string') throw new UsageError('give --docx <file> and/or --xlsx <file>');
  return withWorkspaceAsync(path, async (ws) => {
    if (!ws.profile.years().includes(year)) {
      process.stderr.write(`${path} has no reporting year ${year} (it has ${ws.profile.years().join(', ') || 'none'}).\n`);
      return 1;
    }
    if (typeof docx === 'string') {
      try {
        const r = await exportReportDocx(ws, year, lang, docx, ctx.actor);
        process.stdout.write(`Wrote ${r.file} (${r.bytes.toLocaleString('en')} bytes, ${lang}) in ${r.ms} ms\n`);
      } catch (e) {
        // The file is written atomically: whatever was at the path before is still there.
        process.stderr.write(`DOCX export failed, ${docx} was not changed: ${e instanceof Error ? e.message : String(e)}\n`);
        return 1;
      }
    }
    if (typeof xlsx === 'string') {
      const r = await exportAnnex(ws, year, lang, xlsx, ctx.actor);
      process.stdout.write(`Wrote ${r.file} (${r.bytes.toLocaleString('en')} bytes, ${lang}) in ${r.ms} ms\n`);
    }
    return 0;
  });
}
