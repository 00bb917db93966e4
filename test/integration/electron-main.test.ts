// The Electron main process run as behaviour, with a mocked `electron` module (no Electron
// binary here): main/electron/main.ts is imported afresh per test against fakes that record
// what it did, and the test drives it the way Electron would (ready, web contents created,
// IPC calls from a frame, a second launch, a file opened from Finder).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession } from '../../main/api/session.js';
import { createFakeElectron, type FakeElectron } from '../electron-fakes.js';
import { tempDir } from '../helpers.js';
import { translate } from '../../shared/i18n/strings.js';

const holder = vi.hoisted(() => ({ current: undefined as unknown as Record<string, unknown> }));
vi.mock('electron', () => {
  const live = (name: string) => ({ get: () => holder.current[name], enumerable: true });
  return Object.defineProperties({}, Object.fromEntries(['app', 'BrowserWindow', 'protocol', 'net', 'session', 'ipcMain', 'Menu', 'dialog', 'shell', 'screen'].map((n) => [n, live(n)])));
});

const APP_FRAME = { url: 'app://esg/index.html', parent: null };
let fake: FakeElectron;
let userData: string;
const realPlatform = process.platform;

async function startShell(opts: { singleInstance?: boolean; displays?: { x: number; y: number; width: number; height: number }[] } = {}): Promise<void> {
  fake = createFakeElectron({ userData, ...opts });
  holder.current = fake.electron as unknown as Record<string, unknown>;
  vi.resetModules();
  await import('../../main/electron/main.js');
}

const windows = () => fake.electron.BrowserWindow.instances;
const firstWindow = () => {
  const w = windows()[0];
  if (!w) throw new Error('no window was created');
  return w;
};

