// Where LibreOffice is: a path the user set (preference), ESG_SOFFICE, `soffice` on PATH, or
// its usual install folders; and a Python that can import LibreOffice's uno module (its own
// on Windows and macOS, the system's python3 with python3-uno on Linux, or ESG_SOFFICE_PYTHON).
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import type { SofficeSource } from '../../../shared/api/contract-prefs.js';
import { ExportError } from '../export-error.js';

export interface LibreOffice {
  soffice: string;
  python: string;
}

export interface FindOptions {
  /** The path set in the app's preferences, if any. */
  soffice?: string | null;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

const WELL_KNOWN: Record<string, string[]> = {
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  linux: ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'],
};

function onPath(name: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | null {
  const names = platform === 'win32' ? [`${name}.exe`, `${name}.com`] : [name];
  for (const dir of (env['PATH'] ?? '').split(platform === 'win32' ? ';' : delimiter)) {
    if (!dir) continue;
    for (const n of names) if (existsSync(join(dir, n))) return join(dir, n);
  }
  return null;
}

function canImportUno(python: string): boolean {
  try {
    execFileSync(python, ['-c', 'import uno'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}


export type SofficeLocation =
  | { found: true; path: string; from: SofficeSource }
  /** `set`: the preference (or ESG_SOFFICE) names a program that does not exist. */
  | { found: false; set: string | null; from: 'preference' | 'env' | null };

/**
 * Which soffice PDF export runs: the user's choice first (preference, then ESG_SOFFICE), which
 * is never second-guessed (a chosen path that is gone is reported, not replaced), else
 * `soffice` on PATH, else LibreOffice's usual install folders.
 */
export function locateSoffice(opts: FindOptions = {}): SofficeLocation {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  const from = opts.soffice ? 'preference' : env['ESG_SOFFICE'] ? 'env' : null;
  const set = opts.soffice || env['ESG_SOFFICE'] || null;
  if (set && from) return existsSync(set) ? { found: true, path: set, from } : { found: false, set, from };
  const path = onPath('soffice', env, platform);
  if (path) return { found: true, path, from: 'path' };
  const known = (WELL_KNOWN[platform] ?? []).find((p) => existsSync(p));
  return known ? { found: true, path: known, from: 'well_known' } : { found: false, set: null, from: null };
}

/** The soffice program, or null. */
export function findSoffice(opts: FindOptions = {}): string | null {
  const l = locateSoffice(opts);
  return l.found ? l.path : null;
}

/** LibreOffice and a Python with uno, or ExportError('export.error.noSoffice' / 'noSofficeAt' naming the path set). */
export function findLibreOffice(opts: FindOptions = {}): LibreOffice {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  const where = locateSoffice(opts);
  // The path set is a parameter of its own message: the sentence around it, brackets and all, is
  // the language's (a service writes no punctuation into a message).
  if (!where.found) throw where.set ? new ExportError('export.error.noSofficeAt', { path: where.set }) : new ExportError('export.error.noSoffice', {});
  const soffice = where.path;
  const program = dirname(realpathSync(soffice));
  const candidates = [
    env['ESG_SOFFICE_PYTHON'],
    join(program, platform === 'win32' ? 'python.exe' : 'python'),
    join(program, '..', 'Resources', 'python'), // macOS: LibreOffice.app/Contents/Resources/python
    platform === 'win32' ? null : '/usr/bin/python3',
    onPath('python3', env, platform),
  ].filter((p): p is string => !!p && existsSync(p));
  const python = candidates.find(canImportUno);
  if (!python) throw new ExportError('export.error.noUno', { soffice });
  return { soffice, python };
}
