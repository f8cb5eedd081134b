/**
 * Browser mode: the same renderer and the same services, over HTTP on 127.0.0.1 only.
 * Every request must carry the per-run token — as the `x-zuoci-token` header (API calls) or
 * the cookie set when the user opens the printed URL (page and assets). Without it: 403.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/security';
import { dispatch } from '../services/dispatch';
import { createServices, type HostContext, type Services } from '../services/services';

export interface BrowserHostOptions {
  dataDir: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  version: string;
  /** 0 = any free port. */
  port?: number;
  token?: string;
}

export interface BrowserHost {
  url: string;
  token: string;
  port: number;
  services: Services;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;
const COOKIE = 'zuoci_token';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const ctx: HostContext = { dataDir: options.dataDir, mode: 'browser', version: options.version };
  const services = createServices(ctx);
  const root = resolve(options.staticDir);

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, 'text/plain', `internal error: ${(e as Error).message}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Parsed as a path on our own origin: `//x` or an absolute-form target must not throw or
    // point the server anywhere else.
    const url = URL.parse(`http://127.0.0.1${(req.url ?? '/').startsWith('/') ? req.url : `/${req.url}`}`);
    if (!url || url.host !== '127.0.0.1') return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
    const offered = url.searchParams.get('token') ?? header(req, 'x-zuoci-token') ?? cookie(req, COOKIE);
    if (!offered || !sameToken(offered, token)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: this Zuoci server needs the token from the URL it printed.');
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      const body = await readBody(req).catch((e: unknown) => (e instanceof TooLarge ? e : Promise.reject(e)));
      if (body instanceof TooLarge) {
        // Answer and close; the rest of the upload is read and thrown away (so the client gets
        // to read the answer), for a few seconds at most.
        res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
        res.end(body.message);
        setTimeout(() => req.destroy(), 10_000).unref();
        return;
      }
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body) : {};
      } catch {
        return json(res, { ok: false, error: { code: 'invalid-request', message: 'request body is not valid JSON' } });
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      return json(res, await dispatch(services.handlers, channel, payload));
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'GET only');
    const headers: Record<string, string> = {};
    if (url.searchParams.has('token')) {
      headers['Set-Cookie'] = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    }
    await serveStatic(res, root, url.pathname, headers);
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    services,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          services.close();
          ok();
        });
      }),
  };
}

async function serveStatic(res: ServerResponse, root: string, pathname: string, headers: Record<string, string>) {
  const rel = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
  const file = resolve(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'text/plain', 'not found');
  try {
    const data = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    // The build names every file under assets/ by its content's hash, so the browser may keep it:
    // a reload then takes the 800 KB bundle from its cache instead of waiting for this process,
    // which may be busy reading the plan. The page itself is never kept.
    const cache = rel.startsWith(`${sep}assets${sep}`) ? 'private, max-age=31536000, immutable' : 'no-store';
    res.writeHead(200, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': cache, ...headers });
    res.end(data);
  } catch {
    send(res, 404, 'text/plain', 'not found');
  }
}

class TooLarge extends Error {
  constructor() {
    super(`Request too large: the limit is ${MAX_BODY / 1024 / 1024} MB.`);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        chunks.length = 0;
        fail(new TooLarge());
      } else if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function json(res: ServerResponse, value: unknown) {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}
