import { ImportError, importFiles } from '../../services/import-service.js';
import { UsageError, withWritableWorkspace, type CommandContext } from '../context.js';
import { renderImportRefusal } from '../import-problems.js';
import { cliLang } from '../lang.js';
import { say } from '../cli-lang.js';
import { dimsKey } from '../../../shared/dimensions.js';
import type { ValueInput } from '../../../shared/domain.js';
import { describeChanges, type FieldValues } from '../../../shared/io/describe-import-change.js';

const fieldValues = (v: ValueInput | null): FieldValues | null =>
  v && { value: v.value, naReason: v.naReason, unit: v.enteredUnit, note: v.note, source: v.source, estimated: v.estimated };

export async function runImport(ctx: CommandContext): Promise<number> {
  const [path, ...files] = ctx.positionals;
  if (!path || files.length === 0) throw new UsageError('import <workspace> <file>... [--overwrite]');
  let s;
  try {
    s = await withWritableWorkspace(path, (ws) => importFiles(ws, files, { actor: ctx.actor, overwrite: ctx.flags['overwrite'] === true }));
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    process.stderr.write(`${renderImportRefusal(e.problems, cliLang())}\n`);
    return 1;
  }
  const noun = { data: 'values', targets: 'targets', workbook: 'values (workbook)' } as const;
  for (const f of s.files) process.stdout.write(`${f.file}: ${f.rows} ${noun[f.kind]}\n`);
  const lang = cliLang();
  for (const c of s.changed) {
    const lines = describeChanges(lang, c.fields, fieldValues(c.old), fieldValues(c.new) as FieldValues, (n) => String(n));
    process.stdout.write(`~ ${c.metric} ${c.year}${Object.keys(c.dims).length ? ` [${dimsKey(c.dims)}]` : ''} (${c.where}): ${lines.join('; ')}\n`);
  }
  process.stdout.write(`Imported: ${s.inserted} new, ${s.updated} changed, ${s.unchanged} unchanged\n`);
  if (s.reopened > 0) process.stdout.write(say('cli.import_reopened', { n: s.reopened }) + '\n');
  return 0;
}
