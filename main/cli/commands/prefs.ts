// `esg-studio prefs [--soffice <path|none>] [--json]`: this machine's preferences, in the
// settings folder the app and the loopback host read (ESG_SETTINGS_DIR, else the XDG config
// folder). Shows which soffice PDF export runs; --soffice sets it (an absolute path to an
// existing program) or clears it (none).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sofficeText } from '../../../shared/i18n/soffice-text.js';
import { createPrefs, settingsDir } from '../../api/prefs.js';
import { locateSoffice } from '../../export/pdf/find-soffice.js';
import { cliLang, say } from '../cli-lang.js';
import { printJson } from '../output.js';
import { UsageError, type CommandContext } from '../context.js';

export function runPrefs(ctx: CommandContext): number {
  const { values, positionals } = parseArgs({ args: ctx.args ?? [], strict: true, allowPositionals: true, options: { soffice: { type: 'string' }, json: { type: 'boolean' } } });
  if (positionals.length) throw new UsageError('cli.usage.unexpected', { args: positionals.join(' ') });
  const prefs = createPrefs(settingsDir());
  if (typeof values.soffice === 'string') {
    const path = values.soffice === 'none' ? null : resolve(values.soffice);
    if (path !== null && !existsSync(path)) {
      process.stderr.write(say('export.sofficeMissingSet', { path }) + '\n');
      return 1;
    }
    prefs.setSoffice(path);
    process.stdout.write(say('cli.prefs_saved', { file: prefs.file }) + '\n');
  }
  const status = locateSoffice({ soffice: prefs.read().soffice });
  if (values.json) printJson({ file: prefs.file, ...prefs.read(), located: status });
  else process.stdout.write(say('cli.prefs_soffice', { status: sofficeText(cliLang(), status) }) + '\n');
  return 0;
}
