import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host';
import { hostErrorText } from '../../../shared/i18n/problems';
import type { IpcError } from '../../../shared/ipc/errors';
import { tempDir } from '../../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
let host: BrowserHost;
let base: string;

beforeAll(async () => {
  tmp = tempDir();
  const web = join(tmp.dir, 'web');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><p>app</p>');
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'assets', 'boot-Ab12Cd34.js'), 'export {};');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'secret');
  host = await startBrowserHost({ dataDir: join(tmp.dir, 'data'), staticDir: web, version: '0.0.0' });
  base = `http://127.0.0.1:${host.port}`;
});
afterAll(async () => {
  await host.close();
  tmp.cleanup();
});

const api = (channel: string, body: unknown, token?: string) =>
  fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { 'x-zuoci-token': token } : {}) },
    body: JSON.stringify(body),
  });

describe('browser host', () => {
  it('binds to 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(host.url).toBe(`${base}/?token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('refuses API calls and pages without the token, or with a wrong one', async () => {
    expect((await api('plans.list', {})).status).toBe(403);
    expect((await api('plans.list', {}, 'x'.repeat(48))).status).toBe(403);
    expect((await fetch(`${base}/`)).status).toBe(403);
    expect((await fetch(`${base}/index.html`, { headers: { cookie: 'zuoci_page=wrong' } })).status).toBe(403);
  });

  /** The page key the host hands the browser with the page. */
  const pageCookie = async () => (await fetch(host.url)).headers.get('set-cookie')!.split(';')[0]!;

  it('serves the page with the token, sets the page cookie and the CSP', async () => {
    const res = await fetch(host.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^zuoci_page=[0-9a-f]{48}; HttpOnly; SameSite=Strict/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const again = await fetch(`${base}/index.html`, { headers: { cookie: await pageCookie() } });
    expect(again.status).toBe(200);
  });

  it('the cookie is not the token and never unlocks the API; only the header does', async () => {
    const cookie = await pageCookie();
    expect(cookie).not.toContain(host.token);
    const byCookie = await fetch(`${base}/api/plans.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', cookie: `${cookie}; zuoci_token=${host.token}` },
      body: '{}',
    });
    expect(byCookie.status).toBe(403);
    const byQuery = await fetch(`${base}/api/plans.list?token=${host.token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(byQuery.status).toBe(403);
    expect((await api('plans.list', {}, host.token)).status).toBe(200);
  });

  it('answers only its own origin and host, and only JSON bodies', async () => {
    const call = (headers: Record<string, string>) =>
      fetch(`${base}/api/settings.set`, {
        method: 'POST',
        headers: { 'x-zuoci-token': host.token, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ key: 'lang', value: 'en' }),
      });
    for (const origin of [`http://127.0.0.1:${host.port + 1}`, 'http://localhost:' + host.port, 'null', 'https://evil.example']) {
      expect((await call({ Origin: origin })).status, origin).toBe(403);
    }
    expect((await call({ 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await call({ 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await call({ Origin: base })).status).toBe(200);
    // DNS rebinding: a name that resolves to 127.0.0.1 carries its own Host.
    const rebound = await new Promise<number>((ok, fail) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: '/?token=' + host.token, headers: { Host: `evil.example:${host.port}` } },
        (res) => (res.resume(), ok(res.statusCode!)),
      );
      req.on('error', fail);
      req.end();
    });
    expect(rebound).toBe(403);
    expect(await host.services.store.getSetting('lang')).toBe('en');
  });

  it('refuses a token shorter than 32 characters', async () => {
    await expect(
      startBrowserHost({ dataDir: join(tmp.dir, 'short'), staticDir: tmp.dir, version: '0', token: 'a'.repeat(31) }),
    ).rejects.toThrow(/at least 32 characters/);
  });

  it('a malformed percent-encoding is a bad request (400), not a crash', async () => {
    const api = await fetch(`${base}/api/plans.%E0%A4%A`, {
      method: 'POST',
      headers: { 'x-zuoci-token': host.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(400);
    expect((await fetch(`${base}/assets/%zz.js`, { headers: { cookie: await pageCookie() } })).status).toBe(400);
  });

  it('deeply nested JSON is an invalid request, not an internal error', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const res = await fetch(`${base}/api/settings.set`, {
      method: 'POST',
      headers: { 'x-zuoci-token': host.token, 'Content-Type': 'application/json' },
      body: `{"key":"deep","value":${deep}}`,
    });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid-request', key: 'requestTooDeep' } });
    // A string full of brackets is not nesting.
    expect(await (await api('settings.set', { key: 'text', value: '['.repeat(500) }, host.token)).json()).toEqual({
      ok: true,
      value: null,
    });
  });

  it('lets the browser keep the hashed assets, never the page', async () => {
    const cookie = { cookie: await pageCookie() };
    const asset = await fetch(`${base}/assets/boot-Ab12Cd34.js`, { headers: cookie });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect((await fetch(`${base}/index.html`, { headers: cookie })).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${base}/assets/missing.js`, { headers: cookie })).status).toBe(404);
  });

  it('does not serve files outside the app folder', async () => {
    const res = await fetch(`${base}/..%2fsecret.txt`, { headers: { 'x-zuoci-token': host.token } });
    expect(res.status).toBe(404);
  });

  it('answers contract calls with the token, validated', async () => {
    const ok = await api('plans.create', { name: '晚宴', organisation: '', convention: 'commercial' }, host.token);
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
    const bad = await api('plans.create', { name: 42 }, host.token);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const notJson = await fetch(`${base}/api/plans.list`, {
      method: 'POST',
      headers: { 'x-zuoci-token': host.token, 'Content-Type': 'application/json' },
      body: '{oops',
    });
    const answer = (await notJson.json()) as { ok: boolean; error: IpcError };
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', key: 'requestNotJson', message: 'request body is not valid JSON' },
    });
    // The page words it in the officer's language, like every host error.
    expect(hostErrorText('zh', answer.error)).toBe('请求无效：内容不是有效的 JSON。');
  });
});