/** An IPC call as Electron delivers it: the sending frame, and the window's WebContents (its id names the window's undo history). */
async function ipc(method: string, input: unknown, senderFrame: unknown = APP_FRAME, senderId = 1): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const handler = fake.calls.ipcHandlers.get(`esg:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return (await handler({ senderFrame, sender: { id: senderId } }, input)) as never;
}

function makeWorkspace(dir: string, name: string): string {
  const path = join(dir, name);
  const s = createSession();
  s.create(path, false, 'test');
  s.close();
  return path;
}

function menuLabels(template: unknown[]): string[] {
  return (template as { label?: string }[]).map((m) => m.label ?? '');
}

beforeEach(() => {
  userData = tempDir();
});

afterEach(async () => {
  // Release whatever workspace the shell holds, as quitting would.
  fake?.electron.app.emit('before-quit');
  Object.defineProperty(process, 'platform', { value: realPlatform });
  await Promise.resolve();
});

describe('the window', () => {
  it('opens sandboxed and isolated, without Node, with the preload script, on the app scheme', async () => {
    await startShell();
    expect(windows()).toHaveLength(0); // nothing before ready
    await fake.becomeReady();
    expect(windows()).toHaveLength(1);
    const { webPreferences: wp, show } = firstWindow().options;
    expect(wp).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
    expect(wp.preload).toBe(join(process.cwd(), 'main', 'preload', 'index.cjs')); // out/preload once bundled
    expect(show).toBe(false); // shown on ready-to-show, no white flash
    expect(firstWindow().loadedUrl).toBe('app://esg/index.html');
    firstWindow().emit('ready-to-show');
    expect(firstWindow().visible).toBe(true);
  });

  it('refuses navigation away from the app and every new window', async () => {
    await startShell();
    await fake.becomeReady();
    const wc = firstWindow().webContents;
    const navigate = (event: string, url: string) => {
      const e = { preventDefault: vi.fn() };
      wc.emit(event, e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://other/index.html')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(navigate('will-navigate', 'app://esg/index.html#/data')).toBe(false);
    expect(navigate('will-attach-webview', 'app://esg/index.html')).toBe(true);

    const open = wc.windowOpenHandler;
    expect(open).toBeDefined();
    expect(open?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open?.({ url: 'app://esg/index.html' })).toEqual({ action: 'deny' });
    expect(fake.calls.openedExternal).toEqual([]);
    // An allow-listed standard's site goes to the system browser, still not to a new window.
    expect(open?.({ url: 'https://www.hkex.com.hk/' })).toEqual({ action: 'deny' });
    expect(fake.calls.openedExternal).toEqual(['https://www.hkex.com.hk/']);
  });

  it('denies every permission request and check, and sets the CSP on every response', async () => {
    await startShell();
    await fake.becomeReady();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      fake.calls.permissionRequest?.({}, permission, answer);
      expect(answer, permission).toHaveBeenCalledWith(false);
    }
    expect(fake.calls.permissionCheck?.({}, 'media', 'app://esg', {})).toBe(false);
    expect(fake.calls.devicePermission?.({ deviceType: 'usb' })).toBe(false);
    const headers = vi.fn();
    fake.calls.headersReceived?.({ responseHeaders: { 'content-type': ['text/html'] } }, headers);
    expect(headers.mock.calls[0]?.[0]).toMatchObject({ responseHeaders: { 'Content-Security-Policy': [expect.stringContaining("script-src 'self'")] } });
  });
});

describe('IPC', () => {
  it('answers the app frame and refuses a foreign frame, a subframe and a vanished frame', async () => {
    await startShell();
    await fake.becomeReady();
    expect(await ipc('app:info', {})).toMatchObject({ ok: true, value: { shell: 'electron', workspace: null } });
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: 'file:///tmp/x.html', parent: null }, { url: 'app://esg/index.html', parent: APP_FRAME }, null]) {
      expect(await ipc('app:info', {}, frame), JSON.stringify(frame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // Refused before any handler runs: a foreign frame cannot even close the workspace.
    expect(await ipc('workspace:close', {}, { url: 'https://evil.example/', parent: null })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keeps one undo history per window: undo in one window never undoes another window\'s edit', async () => {
    const dir = tempDir();
    makeWorkspace(dir, 'acme.esg');
    await startShell();
    await fake.becomeReady();
    fake.electron.app.emit('second-instance', {}, ['/opt/esg/esg-studio', 'acme.esg'], dir);
    const year = ((await ipc('workspace:summary', {})).value as { years: number[] }).years[0] as number;
    const edit = await ipc('data:set-value', { metric: 'energy.electricity', year, dims: {}, patch: { value: '123' } }, APP_FRAME, 1);
    expect(edit).toMatchObject({ ok: true });
    expect(await ipc('data:undo', {}, APP_FRAME, 2)).toMatchObject({ ok: true, value: { undone: null } });
    expect(await ipc('data:undo', {}, APP_FRAME, 1)).toMatchObject({ ok: true, value: { undone: { metric: 'energy.electricity', year } } });
  });

  it('chooses the soffice of PDF export with a native dialog and keeps it in userData/preferences.json', async () => {
    await startShell();
    await fake.becomeReady();
    const lo = join(tempDir(), 'soffice');
    writeFileSync(lo, '');
    const asked: unknown[] = [];
    (fake.electron.dialog as { showOpenDialog: (...a: unknown[]) => Promise<unknown> }).showOpenDialog = (...a: unknown[]) => {
      asked.push(a.at(-1));
      return Promise.resolve(asked.length === 1 ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [lo] });
    };
    // closing the dialog changes nothing
    expect(await ipc('prefs:choose-soffice', {})).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await ipc('prefs:choose-soffice', {})).toMatchObject({ ok: true, value: { found: true, path: lo, from: 'preference', canChoose: true } });
    expect(asked[1]).toMatchObject({ title: translate('zh-Hant', 'dialog.sofficeTitle'), properties: ['openFile'] });
    expect(JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8'))).toEqual({ soffice: lo });
    expect(await ipc('prefs:clear-soffice', {})).toMatchObject({ ok: true, value: { canChoose: true } });
    expect(JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8'))).toEqual({ soffice: null });
  });

  it('registers a handler for every contract method and nothing else', async () => {
    const { METHODS } = await import('../../shared/api/contract.js');
    await startShell();
    await fake.becomeReady();
    expect([...fake.calls.ipcHandlers.keys()].sort()).toEqual(METHODS.map((m) => `esg:${m}`).sort());
  });
});

describe('the app:// scheme', () => {
  it('is registered before ready as a secure standard scheme', async () => {
    await startShell();
    expect(fake.calls.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('serves files under the renderer folder only, with the CSP header', async () => {
    await startShell();
    await fake.becomeReady();
    const handle = fake.calls.protocolHandlers.get('app');
    if (!handle) throw new Error('app:// has no handler');
    const rendererDir = join(process.cwd(), 'main', 'renderer'); // out/renderer once bundled
    for (const url of ['app://esg/..%2f..%2fetc%2fpasswd', 'app://esg/assets/..%2f..%2f..%2fpackage.json', 'app://esg/..%5c..%5cwindows%5cwin.ini', 'app://esg/%2e%2e%2fsecret', 'app://other/index.html', 'app://esg/index.html%00.png', 'app://esg/%E0%A4%A']) {
      const res = await handle({ url });
      expect(res.status, url).toBe(404);
    }
    expect(fake.calls.fetched).toEqual([]); // nothing outside was even read
    const ok = await handle({ url: 'app://esg/assets/index.js' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(ok.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(fake.calls.fetched).toEqual([new URL(`file://${join(rendererDir, 'assets', 'index.js')}`).href]);
    await handle({ url: 'app://esg/' });
    expect(fake.calls.fetched[1]).toBe(new URL(`file://${join(rendererDir, 'index.html')}`).href);
  });
});

