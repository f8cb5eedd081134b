/**
 * Electron's security checklist, asserted on the real desktop host (electron/main/index.ts)
 * with the `electron` module replaced by a recorder: there is no Electron binary on these
 * machines, but the options, handlers and checks the host installs are plain JavaScript and
 * are exercised here as Electron would call them.
 */
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { planFileFromArgv } from '../../../electron/main/open-file';
import { writePlanFile } from '../../../electron/services/plan-file';
import { banquetPlan } from '../../helpers/plans';

type Handler = (...args: unknown[]) => unknown;
const h = vi.hoisted(() => ({
  dataDir: '',
  windows: [] as { webPreferences: Record<string, unknown> }[],
  loaded: [] as string[],
  appEvents: {} as Record<string, Handler>,
  ipc: {} as Record<string, Handler>,
  protocols: {} as Record<string, Handler>,
  schemes: [] as unknown[],
  sandboxEnabled: false,
  fetched: [] as string[],
  session: {
    request: undefined as Handler | undefined,
    check: undefined as Handler | undefined,
    device: undefined as Handler | undefined,
    events: {} as Record<string, Handler>,
  },
  openExternal: [] as string[],
  errors: [] as string[],
  partitions: {} as Record<string, Handler>,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: { webPreferences: Record<string, unknown> }) {
      h.windows.push(options);
    }
    once() {}
    loadURL(url: string) {
      h.loaded.push(url);
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    focus() {}
  }
  return {
    app: {
      whenReady: () => Promise.resolve(),
      on: (event: string, fn: Handler) => (h.appEvents[event] = fn),
      requestSingleInstanceLock: () => true,
      enableSandbox: () => (h.sandboxEnabled = true),
      quit: () => undefined,
      getPath: () => h.dataDir,
      getVersion: () => '0.0.0-test',
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: Handler) => (h.ipc[channel] = fn) },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
    dialog: { showMessageBox: () => Promise.resolve(), showErrorBox: (_title: string, text: string) => h.errors.push(text) },
    net: {
      fetch: (url: string) => {
        h.fetched.push(url);
        return Promise.resolve(new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => h.schemes.push(...schemes),
      handle: (scheme: string, fn: Handler) => (h.protocols[scheme] = fn),
    },
    session: {
      // Sessions other than the default one (the print partition) get the same lock-down.
      fromPartition: (name: string) => {
        const partition = {
          protocol: { handle: () => undefined },
          setPermissionRequestHandler: (fn: Handler) => (h.partitions[name] = fn),
          setPermissionCheckHandler: () => undefined,
          setDevicePermissionHandler: () => undefined,
          on: () => undefined,
        };
        h.appEvents['session-created']?.(partition);
        return partition;
      },
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => (h.session.request = fn),
        setPermissionCheckHandler: (fn: Handler) => (h.session.check = fn),
        setDevicePermissionHandler: (fn: Handler) => (h.session.device = fn),
        on: (event: string, fn: Handler) => (h.session.events[event] = fn),
      },
    },
    shell: {
      openExternal: (url: string) => {
        h.openExternal.push(url);
        return Promise.resolve();
      },
    },
  };
});

beforeAll(async () => {
  h.dataDir = mkdtempSync(join(tmpdir(), 'zuoci-main-'));
  process.env.ZUOCI_DATA_DIR = h.dataDir;
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(h.windows).toHaveLength(1));
});

