import { LANGS, type Lang } from '../../../shared/domain.js';
import { ExportError } from '../../export/export-error.js';
import { exportReportDocx } from '../../services/docx-export-service.js';
import { exportAnnex } from '../../services/export-service.js';
import { publishReport } from '../../services/pdf-export-service.js';
import { createPrefs, settingsDir } from '../../api/prefs.js';
import { requireWorkspacePath, requireYear, UsageError, withWorkspaceAsync, type CommandContext } from '../context.js';

const errorText = (e: unknown) => (e instanceof ExportError ? `${e.message} [${e.code}]` : e instanceof Error ? e.message : String(e));

export async function runExport(ctx: CommandContext): Promise<number> {
  const year = requireYear(ctx);
  const path = requireWorkspacePath(ctx);
  const lang = (ctx.flags['lang'] ?? 'zh-Hant') as Lang;
  if (!LANGS.includes(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}`);
  const xlsx = ctx.flags['xlsx'];
  const docx = ctx.flags['docx'];
  const pdf = ctx.flags['pdf'];
  if (typeof xlsx !== 'string' && typeof docx !== 'string' && typeof pdf !== 'string') throw new UsageError('give --docx <file>, --pdf <file> and/or --xlsx <file>');
  return withWorkspaceAsync(path, async (ws) => {
    if (!ws.profile.years().includes(year)) {
      process.stderr.write(`${path} has no reporting year ${year} (it has ${ws.profile.years().join(', ') || 'none'}).\n`);
      return 1;
    }
    if (typeof pdf === 'string') {
      // One layout pass gives the PDF and, with --docx, the DOCX with page numbers in its contents.
      try {
        const r = await publishReport(ws, year, lang, { pdf, docx: typeof docx === 'string' ? docx : undefined }, ctx.actor, {
          find: { soffice: createPrefs(settingsDir()).read().soffice },
          onStep: (step) => step === 'layout' && process.stderr.write('Laying out pages in LibreOffice…\n'),
        });
        for (const f of [r.pdf, r.docx]) if (f) process.stdout.write(`Wrote ${f.file} (${f.bytes.toLocaleString('en')} bytes, ${lang})\n`);
        process.stdout.write(`in ${r.ms} ms (LibreOffice ${r.layoutMs} ms)\n`);
      } catch (e) {
        process.stderr.write(`PDF export failed, ${[pdf, docx].filter((f) => typeof f === 'string').join(' and ')} not changed: ${errorText(e)}\n`);
        return 1;
      }
    } else if (typeof docx === 'string') {
      try {
        const r = await exportReportDocx(ws, year, lang, docx, ctx.actor);
        process.stdout.write(`Wrote ${r.file} (${r.bytes.toLocaleString('en')} bytes, ${lang}) in ${r.ms} ms\n`);
      } catch (e) {
        // The file is written atomically: whatever was at the path before is still there.
        process.stderr.write(`DOCX export failed, ${docx} was not changed: ${errorText(e)}\n`);
        return 1;
      }
    }
    if (typeof xlsx === 'string') {
      try {
        const r = await exportAnnex(ws, year, lang, xlsx, ctx.actor);
        process.stdout.write(`Wrote ${r.file} (${r.bytes.toLocaleString('en')} bytes, ${lang}) in ${r.ms} ms\n`);
      } catch (e) {
        process.stderr.write(`XLSX export failed, ${xlsx} was not changed: ${errorText(e)}\n`);
        return 1;
      }
    }
    return 0;
  });
}
