// Fakes of the Electron main-process API, enough to run main/electron/main.ts in plain Node
// (the Electron binary cannot be downloaded on our build machines). Each fake records what
// the shell asked of it, so tests assert behaviour: the options a window got, whether a
// navigation was prevented, what an IPC call from a given frame answered.
import { EventEmitter } from 'node:events';

type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  private readonly ee = new EventEmitter();
  on(event: string, fn: Listener): this {
    this.ee.on(event, fn as (...a: unknown[]) => void);
    return this;
  }
  once(event: string, fn: Listener): this {
    this.ee.once(event, fn as (...a: unknown[]) => void);
    return this;
  }
  emit(event: string, ...args: unknown[]): boolean {
    return this.ee.emit(event, ...args);
  }
  listenerCount(event: string): number {
    return this.ee.listenerCount(event);
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeWebContents extends FakeEmitter {
  sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((d: { url: string }) => { action: string }) | undefined;
  loading = true;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }): void {
    this.windowOpenHandler = fn;
  }
  isLoading(): boolean {
    return this.loading;
  }
}

export function createFakeElectron(opts: { userData: string; singleInstance?: boolean; displays?: Rect[] }) {
  const calls = {
    quit: 0,
    recentDocuments: [] as string[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (req: { url: string }) => Promise<Response> | Response>(),
    fetched: [] as string[],
    ipcHandlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
    menus: [] as unknown[][],
    errorBoxes: [] as { title: string; content: string }[],
    openedExternal: [] as string[],
    permissionRequest: undefined as undefined | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((...a: unknown[]) => boolean),
    devicePermission: undefined as undefined | ((...a: unknown[]) => boolean),
    headersReceived: undefined as undefined | ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
  };

  let ready = false;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));

  class App extends FakeEmitter {
    requestSingleInstanceLock = () => opts.singleInstance ?? true;
    quit = () => void calls.quit++;
    getPath = () => opts.userData;
    getVersion = () => '0.0.0-test';
    whenReady = () => readyPromise;
    isReady = () => ready;
    addRecentDocument = (path: string) => void calls.recentDocuments.push(path);
  }
  const app = new App();

  class BrowserWindow extends FakeEmitter {
    static instances: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.instances.filter((w) => !w.destroyed);
    readonly webContents = new FakeWebContents();
    loadedUrl: string | undefined;
    minimized = false;
    visible = false;
    destroyed = false;
    maximized = false;
    focused = 0;
    restored = 0;
    constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
      super();
      BrowserWindow.instances.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    maximize = () => void (this.maximized = true);
    isMaximized = () => this.maximized;
    isMinimized = () => this.minimized;
    isVisible = () => this.visible;
    isDestroyed = () => this.destroyed;
    restore = () => {
      this.restored++;
      this.minimized = false;
    };
    focus = () => void this.focused++;
    show = () => void (this.visible = true);
    getNormalBounds = () => ({ x: Number(this.options.x ?? 0), y: Number(this.options.y ?? 0), width: Number(this.options.width), height: Number(this.options.height) });
    /** What closing it does in Electron: `close`, then `closed`, then maybe `window-all-closed`. */
    userCloses(): void {
      this.emit('close', { preventDefault: () => undefined });
      this.destroyed = true;
      this.emit('closed');
      if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
  }

  const displays = (opts.displays ?? [{ x: 0, y: 0, width: 1920, height: 1080 }]).map((workArea, i) => ({ id: i + 1, bounds: workArea, workArea }));

  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => void calls.privilegedSchemes.push(...s),
      handle: (scheme: string, fn: (req: { url: string }) => Promise<Response>) => void calls.protocolHandlers.set(scheme, fn),
    },
    net: {
      fetch: (url: string) => {
        calls.fetched.push(url);
        return Promise.resolve(new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }));
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof calls.permissionRequest) => void (calls.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof calls.permissionCheck) => void (calls.permissionCheck = fn),
        setDevicePermissionHandler: (fn: typeof calls.devicePermission) => void (calls.devicePermission = fn),
        webRequest: { onHeadersReceived: (fn: typeof calls.headersReceived) => void (calls.headersReceived = fn) },
      },
    },
    ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => void calls.ipcHandlers.set(channel, fn) },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => void calls.menus.push(menu.template),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => void calls.errorBoxes.push({ title, content }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    shell: {
      openExternal: (url: string) => {
        calls.openedExternal.push(url);
        return Promise.resolve();
      },
      showItemInFolder: () => undefined,
      openPath: () => Promise.resolve(''),
    },
    screen: {
      getAllDisplays: () => displays,
      getPrimaryDisplay: () => displays[0],
    },
  };

  return {
    electron,
    calls,
    /** Fires `ready` and lets the shell's whenReady() callback run. */
    async becomeReady(): Promise<void> {
      ready = true;
      resolveReady();
      await new Promise((r) => setImmediate(r));
    },
  };
}
export type FakeElectron = ReturnType<typeof createFakeElectron>;
