// The native menus as a pure template: every command once, no shortcut twice, labels in the
// UI language, on each platform. Role items (copy, zoom, quit…) state their shortcuts in the
// template, so a clash with Electron's defaults shows here too.
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/api/contract.js';
import type { Lang } from '../../shared/domain.js';
import { translate } from '../../shared/i18n/strings.js';
import { menuTemplate, type MenuItem } from '../../main/electron/menu-template.js';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
const LANGS: Lang[] = ['zh-Hant', 'en'];

function flatten(items: MenuItem[]): MenuItem[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

/** The key combination an accelerator means on a platform, spelled one way. */
function normalise(acc: string, platform: string): string {
  const parts = acc.split('+').map((p) => p.toLowerCase());
  const key = parts.pop() ?? '';
  const mods = parts.map((m) => {
    if (m === 'cmdorctrl' || m === 'commandorcontrol') return platform === 'darwin' ? 'cmd' : 'ctrl';
    if (m === 'command') return 'cmd';
    if (m === 'control') return 'ctrl';
    if (m === 'option') return 'alt';
    return m;
  });
  return [...new Set(mods)].sort().concat(key === '=' ? 'plus' : key).join('+');
}

// Roles to which Electron gives a shortcut of its own when the template names none.
const ROLES_WITH_DEFAULT_SHORTCUT = new Set(['close', 'copy', 'cut', 'forceReload', 'hide', 'hideOthers', 'minimize', 'paste', 'pasteAndMatchStyle', 'quit', 'redo', 'reload', 'resetZoom', 'selectAll', 'toggleDevTools', 'togglefullscreen', 'undo', 'zoomIn', 'zoomOut']);

describe('menu template', () => {
  for (const platform of PLATFORMS) {
    for (const lang of LANGS) {
      it(`${platform}, ${lang}: one item per command, each sending its command`, () => {
        const send = vi.fn();
        const items = flatten(menuTemplate({ lang, commands: MENU_COMMANDS, platform, appName: 'ESG Report Studio', send }));
        for (const command of MENU_COMMANDS) {
          const matching = items.filter((i) => i.id === command);
          expect(matching, command).toHaveLength(1);
          send.mockClear();
          (matching[0]?.click as (() => void) | undefined)?.();
          expect(send.mock.calls, command).toEqual([[command]]);
        }
        // No stray items with ids that are not commands.
        expect(items.filter((i) => i.id !== undefined).map((i) => i.id).sort()).toEqual([...MENU_COMMANDS].sort());
      });

      it(`${platform}, ${lang}: no shortcut is used twice, and no role keeps a hidden default`, () => {
        const items = flatten(menuTemplate({ lang, commands: MENU_COMMANDS, platform, appName: 'ESG Report Studio', send: () => undefined }));
        for (const i of items) if (i.role && ROLES_WITH_DEFAULT_SHORTCUT.has(i.role)) expect(i.accelerator, i.role).toBeTruthy();
        const used = items.filter((i) => i.accelerator).map((i) => ({ what: i.id ? `command ${i.id}` : i.role ? `role ${i.role}` : i.label, keys: normalise(String(i.accelerator), platform) }));
        expect(used.length).toBeGreaterThan(15);
        const seen = new Map<string, unknown>();
        for (const u of used) {
          expect(seen.get(u.keys), `${String(u.what)} and ${String(seen.get(u.keys))} both use ${u.keys}`).toBeUndefined();
          seen.set(u.keys, u.what);
        }
      });

      it(`${platform}, ${lang}: every label in the UI language, the current language checked`, () => {
        const items = flatten(menuTemplate({ lang, commands: MENU_COMMANDS, platform, appName: 'ESG Report Studio', send: () => undefined }));
        for (const i of items) if (i.type !== 'separator') expect(i.label, JSON.stringify(i.role ?? i.id)).toBeTruthy();
        const label = (id: MenuCommand) => items.find((i) => i.id === id)?.label;
        expect(label('open')).toBe(translate(lang, 'menu.open'));
        expect(label('screen-data')).toBe(translate(lang, 'menu.screenData'));
        expect(items.find((i) => i.role === 'copy')?.label).toBe(translate(lang, 'menu.copy'));
        expect(items.find((i) => i.id === 'lang-zh')).toMatchObject({ type: 'radio', checked: lang === 'zh-Hant' });
        expect(items.find((i) => i.id === 'lang-en')).toMatchObject({ type: 'radio', checked: lang === 'en' });
      });
    }
  }

  it('labels the top menus in Chinese for the Chinese UI and in English for the English one', () => {
    const tops = (lang: Lang) => menuTemplate({ lang, commands: MENU_COMMANDS, platform: 'win32', appName: 'X', send: () => undefined }).map((m) => m.label);
    expect(tops('zh-Hant')).toEqual(['檔案', '編輯', '檢視', '視窗']);
    expect(tops('en')).toEqual(['File', 'Edit', 'View', 'Window']);
  });

  it('has the app menu only on macOS, where Cmd+W closes the window and the workspace moves to Cmd+Shift+W', () => {
    const mac = menuTemplate({ lang: 'en', commands: MENU_COMMANDS, platform: 'darwin', appName: 'ESG Report Studio', send: () => undefined });
    expect(mac[0]?.label).toBe('ESG Report Studio');
    const macItems = flatten(mac);
    expect(macItems.find((i) => i.role === 'close')?.accelerator).toBe('Cmd+W');
    expect(macItems.find((i) => i.id === 'close')?.accelerator).toBe('Cmd+Shift+W');
    const win = flatten(menuTemplate({ lang: 'en', commands: MENU_COMMANDS, platform: 'win32', appName: 'ESG Report Studio', send: () => undefined }));
    expect(win.find((i) => i.id === 'close')?.accelerator).toBe('Ctrl+W');
    expect(win.some((i) => i.role === 'about' || i.role === 'close')).toBe(false);
  });

  it('lists only the commands it is given', () => {
    const items = flatten(menuTemplate({ lang: 'en', commands: ['open', 'undo'], platform: 'linux', appName: 'X', send: () => undefined }));
    expect(items.filter((i) => i.id).map((i) => i.id)).toEqual(['open', 'undo']);
  });
});
