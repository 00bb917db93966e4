// The Electron app's entry: wires the shell modules together (security, app scheme, IPC,
// menus, dialogs, window, lifecycle). All domain work happens in the plain-Node modules the
// CLI and tests use. test/integration/electron-main.test.ts runs this file with a mocked
// `electron` module.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session as electronSession, shell } from 'electron';
import { APP_ROOT } from '../paths.js';
import { createRecentList } from '../api/recent.js';
import { createSession } from '../api/session.js';
import type { ApiContext } from '../api/handlers.js';
import { ipcEventChannel } from '../../shared/api/client.js';
import type { Lang } from '../../shared/domain.js';
import { translate } from '../../shared/i18n/strings.js';
import { chooseSofficeDialog, dialogChooser } from './dialogs.js';
import { createPrefs } from '../api/prefs.js';
import { registerIpc } from './ipc.js';
import { wireLifecycle, showWindow } from './lifecycle.js';
import { installMenu } from './menu.js';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol.js';
import { hardenContents, hardenSession } from './security.js';
import { createMainWindow } from './window.js';
import { createWorkspaceOpener, workspaceFromArgv } from './workspace-opening.js';

// better-sqlite3 built for Electron's ABI lives apart from the Node build the CLI uses
// (scripts/build-electron-sqlite.mjs); the store passes it as `nativeBinding`.
const electronBinding = join(APP_ROOT, 'native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
if (!process.env.ESG_SQLITE_NATIVE_BINDING && existsSync(electronBinding)) process.env.ESG_SQLITE_NATIVE_BINDING = electronBinding;

const here = fileURLToPath(new URL('.', import.meta.url));
const APP_NAME = 'ESG Report Studio';
let mainWindow: BrowserWindow | undefined;
// The renderer tells main its language once it has loaded (app:set-language).
let lang: Lang = 'zh-Hant';

registerAppScheme(protocol);
hardenContents(app, shell);

if (!app.requestSingleInstanceLock()) {
  // Another instance runs: it received our argv in `second-instance` and opens the file.
  app.quit();
} else {
  const session = createSession();
  const appRecent = createRecentList(app.getPath('userData'));
  const menuDeps = { Menu, window: () => mainWindow, appName: APP_NAME, onLang: (l: Lang) => setLang(l) };
  const setLang = (l: Lang) => {
    if (l === lang) return;
    lang = l;
    if (app.isReady()) installMenu(menuDeps, lang);
  };
  const ctx: ApiContext = {
    session,
    paths: dialogChooser(() => mainWindow, () => lang),
    // Every workspace created or opened also goes to the system's list (Dock, Jump List).
    recent: {
      ...appRecent,
      add(path) {
        appRecent.add(path);
        app.addRecentDocument(path);
      },
    },
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
    onLanguage: setLang,
    prefs: createPrefs(app.getPath('userData')),
    chooseSoffice: () => chooseSofficeDialog(() => mainWindow, () => lang),
  };

  const createWindow = () => {
    mainWindow = createMainWindow({
      BrowserWindow,
      screen,
      stateDir: app.getPath('userData'),
      preload: join(here, '..', 'preload', 'index.cjs'),
      url: `${APP_ORIGIN}/index.html`,
      title: APP_NAME,
    });
    const created = mainWindow;
    created.on('closed', () => {
      if (mainWindow === created) mainWindow = undefined;
    });
  };
  const windowDeps = { app, currentWindow: () => mainWindow, createWindow };

  const opener = createWorkspaceOpener({
    open(path) {
      session.open(path);
      ctx.recent.add(path);
    },
    opened() {
      mainWindow?.webContents.send(ipcEventChannel('workspace-opened'), {});
      showWindow(windowDeps);
    },
    failed(path, error) {
      dialog.showErrorBox(translate(lang, 'shell.openFailed', { file: basename(path) }), (error as Error).message);
      showWindow(windowDeps);
    },
  });

  wireLifecycle({
    ...windowDeps,
    platform: process.platform,
    opener,
    workspaceFromArgv: (args, cwd) => workspaceFromArgv(args, cwd, existsSync),
    closeSession: () => session.close(),
  });

  // A workspace named on the command line (`npm start -- file.esg`, or the file a user
  // double-clicked on Windows and Linux) opens at start.
  const fromArgs = workspaceFromArgv(process.argv.slice(1), process.cwd(), existsSync);
  if (fromArgs) opener.request(fromArgs);

  void app.whenReady().then(() => {
    hardenSession(electronSession.defaultSession);
    serveRenderer(protocol, net, join(here, '..', 'renderer'));
    registerIpc(ipcMain, ctx);
    installMenu(menuDeps, lang);
    createWindow();
    // In the same tick as the window: its first app:info call is answered after this, so it
    // loads with the workspace open.
    opener.ready();
  });
}
