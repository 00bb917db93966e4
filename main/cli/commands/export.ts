import { LANGS, type Lang } from '../../../shared/domain.js';
import { ExportError } from '../../export/export-error.js';
import { exportReportDocx } from '../../services/docx-export-service.js';
import { exportAnnex } from '../../services/export-service.js';
import { publishReport } from '../../services/pdf-export-service.js';
import { createPrefs, settingsDir } from '../../api/prefs.js';
import { listText, say } from '../cli-lang.js';
import { requireWorkspacePath, requireYear, UsageError, withWorkspaceAsync, type CommandContext } from '../context.js';

const errorText = (e: unknown) => (e instanceof ExportError ? `${say(e.code, e.params)} [${e.code}]` : e instanceof Error ? e.message : String(e));
const wrote = (file: string, bytes: number, lang: Lang, ms?: number) =>
  say(ms === undefined ? 'cli.export.wrote' : 'cli.export.wrote_in', { file, bytes: bytes.toLocaleString('en'), lang, ms: ms ?? '' }) + '\n';

export async function runExport(ctx: CommandContext): Promise<number> {
  const year = requireYear(ctx);
  const path = requireWorkspacePath(ctx);
  const lang = (ctx.flags['lang'] ?? 'zh-Hant') as Lang;
  if (!LANGS.includes(lang)) throw new UsageError('cli.usage.export_lang', { langs: LANGS.join(', ') });
  const xlsx = ctx.flags['xlsx'];
  const docx = ctx.flags['docx'];
  const pdf = ctx.flags['pdf'];
  if (typeof xlsx !== 'string' && typeof docx !== 'string' && typeof pdf !== 'string') throw new UsageError('cli.usage.export_output');
  return withWorkspaceAsync(path, async (ws) => {
    if (!ws.profile.years().includes(year)) {
      process.stderr.write(say('cli.export.no_year', { path, year, years: listText(ws.profile.years()) }) + '\n');
      return 1;
    }
    if (typeof pdf === 'string') {
      // One layout pass gives the PDF and, with --docx, the DOCX with page numbers in its contents.
      try {
        const r = await publishReport(ws, year, lang, { pdf, docx: typeof docx === 'string' ? docx : undefined }, ctx.actor, {
          find: { soffice: createPrefs(settingsDir()).read().soffice },
          onStep: (step) => step === 'layout' && process.stderr.write(say('cli.export.layout') + '\n'),
        });
        for (const f of [r.pdf, r.docx]) if (f) process.stdout.write(wrote(f.file, f.bytes, lang));
        process.stdout.write(say('cli.export.timing', { ms: r.ms, layoutMs: r.layoutMs }) + '\n');
      } catch (e) {
        const files = typeof docx === 'string' ? say('cli.and', { a: pdf, b: docx }) : pdf;
        process.stderr.write(say('cli.export.pdf_failed', { files, error: errorText(e) }) + '\n');
        return 1;
      }
    } else if (typeof docx === 'string') {
      try {
        const r = await exportReportDocx(ws, year, lang, docx, ctx.actor);
        process.stdout.write(wrote(r.file, r.bytes, lang, r.ms));
      } catch (e) {
        // The file is written atomically: whatever was at the path before is still there.
        process.stderr.write(say('cli.export.docx_failed', { file: docx, error: errorText(e) }) + '\n');
        return 1;
      }
    }
    if (typeof xlsx === 'string') {
      try {
        const r = await exportAnnex(ws, year, lang, xlsx, ctx.actor);
        process.stdout.write(wrote(r.file, r.bytes, lang, r.ms));
      } catch (e) {
        process.stderr.write(say('cli.export.xlsx_failed', { file: xlsx, error: errorText(e) }) + '\n');
        return 1;
      }
    }
    return 0;
  });
}
