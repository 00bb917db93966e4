// The only bridge between the sandboxed renderer and main: an allow-listed `invoke` (one
// channel per contract method) and typed events. Nothing generic is exposed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Events, Method } from '../../shared/api/contract.js';
import { METHOD_NAMES } from '../../shared/api/methods.js';
import { ipcChannel, ipcEventChannel, type EsgApi } from '../../shared/api/client.js';

const allowed = new Set<string>(METHOD_NAMES);
const EVENTS: (keyof Events)[] = ['menu', 'workspace-opened'];

const api: EsgApi = {
  invoke(method, input) {
    if (!allowed.has(method)) return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `There is no method "${String(method)}".` } });
    return ipcRenderer.invoke(ipcChannel(method as Method), input);
  },
  on(event, listener) {
    if (!EVENTS.includes(event)) return () => undefined;
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(ipcEventChannel(event), wrapped);
    return () => ipcRenderer.removeListener(ipcEventChannel(event), wrapped);
  },
};

contextBridge.exposeInMainWorld('esg', api);
