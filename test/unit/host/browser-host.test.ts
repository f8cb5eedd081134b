import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host';
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
    expect((await fetch(`${base}/index.html`, { headers: { cookie: 'zuoci_token=wrong' } })).status).toBe(403);
  });

  it('serves the page with the token, sets the cookie and the CSP', async () => {
    const res = await fetch(host.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/zuoci_token=.*HttpOnly; SameSite=Strict/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const again = await fetch(`${base}/index.html`, { headers: { cookie: `zuoci_token=${host.token}` } });
    expect(again.status).toBe(200);
  });

  it('lets the browser keep the hashed assets, never the page', async () => {
    const cookie = { cookie: `zuoci_token=${host.token}` };
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
      headers: { 'x-zuoci-token': host.token },
      body: '{oops',
    });
    expect(await notJson.json()).toMatchObject({ ok: false, error: { message: 'request body is not valid JSON' } });
  });
});
