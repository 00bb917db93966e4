// Installs the native menus (menu-template.ts) in the UI language; commands reach the
// renderer as typed events. Called again whenever the UI language changes.
import type { BrowserWindow, Menu as MenuApi } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/api/contract.js';
import { ipcEventChannel } from '../../shared/api/client.js';
import type { Lang } from '../../shared/domain.js';
import { menuTemplate } from './menu-template.js';

export interface MenuDeps {
  Menu: Pick<typeof MenuApi, 'buildFromTemplate' | 'setApplicationMenu'>;
  window: () => BrowserWindow | undefined;
  appName: string;
  /** A language item was chosen: main rebuilds the menus before the renderer answers. */
  onLang: (lang: Lang) => void;
}

export function installMenu(deps: MenuDeps, lang: Lang): void {
  const send = (command: MenuCommand) => {
    if (command === 'lang-zh') deps.onLang('zh-Hant');
    else if (command === 'lang-en') deps.onLang('en');
    deps.window()?.webContents.send(ipcEventChannel('menu'), { command });
  };
  const template = menuTemplate({ lang, commands: MENU_COMMANDS, platform: process.platform, appName: deps.appName, send });
  deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(template));
}
