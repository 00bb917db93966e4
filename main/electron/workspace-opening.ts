// Workspaces the operating system hands the app: a path on the command line (first launch or
// a second launch, forwarded by the single-instance lock) or a macOS `open-file` event (a
// double-click in Finder, a drop on the Dock icon). Such paths come from the user, never from
// the renderer. Until the app is ready they wait; only the last one counts, since a window
// holds one workspace.
import { resolve } from 'node:path';
import { WORKSPACE_EXT } from '../api/paths.js';

/** The workspace named in argv (without the executable), resolved against `cwd`. */
export function workspaceFromArgv(args: readonly string[], cwd: string, exists: (path: string) => boolean): string | undefined {
  for (const a of args) {
    // Chromium and Electron add their own switches to a second instance's argv.
    if (a.startsWith('-') || !a.toLowerCase().endsWith(WORKSPACE_EXT)) continue;
    const path = resolve(cwd, a);
    if (exists(path)) return path;
  }
  return undefined;
}

export interface WorkspaceOpenerDeps {
  /** Opens the workspace in the session and records it as recent; throws when it cannot. */
  open(path: string): void;
  /** After a successful open: tell the window, bring it forward. */
  opened(path: string): void;
  /** The open failed: tell the user why. */
  failed(path: string, error: unknown): void;
}

export interface WorkspaceOpener {
  request(path: string): void;
  /** The app is ready: open what waited. */
  ready(): void;
}

export function createWorkspaceOpener(deps: WorkspaceOpenerDeps): WorkspaceOpener {
  let isReady = false;
  let waiting: string | undefined;
  const openNow = (path: string) => {
    try {
      deps.open(path);
    } catch (e) {
      deps.failed(path, e);
      return;
    }
    deps.opened(path);
  };
  return {
    request(path) {
      if (isReady) openNow(path);
      else waiting = path;
    },
    ready() {
      isReady = true;
      const path = waiting;
      waiting = undefined;
      if (path !== undefined) openNow(path);
    },
  };
}
