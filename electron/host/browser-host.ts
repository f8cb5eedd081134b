/**
 * Browser mode: the same renderer and the same services, over HTTP on 127.0.0.1 only.
 *
 * Browsers treat every port of 127.0.0.1 as the same site, and send its cookies to all of them,
 * so a cookie cannot tell our page from another local page — nor stay with us. Hence:
 * - `/api/` takes the per-run token only from the `x-zuoci-token` header, which only our page
 *   sets (it reads the token from its own URL); a form, `sendBeacon` or a cross-origin `fetch`
 *   cannot set it without a CORS preflight, which is refused. `Origin` (when sent) and `Host`
 *   must be our own `http://127.0.0.1:<port>` (another page, DNS rebinding), and the body must
 *   be declared JSON.
 * - The page is opened with the token in its URL; the page and its assets are also served to
 *   a cookie holding a separate page key, which unlocks nothing but these public files.
 * Without them: 403. See docs/security.md.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/security';
import { hostError } from '../../shared/ipc/host-error';
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
/** Deeper JSON than any plan is refused before it reaches a service (its recursion would overflow). */
const MAX_NESTING = 100;
/** A token guessable in a day by a local page trying many is no token: at least 128 bits of hex. */
export const MIN_TOKEN_LENGTH = 32;
const PAGE_COOKIE = 'zuoci_page';
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
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`the token (ZUOCI_TOKEN) must be at least ${MIN_TOKEN_LENGTH} characters long`);
  }
  // Unlocks the page and its assets only; a leak (the cookie goes to every local server) gives nothing.
  const pageKey = randomBytes(24).toString('hex');
  let origin = '';
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
    const forbidden = () =>
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: this Zuoci server needs the token from the URL it printed.');
    const sentOrigin = header(req, 'origin');
    if (header(req, 'host') !== origin.slice('http://'.length) || (sentOrigin !== undefined && sentOrigin !== origin)) {
      return forbidden();
    }
    if (url.pathname.startsWith('/api/')) {
      if (!matches(header(req, 'x-zuoci-token'), token)) return forbidden();
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (!/^application\/json\s*(;|$)/i.test(header(req, 'content-type') ?? '')) {
        return send(res, 415, 'text/plain; charset=utf-8', 'Content-Type must be application/json');
      }
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
        if (nestingDepth(body) > MAX_NESTING) throw new Error('nested too deeply');
        payload = body.length ? JSON.parse(body) : {};
      } catch (e) {
        // A host error like every other (a code with parameters), so the page words it in the officer's language.
        const error =
          (e as Error).message === 'nested too deeply'
            ? hostError('requestTooDeep', { max: MAX_NESTING })
            : hostError('requestNotJson');
        return json(res, { ok: false, error });
      }
      const channel = decoded(url.pathname.slice('/api/'.length));
      if (channel === undefined) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
      return json(res, await dispatch(services.handlers, channel, payload));
    }
    const withToken = url.searchParams.has('token');
    const allowed = withToken
      ? matches(url.searchParams.get('token')!, token)
      : matches(header(req, 'x-zuoci-token'), token) || matches(cookie(req, PAGE_COOKIE), pageKey);
    if (!allowed) return forbidden();
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'GET only');
    const headers: Record<string, string> = {};
    if (withToken) headers['Set-Cookie'] = `${PAGE_COOKIE}=${pageKey}; HttpOnly; SameSite=Strict; Path=/`;
    const path = decoded(url.pathname === '/' ? '/index.html' : url.pathname);
    if (path === undefined) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
    await serveStatic(res, root, path, headers);
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
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
  const rel = normalize(pathname);
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

/** A percent-encoded path decoded, or undefined when its encoding is malformed (`%zz`). */
function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** How deeply arrays and objects nest in a JSON text (brackets inside strings do not count). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

function matches(offered: string | undefined, expected: string): boolean {
  if (offered === undefined) return false;
  const x = Buffer.from(offered);
  const y = Buffer.from(expected);
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
