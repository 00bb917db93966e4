// IPC registration: one handler per contract method, all through dispatch() (the same table
// the loopback host and tests use). Calls from any frame but the app's own are refused.
import { ipcMain } from 'electron';
import { METHODS } from '../../shared/api/contract.js';
import { ipcChannel } from '../../shared/api/client.js';
import { fail } from '../../shared/api/result.js';
import { dispatch, type ApiContext } from '../api/handlers.js';
import { isAppUrl } from '../api/navigation-policy.js';

export function registerIpc(ctx: ApiContext): void {
  for (const method of METHODS) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) => {
      if (!isAppUrl(event.senderFrame?.url ?? '')) return fail('forbidden', 'Calls are accepted from the app only.');
      return dispatch(ctx, method, input);
    });
  }
}
