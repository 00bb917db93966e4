// The native menus as data: a pure function from the UI language, the command list and the
// platform to a template, so the layout is tested without Electron (unique shortcuts, one
// item per command). Labels come from the bilingual UI strings. Every item that has a
// shortcut states it here, role items included, so no Electron default hides a clash.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/contract.js';
import type { Lang } from '../../shared/domain.js';
import { translate, type StringKey } from '../../shared/i18n/strings.js';

/** One item of the template, as Electron's Menu.buildFromTemplate takes it. */
export type MenuItem = MenuItemConstructorOptions;

type MenuName = 'file' | 'edit' | 'view' | 'language';

interface Place {
  menu: MenuName;
  label: StringKey;
  /** By platform where they differ: on macOS Cmd+W closes the window, so the workspace moves. */
  accelerator?: string | { mac: string; other: string };
}

/** Where each command sits; the type makes a new command without a place a compile error. */
const PLACES: Record<MenuCommand, Place> = {
  'new-empty': { menu: 'file', label: 'menu.newEmpty', accelerator: 'CmdOrCtrl+N' },
  'new-sample': { menu: 'file', label: 'menu.newSample', accelerator: 'CmdOrCtrl+Shift+N' },
  open: { menu: 'file', label: 'menu.open', accelerator: 'CmdOrCtrl+O' },
  close: { menu: 'file', label: 'menu.close', accelerator: { mac: 'Cmd+Shift+W', other: 'Ctrl+W' } },
  // Undo of saved edits (the grid's own text undo works inside an open editor).
  undo: { menu: 'edit', label: 'menu.undo', accelerator: 'CmdOrCtrl+Z' },
  'screen-data': { menu: 'view', label: 'menu.screenData', accelerator: 'CmdOrCtrl+1' },
  'screen-kpi': { menu: 'view', label: 'menu.screenKpi', accelerator: 'CmdOrCtrl+2' },
  'screen-factors': { menu: 'view', label: 'menu.screenFactors', accelerator: 'CmdOrCtrl+3' },
  'screen-outline': { menu: 'view', label: 'menu.screenOutline', accelerator: 'CmdOrCtrl+4' },
  'screen-targets': { menu: 'view', label: 'menu.screenTargets', accelerator: 'CmdOrCtrl+5' },
  'screen-import': { menu: 'view', label: 'menu.screenImport', accelerator: 'CmdOrCtrl+6' },
  'screen-export': { menu: 'view', label: 'menu.screenExport', accelerator: 'CmdOrCtrl+E' },
  'lang-zh': { menu: 'language', label: 'menu.langZh' },
  'lang-en': { menu: 'language', label: 'menu.langEn' },
};

const LANG_OF: Partial<Record<MenuCommand, Lang>> = { 'lang-zh': 'zh-Hant', 'lang-en': 'en' };

export interface MenuInput {
  lang: Lang;
  commands: readonly MenuCommand[];
  platform: NodeJS.Platform;
  appName: string;
  send: (command: MenuCommand) => void;
}

export function menuTemplate({ lang, commands, platform, appName, send }: MenuInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const t = (key: StringKey) => translate(lang, key, { app: appName });
  const wanted = new Set(commands);
  const items = (menu: MenuName): MenuItemConstructorOptions[] =>
    (Object.keys(PLACES) as MenuCommand[])
      .filter((command) => wanted.has(command) && PLACES[command].menu === menu)
      .map((command) => {
        const place = PLACES[command];
        const acc = place.accelerator;
        const itemLang = LANG_OF[command];
        return {
          id: command,
          label: t(place.label),
          ...(acc === undefined ? {} : { accelerator: typeof acc === 'string' ? acc : isMac ? acc.mac : acc.other }),
          ...(itemLang ? { type: 'radio' as const, checked: itemLang === lang } : {}),
          click: () => send(command),
        };
      });
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const role = (r: NonNullable<MenuItemConstructorOptions['role']>, label: StringKey, accelerator?: string): MenuItemConstructorOptions => ({
    role: r,
    label: t(label),
    ...(accelerator ? { accelerator } : {}),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            role('about', 'menu.about'),
            sep,
            role('services', 'menu.services'),
            sep,
            role('hide', 'menu.hide', 'Cmd+H'),
            role('hideOthers', 'menu.hideOthers', 'Cmd+Alt+H'),
            role('unhide', 'menu.unhide'),
            sep,
            role('quit', 'menu.quitApp', 'Cmd+Q'),
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    { label: t('menu.file'), submenu: [...items('file'), sep, isMac ? role('close', 'menu.closeWindow', 'Cmd+W') : role('quit', 'menu.quit', 'Ctrl+Q')] },
    {
      label: t('menu.edit'),
      submenu: [
        ...items('edit'),
        sep,
        role('cut', 'menu.cut', 'CmdOrCtrl+X'),
        role('copy', 'menu.copy', 'CmdOrCtrl+C'),
        role('paste', 'menu.paste', 'CmdOrCtrl+V'),
        role('selectAll', 'menu.selectAll', 'CmdOrCtrl+A'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...items('view'),
        sep,
        ...items('language'),
        sep,
        role('resetZoom', 'menu.resetZoom', 'CmdOrCtrl+0'),
        role('zoomIn', 'menu.zoomIn', 'CmdOrCtrl+Plus'),
        role('zoomOut', 'menu.zoomOut', 'CmdOrCtrl+-'),
        role('togglefullscreen', 'menu.fullScreen', isMac ? 'Ctrl+Cmd+F' : 'F11'),
      ],
    },
    {
      label: t('menu.window'),
      role: 'window',
      submenu: isMac
        ? [role('minimize', 'menu.minimize', 'Cmd+M'), role('zoom', 'menu.zoom'), sep, role('front', 'menu.front')]
        : [role('minimize', 'menu.minimize', 'Ctrl+M')],
    },
  ];
}
