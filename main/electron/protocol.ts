// The renderer is served from app://esg/ rather than file://: file:// pages can read any
// local file the user can and share one origin; the app scheme serves only the bundle.
import type { Net, Protocol } from 'electron';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

import { APP_HOST, APP_SCHEME } from '../api/navigation-policy.js';
import { CONTENT_SECURITY_POLICY } from '../api/csp.js';

export { APP_ORIGIN } from '../api/navigation-policy.js';

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * The file an app:// URL names, or null when it names none under the renderer folder: another
 * host, `..` or an encoded `%2e%2e%2f` climbing out, a backslash, a NUL, or the folder itself.
 */
export function rendererFileFor(rendererDir: string, url: string): string | null {
  const root = resolve(rendererDir);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = u.pathname === '/' ? 'index.html' : decodeURIComponent(u.pathname.slice(1));
  } catch {
    return null; // malformed %-escape
  }
  // Backslashes are separators on Windows; NUL ends a path in C. Neither names a bundle file.
  if (rel.includes('\\') || rel.includes('\0')) return null;
  const file = resolve(root, rel);
  return file.startsWith(root + sep) ? file : null;
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, net: Pick<Net, 'fetch'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(rendererDir, request.url);
    if (!file) return new Response('not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    // The CSP travels as a header too (the meta tag in index.html is the second copy).
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });
}