/** A stand-in for a WebContents: records listeners and the window-open handler. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: Handler | undefined;
  const contents = Object.assign(emitter, { setWindowOpenHandler: (fn: Handler) => (openHandler = fn) });
  h.appEvents['web-contents-created']!({}, contents);
  const fire = (event: string, url: string) => {
    const e = { preventDefault: vi.fn(), url };
    emitter.emit(event, e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler!({ url }) };
}

describe('the desktop window', () => {
  it('isolates and sandboxes the renderer, with no Node and no webview', () => {
    const prefs = h.windows[0]!.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(h.sandboxEnabled).toBe(true);
  });

  it('loads the app from its own privileged scheme, not file:// or http', () => {
    expect(h.loaded).toEqual(['app://zuoci/index.html']);
    expect(h.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) },
    ]);
  });

  it('serves app:// files with the strict CSP and nothing outside the renderer', async () => {
    const serve = h.protocols.app!;
    const ok = (await serve({ url: 'app://zuoci/index.html' })) as Response;
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'/);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(h.fetched.at(-1)).toMatch(/^file:\/\/.*[\\/]renderer[\\/]index\.html$/);
    // Traversal attempts either fail or are clamped to the renderer folder.
    const root = h.fetched.at(-1)!.replace(/index\.html$/, '');
    for (const url of [
      'app://zuoci/..%2f..%2fpackage.json',
      'app://zuoci/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://zuoci/../../../etc/passwd',
    ]) {
      const status = ((await serve({ url })) as Response).status;
      if (status === 200) expect(h.fetched.at(-1)!.startsWith(root), url).toBe(true);
    }
    const before = h.fetched.length;
    for (const url of ['app://evil/index.html', 'app://zuoci/%E0%A4%A', 'app://zuoci/x%00.html', 'file:///etc/passwd']) {
      expect(((await serve({ url })) as Response).status, url).toBe(404);
    }
    expect(h.fetched.length).toBe(before);
  });
});

describe('navigation and new windows', () => {
  it('denies navigation and redirects away from the app; in-app routes pass', () => {
    const { fire } = fakeContents();
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'http://127.0.0.1:3000/',
      'javascript:alert(1)',
      'app://zuoci.evil/',
    ]) {
      expect(fire('will-navigate', url), url).toBe(true);
      expect(fire('will-redirect', url), url).toBe(true);
      expect(fire('will-frame-navigate', url), url).toBe(true);
    }
    expect(fire('will-navigate', 'app://zuoci/index.html#/plan/p1')).toBe(false);
    expect(fire('will-attach-webview', 'app://zuoci/')).toBe(true);
  });

  it('never opens a window; http(s) links go to the OS browser, nothing else does', () => {
    const { open } = fakeContents();
    h.openExternal.length = 0;
    for (const url of [
      'https://example.com/a',
      'http://example.org/',
      'file:///C:/Windows/system32/calc.exe',
      'smb://host/share',
      'javascript:alert(1)',
      'app://zuoci/index.html',
      'ms-settings:',
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    open(' https://example.net/x y');
    expect(h.openExternal).toEqual(['https://example.com/a', 'http://example.org/', 'https://example.net/x%20y']);
  });
});

describe('permissions', () => {
  it('denies every permission request and check, except the clipboard for our own page', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      h.session.request!({}, permission, callback, { requestingUrl: 'app://zuoci/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(h.session.check!({}, permission, 'app://zuoci', {})).toBe(false);
    }
    for (const permission of ['clipboard-read', 'clipboard-sanitized-write']) {
      const ours = vi.fn();
      h.session.request!({}, permission, ours, { requestingUrl: 'app://zuoci/index.html' });
      expect(ours).toHaveBeenCalledWith(true);
      expect(h.session.check!({}, permission, 'app://zuoci', {})).toBe(true);
      const theirs = vi.fn();
      h.session.request!({}, permission, theirs, { requestingUrl: 'https://example.com/' });
      expect(theirs).toHaveBeenCalledWith(false);
      expect(h.session.check!({}, permission, 'file://', {})).toBe(false);
    }
    expect(h.session.device!({ deviceType: 'usb' })).toBe(false);
  });

  it('locks down every other session too, including the print partition created at start', () => {
    expect(Object.keys(h.partitions)).toEqual(['zuoci-print']);
    const callback = vi.fn();
    h.partitions['zuoci-print']!({}, 'media', callback, { requestingUrl: 'app://zuoci/' });
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('exports go through a save dialog', () => {
    const item = { getFilename: () => '欢迎晚宴.zuoci', setSaveDialogOptions: vi.fn() };
    h.session.events['will-download']!({}, item);
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({ defaultPath: '欢迎晚宴.zuoci' });
  });
});

describe('IPC', () => {
  const invoke = (frameUrl: string | undefined, channel: string, request: unknown) =>
    h.ipc['zuoci:invoke']!({ senderFrame: frameUrl === undefined ? null : { url: frameUrl } }, channel, request);

  it('answers only the app page; any other sender is refused before a service runs', async () => {
    for (const url of [
      undefined,
      '',
      'https://evil.example/',
      'file:///tmp/x.html',
      'app://zuoci.evil/index.html',
      'app://other/index.html',
      'devtools://devtools/',
    ]) {
      expect(await invoke(url, 'plans.list', {}), String(url)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'request from an unknown page' },
      });
    }
    expect(await invoke('app://zuoci/index.html', 'plans.list', {})).toEqual({ ok: true, value: [] });
    expect(await invoke('app://zuoci/index.html', 'plans.get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});

describe('opening a .zuoci file from the OS', () => {
  it('imports it as a new plan and shows it; a bad file gets a message naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zuoci-open-'));
    const good = join(dir, '欢迎晚宴.zuoci');
    const plan = { ...banquetPlan([{ name: '甲', side: 'guest', rank: 1 }]), id: 'from-email' };
    writeFileSync(good, writePlanFile(plan, '0.1.0', new Date()).text);
    h.appEvents['second-instance']!({}, ['zuoci', '--flag', good], dir);
    await vi.waitFor(() => expect(h.loaded.at(-1)).toMatch(/^app:\/\/zuoci\/index\.html#\/plan\/plan_/));
    const listed = (await h.ipc['zuoci:invoke']!({ senderFrame: { url: 'app://zuoci/index.html' } }, 'plans.list', {})) as {
      value: { id: string }[];
    };
    expect(listed.value.map((p) => p.id)).toContain(decodeURIComponent(h.loaded.at(-1)!.split('/plan/')[1]!));

    const bad = join(dir, '附件.zuoci');
    writeFileSync(bad, 'PK\u0003\u0004 not a plan');
    h.appEvents['second-instance']!({}, ['zuoci', bad], dir);
    // In the app's language (Chinese until the officer switches), like every other message.
    await vi.waitFor(() => expect(h.errors.at(-1)).toMatch(/^无法打开 附件\.zuoci：文件不完整/));
    h.appEvents['second-instance']!({}, ['zuoci', join(dir, 'missing.zuoci')], dir);
    await vi.waitFor(() => expect(h.errors.at(-1)).toMatch(/^无法打开 missing\.zuoci：ENOENT/));
  });

  it.skipIf(process.platform === 'win32')('a FIFO named .zuoci is refused at once instead of hanging the import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zuoci-open-'));
    const fifo = join(dir, '管道.zuoci');
    execFileSync('mkfifo', [fifo]);
    h.appEvents['second-instance']!({}, ['zuoci', fifo], dir);
    await vi.waitFor(() => expect(h.errors.at(-1)).toBe('无法打开 管道.zuoci：这不是一个普通文件。'));
    // Once the officer has switched the app to English, the dialog is in English.
    await h.ipc['zuoci:invoke']!({ senderFrame: { url: 'app://zuoci/index.html' } }, 'settings.set', {
      key: 'lang',
      value: 'en',
    });
    h.appEvents['second-instance']!({}, ['zuoci', fifo], dir);
    await vi.waitFor(() => expect(h.errors.at(-1)).toBe('管道.zuoci cannot be opened: it is not a regular file.'));
    await h.ipc['zuoci:invoke']!({ senderFrame: { url: 'app://zuoci/index.html' } }, 'settings.set', {
      key: 'lang',
      value: 'zh',
    });
  });

  it('finds the file among the arguments', () => {
    expect(planFileFromArgv(['Zuoci.exe', 'C:\\Users\\a\\Downloads\\国宴.ZUOCI'])).toBe('C:\\Users\\a\\Downloads\\国宴.ZUOCI');
    expect(planFileFromArgv(['zuoci', '--inspect=x.zuoci', 'notes.txt'])).toBeUndefined();
    expect(planFileFromArgv(['zuoci.zuoci'])).toBeUndefined();
  });
});
