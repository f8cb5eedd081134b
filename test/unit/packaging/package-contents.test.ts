/**
 * What the desktop package contains. `npm run dist:dir` (scripts/dist-dir.mjs) assembles the
 * unpacked app with a stand-in runtime — the same electron-builder.yml an installer build
 * uses — and this test reads the resulting app.asar: the built app is there, the native
 * SQLite module is unpacked beside it, and nothing that must not ship does (tests, source
 * maps, sources, dev tools, databases, keys). It also checks the packaging settings that
 * only take effect on a machine with the real runtime (fuses, installers, file association).
 */
import { listPackage, extractFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_TIER } from '../../helpers/tier';

const root = process.cwd();
const unpacked = join(
  root,
  'dist',
  `${process.platform === 'win32' ? 'win' : process.platform === 'darwin' ? 'mac' : 'linux'}-unpacked`,
);
const asarFile = join(unpacked, 'resources', 'app.asar');
let files: string[];

const inputs = ['out/main/index.cjs', 'electron-builder.yml', 'package.json'].map((f) => join(root, f));
const fresh = existsSync(asarFile) && inputs.every((f) => existsSync(f) && statSync(asarFile).mtimeMs > statSync(f).mtimeMs);
// Assembling the package takes about 15 s: the full tier (npm test, right after its build) always
// checks a current package; the quick tier checks the package only while it is current.
const checked = fresh || FULL_TIER;
if (!checked) console.log('package-contents: the package is older than the build; npm test (or npm run dist:dir) checks it');

describe.runIf(checked)('the packaged app (dist:dir)', () => {
  beforeAll(() => {
    // Re-assemble unless a package newer than the current build is already there.
    if (!fresh) {
      const run = spawnSync(process.execPath, ['scripts/dist-dir.mjs', '--skip-build'], { cwd: root, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`dist:dir failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
    }
    files = listPackage(asarFile, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
  }, 10 * 60_000);

  it('holds the built main, preload and renderer, and a package.json pointing at main', () => {
    for (const f of ['/out/main/index.cjs', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(files).toContain(f);
    const pkg = JSON.parse(extractFile(asarFile, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(pkg.main).toBe('out/main/index.cjs');
    expect(pkg).not.toHaveProperty('devDependencies');
    expect(pkg).not.toHaveProperty('scripts');
    expect(existsSync(join(unpacked, process.platform === 'win32' ? 'zuoci.exe' : 'zuoci'))).toBe(true);
  });

  it('ships the native SQLite module unpacked, and the JavaScript that loads it', () => {
    const native = join(`${asarFile}.unpacked`, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(existsSync(native)).toBe(true);
    const head = readFileSync(native).subarray(0, 4);
    // ELF on Linux, PE ("MZ") on Windows, Mach-O on macOS: a real compiled module, not a stub.
    expect([
      head.toString('latin1') === '\x7fELF',
      head.subarray(0, 2).toString('latin1') === 'MZ',
      head.readUInt32LE(0) === 0xfeedfacf,
    ]).toContain(true);
    expect(files).toContain('/node_modules/better-sqlite3/lib/index.js');
    expect(files).toContain('/node_modules/bindings/bindings.js');
  });

  it('has no tests, source maps, sources, databases or keys', () => {
    const forbidden: [string, RegExp][] = [
      ['source maps', /\.map$/],
      ['test folders', /\/(test|tests|__tests__|spec)\//],
      ['test native modules', /test_extension\.node$/],
      ['our TypeScript sources', /^\/(electron|shared|renderer\/src|test|scripts|bench)\//],
      ['type declarations', /\.d\.[cm]?ts$/],
      ['C/C++ sources of native modules', /\/better-sqlite3\/(deps|src)\/|\/obj(\.target)?\//],
      ['databases', /\.(sqlite|db)(-wal|-shm)?$/],
      ['keys and env files', /\.(pem|key|p12|pfx)$|\/\.env/],
      ['git data', /\/\.git\//],
    ];
    for (const [what, pattern] of forbidden)
      expect(
        files.filter((f) => pattern.test(f)),
        what,
      ).toEqual([]);
  });

  it('leaves out every development tool', () => {
    const modules = new Set(
      files
        .filter((f) => f.startsWith('/node_modules/'))
        .map((f) =>
          f
            .split('/')
            .slice(2, f.split('/')[2]!.startsWith('@') ? 4 : 3)
            .join('/'),
        ),
    );
    for (const dev of [
      'electron',
      'electron-builder',
      'electron-vite',
      'vite',
      'vitest',
      'typescript',
      'eslint',
      'prettier',
      'fast-check',
      'tsx',
      '@doyensec/electronegativity',
      '@playwright/test',
    ]) {
      expect(modules.has(dev), dev).toBe(false);
    }
  });

  it('the built code carries no secrets: no private keys, no tokens, no source map references', () => {
    for (const f of files.filter((f) => /^\/out\/.*\.(cjs|js|html|css)$/.test(f))) {
      const text = extractFile(asarFile, f.slice(1)).toString('utf8');
      expect(text, f).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
      expect(text, f).not.toMatch(/^\/[/*][#@] sourceMappingURL=/m);
      expect(text, f).not.toMatch(/ZUOCI_TOKEN=[0-9a-f]{8,}/);
    }
  });
});

describe('installer settings (electron-builder.yml)', () => {
  // electron-builder's own YAML reader (js-yaml, untyped), read as electron-builder's Configuration.
  const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
  const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration &
    Record<'win' | 'mac' | 'linux', { icon: string; target: string[] }>;

  it('names the app and points every platform at the icon in resources/', () => {
    expect(config).toMatchObject({ appId: 'cn.zuoci.app', productName: 'Zuoci', directories: { buildResources: 'resources' } });
    for (const platform of ['win', 'mac', 'linux'] as const)
      expect(existsSync(join(root, config[platform].icon)), platform).toBe(true);
  });

  it('builds a per-user Chinese NSIS installer, a dmg, an AppImage and a deb', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, language: '2052', deleteAppDataOnUninstall: false });
    expect(config.nsis?.installerLanguages?.[0]).toBe('zh_CN');
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('associates .zuoci files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'zuoci', role: 'Editor', mimeType: 'application/x-zuoci' }),
    ]);
  });

  it('configures the fuses: no run-as-node, no NODE_OPTIONS, no inspector, asar integrity', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
