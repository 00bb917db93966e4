// Per-machine preferences, kept beside the recent list in the app's settings folder
// (ESG_SETTINGS_DIR or the XDG config folder for the host and the CLI, userData in
// Electron): for now the soffice program PDF export runs when LibreOffice is not found
// by itself. A missing or unreadable file is the defaults; writes are atomic.
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fsutil/atomic-write.js';

const prefsSchema = z.object({ soffice: z.string().min(1).max(4096).nullable().catch(null) }).partial();

export interface Preferences {
  /** The soffice program chosen by the user (an absolute path), or null: find it. */
  soffice: string | null;
}

export interface PrefsStore {
  readonly file: string;
  read(): Preferences;
  setSoffice(path: string | null): Preferences;
}

export const PREFS_FILE = 'preferences.json';

/** The host's and the CLI's settings folder: ESG_SETTINGS_DIR, else the XDG config folder. */
export function settingsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['ESG_SETTINGS_DIR'] ?? join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'esg-report-studio');
}

export function createPrefs(settingsDir: string): PrefsStore {
  const file = join(settingsDir, PREFS_FILE);
  const read = (): Preferences => {
    try {
      const r = prefsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return { soffice: r.success ? (r.data.soffice ?? null) : null };
    } catch {
      return { soffice: null };
    }
  };
  return {
    file,
    read,
    setSoffice(path) {
      // A relative path would depend on the folder the app was started from.
      if (path !== null && !isAbsolute(path)) throw new PrefsError('prefs.soffice_relative', { path });
      const next = { ...read(), soffice: path };
      mkdirSync(settingsDir, { recursive: true });
      writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
      return next;
    },
  };
}

export class PrefsError extends Error {
  constructor(
    readonly key: 'prefs.soffice_relative',
    readonly params: Record<string, string>,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}
