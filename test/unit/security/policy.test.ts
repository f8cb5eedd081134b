/**
 * The rules behind the desktop host (pure functions, electron/main/security.ts), the content
 * security policy both hosts send, and browser mode's network exposure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host';
import { appFileFor, isAppUrl, isExternalLink } from '../../../electron/main/security';
import { channels } from '../../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/security';
import { tempDir } from '../../helpers/temp';

describe('security rules', () => {
  it('app URLs are exactly app://zuoci', () => {
    expect(isAppUrl('app://zuoci/index.html#/plan/x')).toBe(true);
    for (const url of [
      'app://zuoci.evil/',
      'app://evil/zuoci',
      'https://zuoci/',
      'file:///app://zuoci/',
      '',
      undefined,
      'not a url',
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('external links are http(s) only', () => {
    expect(isExternalLink('https://gov.cn/')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://x/y',
      'vbscript:x',
      'data:text/html,x',
      'ms-msdt:/id',
    ]) {
      expect(isExternalLink(url), url).toBe(false);
    }
  });

  it('app files never resolve outside the renderer folder', () => {
    const root = resolve('/srv/zuoci/renderer');
    expect(appFileFor(root, 'app://zuoci/')).toBe(join(root, 'index.html'));
    expect(appFileFor(root, 'app://zuoci/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    for (const url of [
      'app://zuoci/..%2f..%2fetc%2fpasswd',
      'app://zuoci/%2e%2e%2f%2e%2e%2fsecret',
      'app://zuoci/a/../../../../x',
    ]) {
      const file = appFileFor(root, url);
      expect(file === undefined || file.startsWith(root + sep), `${url} → ${file}`).toBe(true);
    }
    for (const url of ['app://other/index.html', 'https://zuoci/index.html', 'app://zuoci/%ZZ', 'app://zuoci/a%00b']) {
      expect(appFileFor(root, url), url).toBeUndefined();
    }
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );

  it('allows only the app itself: no inline or eval script, no remote anything, no plugins, no framing', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('the built page has no inline script the policy would have to allow', () => {
    const built = join('out', 'renderer', 'index.html');
    const html = readFileSync(existsSync(built) ? built : join('renderer', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('browser mode exposure', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: BrowserHost;
  beforeAll(async () => {
    tmp = tempDir();
    host = await startBrowserHost({ dataDir: tmp.dir, staticDir: tmp.dir, version: 'test' });
  });
  afterAll(async () => {
    await host.close();
    tmp.cleanup();
  });

  it('is not reachable on any other interface of this machine', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal)
      .map((i) => i!.address);
    for (const address of others) {
      const reached = await new Promise<boolean>((ok) => {
        const socket = connect({ host: address, port: host.port, timeout: 2000 });
        socket.once('connect', () => (socket.destroy(), ok(true)));
        socket.once('error', () => ok(false));
        socket.once('timeout', () => (socket.destroy(), ok(false)));
      });
      expect(reached, `${address}:${host.port}`).toBe(false);
    }
  });

  it('refuses every channel without the token, and with the token in the wrong place', async () => {
    for (const channel of channels) {
      const bare = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, { method: 'POST', body: '{}' });
      expect(bare.status, channel).toBe(403);
      const inBody = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
        method: 'POST',
        body: JSON.stringify({ token: host.token }),
      });
      expect(inBody.status, channel).toBe(403);
    }
    const cookieLike = await fetch(`http://127.0.0.1:${host.port}/api/plans.list`, {
      method: 'POST',
      headers: { cookie: `zuoci_token=${host.token.slice(0, -1)}x` },
      body: '{}',
    });
    expect(cookieLike.status).toBe(403);
  });
});
