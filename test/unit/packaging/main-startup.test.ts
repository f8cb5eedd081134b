/**
 * The packaged app ships only `dependencies`. Load the built desktop main process (out/main) in
 * Node with a stand-in `electron`, record every module it loads at start-up, and check none is a
 * devDependency and the on-demand Chromium printing chunk stays unloaded (Electron prints itself).
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const main = join(root, 'out', 'main', 'index.cjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** An `electron` whose every property is a callable that returns another such object. */
function standIn(): unknown {
  const handler: ProxyHandler<() => void> = {
    get: (_t, key) => (key === 'then' ? undefined : key === 'whenReady' ? () => new Promise(() => undefined) : standIn()),
    apply: () => standIn(),
  };
  return new Proxy(() => undefined, handler);
}

describe('desktop main process at start-up', () => {
  it.skipIf(!existsSync(main))('loads only shipped packages, and not the Chromium printing chunk', () => {
    const Module = createRequire(import.meta.url)('node:module') as {
      _load: (request: string, parent: unknown, isMain: boolean) => unknown;
    };
    const original = Module._load;
    const loaded: string[] = [];
    Module._load = function (request, parent, isMain) {
      loaded.push(request);
      if (request === 'electron') return standIn();
      return original.call(this, request, parent, isMain);
    };
    try {
      createRequire(main)(main);
    } finally {
      Module._load = original;
    }
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const packages = loaded
      .filter((r) => !r.startsWith('.') && !r.startsWith('/') && !builtins.has(r) && r !== 'electron')
      .map((r) => (r.startsWith('@') ? r.split('/').slice(0, 2).join('/') : r.split('/')[0]!));
    const shipped = new Set(Object.keys(pkg.dependencies));
    expect([...new Set(packages)].filter((p) => !shipped.has(p))).toEqual([]);
    expect(loaded.filter((r) => r.includes('playwright'))).toEqual([]);
    expect(loaded).toContain('better-sqlite3');
  });
});
