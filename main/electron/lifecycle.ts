// The app's life on each platform: one instance (a second launch hands its file to the first
// and brings its window forward), files opened from Finder or Explorer, and on macOS the app
// staying alive without windows until the Dock icon re-creates one.
import type { App, BrowserWindow } from 'electron';
import type { WorkspaceOpener } from './workspace-opening.js';

export interface LifecycleDeps {
  app: Pick<App, 'on' | 'quit' | 'isReady'>;
  platform: NodeJS.Platform;
  currentWindow(): BrowserWindow | undefined;
  createWindow(): void;
  opener: WorkspaceOpener;
  /** The workspace named in a second instance's arguments (without the executable). */
  workspaceFromArgv(args: readonly string[], cwd: string): string | undefined;
  /** Closes the open workspace, releasing its write lock. */
  closeSession(): void;
}

/** Brings the window forward, or opens one (macOS, after the last was closed). */
export function showWindow(d: Pick<LifecycleDeps, 'app' | 'currentWindow' | 'createWindow'>): void {
  if (!d.app.isReady()) return; // the window opens at ready anyway
  const w = d.currentWindow();
  if (!w || w.isDestroyed()) {
    d.createWindow();
    return;
  }
  if (w.isMinimized()) w.restore();
  if (w.isVisible()) w.focus();
  // Hidden and still loading: its ready-to-show shows it; hidden otherwise: show it now.
  else if (!w.webContents.isLoading()) w.show();
}

export function wireLifecycle(d: LifecycleDeps): void {
  const { app } = d;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = d.workspaceFromArgv(argv.slice(1), workingDirectory);
    if (path) d.opener.request(path); // shows the window once opened (or failed)
    else showWindow(d);
  });
  // macOS: a double-click on a .esg file, or one dropped on the Dock icon; it can arrive
  // before `ready` (the file that launched the app), and the opener keeps it until then.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    d.opener.request(path);
  });
  app.on('activate', () => {
    if (app.isReady() && !d.currentWindow()) d.createWindow();
  });
  app.on('window-all-closed', () => {
    // The workspace's lock is released with its window; on macOS the app stays in the Dock.
    d.closeSession();
    if (d.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => d.closeSession());
}
