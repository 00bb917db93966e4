// The loopback host: the renderer bundle and the API handler table over HTTP on 127.0.0.1.
// It is how the UI is tested on machines without the Electron binary, and the fallback of
// `npm start`. Any local program (or web page) can reach a loopback port, so:
// - every API call must carry the random token printed at start (never in a URL query, so
//   it stays out of logs and Referer headers: the UI reads it from the URL fragment);
// - every request must name exactly the address served in its Host header, which defeats
//   DNS rebinding (a foreign page whose name resolves to 127.0.0.1 sends its own Host);
// - a cross-origin Origin header is refused, and the API accepts only JSON POSTs.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type ApiContext } from '../api/handlers.js';
import { CONTENT_SECURITY_POLICY } from '../api/csp.js';

export interface HostOptions {
  ctx: ApiContext;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Host {
  server: Server;
  port: number;
  token: string;
  /** The URL to open: the token travels in the fragment. */
  url: string;
  close(): Promise<void>;
}

// A cover logo of up to 2 MB arrives base64-encoded (profile:set-logo): 4 MB leaves room.
const MAX_BODY = 4 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const refuse = (res: ServerResponse, status: number, code: string, message: string) => send(res, status, JSON.stringify({ ok: false, error: { code, message } }));

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHost(opts: HostOptions): Promise<Host> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const root = resolve(opts.rendererDir);
  let expectedHost = '';

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'forbidden', 'Only GET for files.');
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = resolve(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return refuse(res, 404, 'not_found', 'No such file.');
    try {
      const body = await readFile(file);
      send(res, 200, body, TYPES[extname(file)] ?? 'application/octet-stream', { 'Cache-Control': 'no-cache' });
    } catch {
      refuse(res, 404, 'not_found', 'No such file.');
    }
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!given || !sameSecret(given, token)) return refuse(res, 401, 'forbidden', 'Missing or wrong token: use the URL printed when the host started.');
    if (req.method !== 'POST') return refuse(res, 405, 'forbidden', 'API calls are POST requests.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'invalid_input', 'API calls send JSON.');
    let input: unknown;
    try {
      const text = await readBody(req);
      input = text === '' ? {} : JSON.parse(text);
    } catch {
      return refuse(res, 400, 'invalid_input', 'The request body is not JSON (or is over 1 MB).');
    }
    // Each tab names itself (a random id it keeps for its life), so its undo history is its own.
    const client = req.headers['x-esg-client'];
    const result = await dispatch(opts.ctx, method, input, typeof client === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(client) ? `tab-${client}` : undefined);
    send(res, 200, JSON.stringify(result));
  }

  const server = createServer((req, res) => {
    // The Host header check comes first, before anything else is looked at.
    if (req.headers.host !== expectedHost) return refuse(res, 403, 'forbidden', `This host serves ${expectedHost} only.`);
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${expectedHost}`) return refuse(res, 403, 'forbidden', 'Cross-origin requests are refused.');
    const url = new URL(req.url ?? '/', `http://${expectedHost}`);
    const handle = url.pathname.startsWith('/api/') ? serveApi(req, res, url.pathname.slice(5)) : serveStatic(req, res, url.pathname);
    handle.catch((e: unknown) => {
      console.error('[host]', e);
      if (!res.headersSent) refuse(res, 500, 'internal', 'Internal error.');
    });
  });

  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  expectedHost = `127.0.0.1:${port}`;
  return {
    server,
    port,
    token,
    url: `http://${expectedHost}/#token=${token}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
