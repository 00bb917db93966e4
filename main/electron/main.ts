// The Electron app's entry: wires the shell modules together (security, app scheme, IPC,
// menus, dialogs, window state). All domain work happens in the plain-Node modules the CLI
// and tests use.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, shell } from 'electron';
import { APP_ROOT } from '../paths.js';
import { createRecentList } from '../api/recent.js';
import { createSession } from '../api/session.js';
import type { ApiContext } from '../api/handlers.js';
import { dialogChooser } from './dialogs.js';
import { registerIpc } from './ipc.js';
import { installMenu } from './menu.js';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol.js';
import { hardenContents, hardenSession, webPreferences } from './security.js';
import { loadWindowState, trackWindowState } from './window-state.js';

// better-sqlite3 built for Electron's ABI lives apart from the Node build the CLI uses
// (scripts/build-electron-sqlite.mjs); the store passes it as `nativeBinding`.
const electronBinding = join(APP_ROOT, 'native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
if (!process.env.ESG_SQLITE_NATIVE_BINDING && existsSync(electronBinding)) process.env.ESG_SQLITE_NATIVE_BINDING = electronBinding;

const here = fileURLToPath(new URL('.', import.meta.url));
let mainWindow: BrowserWindow | undefined;

registerAppScheme();
hardenContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  const session = createSession();
  const ctx: ApiContext = {
    session,
    paths: dialogChooser(() => mainWindow),
    recent: createRecentList(app.getPath('userData')),
    actor: (() => {
      try {
        return process.env.USER ?? process.env.USERNAME ?? 'user';
      } catch {
        return 'user';
      }
    })(),
    shell: 'electron',
    workspaceDir: null,
    // Only paths main itself wrote reach these (export-handlers looks them up by job).
    opener: {
      reveal: (path) => shell.showItemInFolder(path),
      open: async (path) => {
        const err = await shell.openPath(path);
        if (err) throw new Error(err);
      },
    },
    version: app.getVersion(),
  };

  // A workspace named on the command line (`npm start -- file.esg`) opens at start; the
  // path comes from the user, never from the renderer.
  const fromArgs = process.argv.slice(1).find((a) => a.endsWith('.esg') && existsSync(a));
  if (fromArgs) {
    try {
      session.open(fromArgs);
      ctx.recent.add(fromArgs);
    } catch (e) {
      console.error(`Cannot open ${fromArgs}: ${(e as Error).message}`);
    }
  }

  void app.whenReady().then(() => {
    hardenSession();
    serveRenderer(join(here, '..', 'renderer'));
    registerIpc(ctx);
    installMenu(() => mainWindow);
    const state = loadWindowState(app.getPath('userData'));
    mainWindow = new BrowserWindow({
      ...state.bounds,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'ESG Report Studio',
      webPreferences: webPreferences(join(here, '..', 'preload', 'index.cjs')),
    });
    if (state.maximized) mainWindow.maximize();
    trackWindowState(app.getPath('userData'), mainWindow);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
  });

  app.on('window-all-closed', () => {
    session.close();
    app.quit();
  });
  app.on('before-quit', () => session.close());
}
