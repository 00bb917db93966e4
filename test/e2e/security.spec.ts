/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser, so these files see DOM types.
// Security as behaviour: the host refuses requests without its token or with a foreign Host
// header, and the page does not navigate away from the app.
import { request as httpRequest } from 'node:http';
import { test, expect } from './fixtures.js';

function rawStatus(port: number, path: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((ok, ko) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', ko);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

test('API calls without the token are refused, from the page as from outside', async ({ page, host, request }) => {
  const r = await request.post(`${host.origin}/api/workspace:summary`, { data: {} });
  expect(r.status()).toBe(401);
  await page.goto(host.url);
  await expect(page.getByTestId('data-entry')).toBeVisible();
  const fromPage = await page.evaluate(async () => (await fetch('/api/app:info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
  expect(fromPage).toBe(401);
});

test('a request with a foreign Host header is refused even with the token', async ({ host }) => {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` };
  expect(await rawStatus(host.port, '/api/app:info', { ...headers, Host: `127.0.0.1:${host.port}` }, '{}')).toBe(200);
  expect(await rawStatus(host.port, '/api/app:info', { ...headers, Host: 'rebind.attacker.example' }, '{}')).toBe(403);
  expect(await rawStatus(host.port, '/', { Host: `rebind.attacker.example:${host.port}` })).toBe(403);
});

test('the page does not navigate away from the app', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('data-entry')).toBeVisible();
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = 'https://example.com/';
    a.textContent = 'external link';
    a.id = 'ext';
    document.body.prepend(a);
  });
  await page.locator('#ext').click();
  await page.waitForTimeout(500);
  expect(new URL(page.url()).origin).toBe(host.origin);
  await expect(page.getByTestId('data-entry')).toBeVisible();
  // The token left the address bar once read.
  expect(page.url()).not.toContain('token=');
});

test('inline scripts are blocked by the Content Security Policy', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('data-entry')).toBeVisible();
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
