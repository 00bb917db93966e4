// A loopback-host API context on a fresh sample workspace for each test, as the app's
// screens use it: `call` returns the value or throws the error code and message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { dispatch, type ApiContext } from '../main/api/handlers.js';
import { createHostContext } from '../main/host/context.js';

export interface SampleHost {
  /** The host's allowed folder, holding sample.esg. */
  dir: string;
  ctx: ApiContext;
  call<T = unknown>(method: string, input?: unknown): Promise<T>;
  /** A new session on the same file: what a restart of the app would see. */
  reopen(): Promise<void>;
}

export function useSampleHost(prefix: string): SampleHost {
  const host: SampleHost = {
    dir: '',
    ctx: undefined as unknown as ApiContext,
    async call<T = unknown>(method: string, input: unknown = {}): Promise<T> {
      const r = await dispatch(host.ctx, method, input);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.value as T;
    },
    async reopen(): Promise<void> {
      host.ctx.session.close();
      host.ctx = createHostContext(host.dir, join(host.dir, 'settings'));
      await host.call('workspace:open', { fileName: 'sample.esg' });
    },
  };
  beforeEach(async () => {
    host.dir = mkdtempSync(join(tmpdir(), prefix));
    host.ctx = createHostContext(host.dir, join(host.dir, 'settings'));
    await host.call('workspace:create', { sample: true, fileName: 'sample' });
  });
  afterEach(() => {
    host.ctx.session.close();
    rmSync(host.dir, { recursive: true, force: true });
  });
  return host;
}
