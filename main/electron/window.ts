// The app's one window: placed where it was if that is still on a display, with the
// security settings of security.ts, loading the renderer from the app scheme.
import type { BrowserWindow as BrowserWindowClass, Screen } from 'electron';
import { webPreferences } from './security.js';
import { MIN_SIZE } from './window-bounds.js';
import { loadWindowPlacement, trackWindowState } from './window-state.js';

export interface WindowDeps {
  BrowserWindow: typeof BrowserWindowClass;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  /** Where the window state is remembered (app.getPath('userData')). */
  stateDir: string;
  preload: string;
  url: string;
  title: string;
}

export function createMainWindow(deps: WindowDeps): BrowserWindowClass {
  const placement = loadWindowPlacement(deps.stateDir, deps.screen);
  // Named BrowserWindow so Electronegativity still recognises (and checks) the constructor.
  const { BrowserWindow } = deps;
  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: deps.title,
    webPreferences: webPreferences(deps.preload),
  });
  if (placement.maximized) win.maximize();
  trackWindowState(deps.stateDir, win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(deps.url);
  return win;
}
