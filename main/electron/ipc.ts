// IPC registration: one handler per contract method, all through dispatch() (the same table
// the loopback host and tests use). Calls from any frame but the app's own are refused:
// an iframe or a page navigated elsewhere must not reach the workspace.
import type { IpcMain } from 'electron';
import { METHODS } from '../../shared/api/contract.js';
import { ipcChannel } from '../../shared/api/client.js';
import { fail } from '../../shared/api/result.js';
import { dispatch, type ApiContext } from '../api/handlers.js';
import { isAppUrl } from '../api/navigation-policy.js';

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, ctx: ApiContext): void {
  for (const method of METHODS) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) => {
      // The top frame only: a subframe of the app's own origin is still not the app.
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return fail('forbidden', 'Calls are accepted from the app only.');
      // One undo history per window: the sender's WebContents id names it.
      return dispatch(ctx, method, input, `window-${event.sender.id}`);
    });
  }
}
