// The renderer is served from app://esg/ rather than file://: file:// pages can read any
// local file the user can and share one origin; the app scheme serves only the bundle.
import { net, protocol } from 'electron';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

import { APP_HOST, APP_SCHEME } from '../api/navigation-policy.js';
import { CONTENT_SECURITY_POLICY } from '../api/csp.js';

export { APP_ORIGIN } from '../api/navigation-policy.js';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('not found', { status: 404 });
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = resolve(join(root, rel));
    if (!file.startsWith(root + sep)) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString()).then((res) => {
      // The CSP travels as a header too (the meta tag in index.html is the second copy).
      const headers = new Headers(res.headers);
      headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      headers.set('X-Content-Type-Options', 'nosniff');
      return new Response(res.body, { status: res.status, headers });
    });
  });
}
