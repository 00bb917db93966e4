// The API context the loopback host runs with: file names resolved in one directory.
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { ApiContext } from '../api/handlers.js';
import { directoryChooser } from '../api/paths.js';
import { createRecentList } from '../api/recent.js';
import { createSession } from '../api/session.js';
import { createPrefs, settingsDir } from '../api/prefs.js';
import { APP_ROOT } from '../paths.js';

export function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Settings (recent list, preferences) live in ESG_SETTINGS_DIR, else the XDG config folder. */
export { settingsDir };

export function createHostContext(workspaceDir: string, settings = settingsDir()): ApiContext {
  let actor = 'user';
  try {
    actor = userInfo().username || actor;
  } catch {
    // no passwd entry (containers): keep the generic name
  }
  return {
    session: createSession(),
    paths: directoryChooser(workspaceDir),
    recent: createRecentList(settings),
    prefs: createPrefs(settings),
    actor,
    shell: 'host',
    workspaceDir,
    version: appVersion(),
  };
}
