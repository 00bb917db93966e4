// The loopback host as an attacker on the same machine would meet it: no token, a wrong
// token, a foreign Host header (DNS rebinding), a foreign Origin, a path outside the bundle.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostContext } from '../../main/host/context.js';
import { startHost, type Host } from '../../main/host/server.js';
import type { ApiContext } from '../../main/api/handlers.js';

let dir: string;
let host: Host;
let ctx: ApiContext;

function send(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((ok, ko) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: opts.path, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', ko);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send({ path: `/api/${method}`, method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers }, body: JSON.stringify(body) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'esg-host-'));
  const bundle = join(dir, 'renderer');
  mkdirSync(bundle);
  writeFileSync(join(bundle, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  ctx = createHostContext(join(dir, 'ws'), join(dir, 'settings'));
  mkdirSync(join(dir, 'ws'));
  host = await startHost({ ctx, rendererDir: bundle });
});
afterAll(async () => {
  ctx.session.close();
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the loopback host', () => {
  it('binds 127.0.0.1 on a random port and puts the token in the URL fragment', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=[A-Za-z0-9_-]{32}$`));
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers API calls carrying the token', async () => {
    const r = await api('app:info', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { shell: 'host' } });
  });

  it('refuses an API call without the token or with a wrong one', async () => {
    const none = await send({ path: '/api/app:info', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await api('app:info', {}, { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    const inQuery = await send({ path: `/api/app:info?token=${host.token}`, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(inQuery.status).toBe(401);
  });

  it('refuses any request whose Host header is not the address it serves, even with the token', async () => {
    for (const h of ['evil.example:80', `localhost:${host.port}`, `127.0.0.1:${host.port + 1}`, `attacker.com`]) {
      const r = await api('app:info', {}, { Host: h });
      expect(r.status, h).toBe(403);
      const page = await send({ path: '/', headers: { Host: h } });
      expect(page.status, h).toBe(403);
    }
  });

  it('refuses a cross-origin call and a non-JSON body', async () => {
    expect((await api('app:info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    const form = await send({ path: '/api/app:info', method: 'POST', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${host.token}` }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('serves the bundle with the CSP and nothing outside it', async () => {
    const page = await send({ path: '/' });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await send({ path: '/../secret.txt' })).status).toBe(404);
    expect((await send({ path: '/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('returns handler errors as data with the closed codes', async () => {
    const r = JSON.parse((await api('data:grid', { year: 'x' })).body);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
