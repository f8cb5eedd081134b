/**
 * The desktop app when it cannot start: the real electron/main/index.ts, loaded with the
 * `electron` module replaced by a recorder (as in electron-main.test.ts), on a data folder it
 * cannot open. It must show a native dialog with the reason in the system's language and the
 * data folder's path, open no window, release the single-instance lock (or every later launch
 * would be swallowed by this dead one) and exit.
 */
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { migrations } from '../../../electron/services/plan-store';
import { DATABASE_FILE } from '../../../electron/services/services';
import { tempDir } from '../../helpers/temp';

type Handler = (...args: unknown[]) => unknown;
const h = vi.hoisted(() => ({
  dataDir: '',
  languages: [] as string[],
  windows: 0,
  errorBoxes: [] as { title: string; text: string }[],
  released: 0,
  exitCodes: [] as number[],
}));

vi.mock('electron', () => {
  const session = {
    protocol: { handle: () => undefined },
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    on: () => undefined,
  };
  return {
    app: {
      whenReady: () => Promise.resolve(),
      on: (_event: string, _fn: Handler) => undefined,
      requestSingleInstanceLock: () => true,
      releaseSingleInstanceLock: () => h.released++,
      enableSandbox: () => undefined,
      quit: () => undefined,
      exit: (code: number) => h.exitCodes.push(code),
      getPath: () => h.dataDir,
      getVersion: () => '0.0.0-test',
      getLocale: () => h.languages[0] ?? 'en-US',
      getPreferredSystemLanguages: () => h.languages,
    },
    BrowserWindow: class {
      constructor() {
        h.windows++;
      }
      once() {}
      loadURL() {
        return Promise.resolve();
      }
    },
    ipcMain: { handle: () => undefined },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
    dialog: { showErrorBox: (title: string, text: string) => h.errorBoxes.push({ title, text }) },
    net: { fetch: () => Promise.resolve(new Response('')) },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    session: { fromPartition: () => session, defaultSession: session },
    shell: { openExternal: () => Promise.resolve() },
  };
});

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('zuoci-electron-start-');
  Object.assign(h, { windows: 0, errorBoxes: [], released: 0, exitCodes: [] });
  vi.resetModules();
});
afterEach(() => tmp.cleanup());

/** Loads the desktop host as Electron would and waits until it has given up. */
async function launch(dataDir: string, languages: string[]) {
  h.dataDir = dataDir;
  h.languages = languages;
  process.env.ZUOCI_DATA_DIR = dataDir;
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(h.exitCodes).toEqual([1]));
}

describe('a desktop start that fails', () => {
  it('a database from a newer Zuoci: a dialog in Chinese with the reason and the folder, then exit', async () => {
    const db = new Database(join(tmp.dir, DATABASE_FILE));
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    await launch(tmp.dir, ['zh-CN', 'en-US']);
    expect(h.errorBoxes).toHaveLength(1);
    expect(h.errorBoxes[0]!.title).toBe('座次无法启动');
    expect(h.errorBoxes[0]!.text).toMatch(/由更新版本的座次写入（数据库格式 \d+，此版本最多读取 \d+）。请安装新版座次。/);
    expect(h.errorBoxes[0]!.text).toContain(`数据文件夹：${tmp.dir}`);
    expect(h.errorBoxes[0]!.text).not.toMatch(/\n\s+at /);
    expect(h.windows).toBe(0);
    expect(h.released).toBe(1);
  });

  it('a data folder that cannot be made: a dialog in English, then exit', async () => {
    const notAFolder = join(tmp.dir, 'data');
    writeFileSync(notAFolder, 'a file where the data folder should be');
    await launch(join(notAFolder, 'Zuoci'), ['en-GB']);
    expect(h.errorBoxes).toEqual([{ title: 'Zuoci cannot start', text: expect.stringContaining('Data folder: ') }]);
    expect(h.errorBoxes[0]!.text).toMatch(/^The plan library .* cannot be opened\.\nNothing in the plan library was changed\./);
    expect(h.windows).toBe(0);
    expect(h.released).toBe(1);
  });

  it('a healthy folder starts normally: a window, no dialog', async () => {
    mkdirSync(join(tmp.dir, 'ok'));
    h.dataDir = join(tmp.dir, 'ok');
    process.env.ZUOCI_DATA_DIR = h.dataDir;
    h.languages = ['en-US'];
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(h.windows).toBe(1));
    expect(h.errorBoxes).toEqual([]);
    expect(h.exitCodes).toEqual([]);
  });
});