describe('the menus', () => {
  it('are built in the UI language and rebuilt when it changes', async () => {
    await startShell();
    await fake.becomeReady();
    expect(menuLabels(fake.calls.menus.at(-1) ?? [])).toEqual(expect.arrayContaining(['檔案', '編輯', '檢視']));
    expect(await ipc('app:set-language', { lang: 'en' })).toMatchObject({ ok: true });
    expect(menuLabels(fake.calls.menus.at(-1) ?? [])).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
    expect(await ipc('app:set-language', { lang: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('sends a chosen command to the window, and a language item switches the menus at once', async () => {
    await startShell();
    await fake.becomeReady();
    type Item = { id?: string; label?: string; click?: () => void; submenu?: Item[] };
    const find = (items: Item[], id: string): Item | undefined => items.flatMap((i) => [i, ...(i.submenu ?? [])]).find((i) => i.id === id);
    find(fake.calls.menus.at(-1) as Item[], 'screen-kpi')?.click?.();
    find(fake.calls.menus.at(-1) as Item[], 'lang-en')?.click?.();
    expect(firstWindow().webContents.sent).toEqual([
      { channel: 'esg-event:menu', payload: { command: 'screen-kpi' } },
      { channel: 'esg-event:menu', payload: { command: 'lang-en' } },
    ]);
    expect(menuLabels(fake.calls.menus.at(-1) ?? [])).toContain('File');
  });
});

describe('conventions of a desktop app', () => {
  it('quits at once when another instance already runs (that one gets our file)', async () => {
    await startShell({ singleInstance: false });
    await fake.becomeReady();
    expect(fake.calls.quit).toBe(1);
    expect(windows()).toHaveLength(0);
    expect(fake.electron.app.listenerCount('second-instance')).toBe(0);
  });

  it('a second launch with a workspace opens it in the running window and brings that forward', async () => {
    const dir = tempDir();
    const path = makeWorkspace(dir, 'acme.esg');
    await startShell();
    await fake.becomeReady();
    const w = firstWindow();
    w.visible = true;
    w.minimized = true;
    // As Electron forwards it: the executable, Chromium switches, a path relative to the
    // second instance's working directory.
    fake.electron.app.emit('second-instance', {}, ['/opt/esg/esg-studio', '--allow-file-access-from-files', 'acme.esg'], dir);
    expect(await ipc('app:info', {})).toMatchObject({ ok: true, value: { workspace: { fileName: 'acme.esg', readOnly: false } } });
    expect(w.webContents.sent).toContainEqual({ channel: 'esg-event:workspace-opened', payload: {} });
    expect(w.restored).toBe(1);
    expect(w.focused).toBe(1);
    expect(fake.calls.recentDocuments).toEqual([path]);
    expect(await ipc('workspace:recent', {})).toMatchObject({ ok: true, value: [{ fileName: 'acme.esg' }] });
    expect(windows()).toHaveLength(1);

    // Without a file it only brings the window forward; the open workspace stays.
    fake.electron.app.emit('second-instance', {}, ['/opt/esg/esg-studio'], dir);
    expect(w.focused).toBe(2);
    expect(await ipc('app:info', {})).toMatchObject({ value: { workspace: { fileName: 'acme.esg' } } });
  });

  it('a workspace that cannot be opened is reported to the user and leaves the open one', async () => {
    const dir = tempDir();
    makeWorkspace(dir, 'good.esg');
    writeFileSync(join(dir, 'broken.esg'), 'not a database');
    await startShell();
    await fake.becomeReady();
    fake.electron.app.emit('second-instance', {}, ['exe', 'good.esg'], dir);
    fake.electron.app.emit('second-instance', {}, ['exe', 'broken.esg'], dir);
    expect(fake.calls.errorBoxes).toHaveLength(1);
    expect(fake.calls.errorBoxes[0]?.title).toBe('無法開啟 broken.esg');
    expect(await ipc('app:info', {})).toMatchObject({ value: { workspace: { fileName: 'good.esg' } } });
  });

  it('opens a file from Finder that arrived before ready once the app is ready, in one window', async () => {
    const dir = tempDir();
    const path = makeWorkspace(dir, 'from-finder.esg');
    await startShell();
    const event = { preventDefault: vi.fn() };
    fake.electron.app.emit('open-file', event, path);
    expect(event.preventDefault).toHaveBeenCalled(); // we handle it; macOS should not complain
    expect(fake.calls.recentDocuments).toEqual([]); // waits for ready
    await fake.becomeReady();
    expect(windows()).toHaveLength(1);
    expect(fake.calls.recentDocuments).toEqual([path]);
    expect(await ipc('app:info', {})).toMatchObject({ value: { workspace: { fileName: 'from-finder.esg' } } });
  });

  it('on macOS stays in the Dock without windows, releases the workspace, and re-creates the window on activate', async () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    const dir = tempDir();
    const path = makeWorkspace(dir, 'mac.esg');
    await startShell();
    await fake.becomeReady();
    fake.electron.app.emit('open-file', { preventDefault: () => undefined }, path);
    expect(await ipc('app:info', {})).toMatchObject({ value: { workspace: { fileName: 'mac.esg' } } });
    firstWindow().userCloses();
    expect(fake.calls.quit).toBe(0);
    expect(await ipc('app:info', {})).toMatchObject({ value: { workspace: null } }); // lock released
    fake.electron.app.emit('activate');
    expect(windows()).toHaveLength(2);
    fake.electron.app.emit('activate'); // a window exists: nothing more
    expect(windows()).toHaveLength(2);
    // A file opened while no window is open brings one up.
    windows()[1]?.userCloses();
    fake.electron.app.emit('open-file', { preventDefault: () => undefined }, path);
    expect(windows()).toHaveLength(3);
  });

  it('elsewhere quits when the window closes, releasing the workspace', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    const dir = tempDir();
    makeWorkspace(dir, 'linux.esg');
    await startShell();
    await fake.becomeReady();
    fake.electron.app.emit('second-instance', {}, ['exe', 'linux.esg'], dir);
    firstWindow().userCloses();
    expect(fake.calls.quit).toBe(1);
    expect(await ipc('app:info', {})).toMatchObject({ value: { workspace: null } });
  });

  it('remembers the window bounds but never opens off-screen after a monitor is gone', async () => {
    await startShell({ displays: [{ x: 0, y: 0, width: 1920, height: 1080 }, { x: 1920, y: 0, width: 2560, height: 1440 }] });
    await fake.becomeReady();
    const w = firstWindow();
    w.options.x = 2200; // the user moved it onto the second monitor
    w.options.y = 100;
    w.userCloses();
    // Next run, the second monitor is unplugged.
    await startShell({ displays: [{ x: 0, y: 0, width: 1920, height: 1080 }] });
    await fake.becomeReady();
    const { x, y, width, height } = firstWindow().options as unknown as { x: number; y: number; width: number; height: number };
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(1920);
    expect(y + height).toBeLessThanOrEqual(1080);
    // With it plugged in again, the window comes back where it was.
    firstWindow().options.x = 2200;
    firstWindow().userCloses();
    await startShell({ displays: [{ x: 0, y: 0, width: 1920, height: 1080 }, { x: 1920, y: 0, width: 2560, height: 1440 }] });
    await fake.becomeReady();
    expect(firstWindow().options).toMatchObject({ x: 2200, y });
  });
});
