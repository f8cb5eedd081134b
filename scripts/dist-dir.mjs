#!/usr/bin/env node
/**
 * `npm run dist:dir`: assembles the unpacked desktop app (dist/<platform>-unpacked) with
 * electron-builder, the way an installer build does, but with a stand-in runtime: the
 * Electron binary cannot be downloaded on these machines (TOOLCHAIN.md). What it proves is
 * the package itself — the asar, what is in it, the unpacked native module, the executable
 * name — and test/unit/packaging checks exactly that.
 *
 * The stand-in has no fuse wire, so the `electronFuses` of electron-builder.yml are switched
 * off for this assembly only; native modules are not rebuilt (Electron's headers cannot be
 * fetched either). A real build (README, "Building installers") does both.
 *
 * `--skip-build` uses the existing out/ instead of running `electron-vite build` first.
 */
import { spawnSync } from 'node:child_process';
import { build, Platform } from 'electron-builder';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args) => {
  const result = spawnSync(npx, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--skip-build') || !existsSync(join(root, 'out', 'main', 'index.cjs'))) {
  run(['electron-vite', 'build']);
}

// An executable named as electron-builder expects; it only says what it is.
const standin = join(root, '.tmp', 'electron-standin');
rmSync(standin, { recursive: true, force: true });
mkdirSync(standin, { recursive: true });
const exe = join(standin, process.platform === 'win32' ? 'electron.exe' : 'electron');
writeFileSync(
  exe,
  '#!/bin/sh\necho "Zuoci stand-in runtime: build installers on a machine with Electron (README)." >&2\nexit 1\n',
);
chmodSync(exe, 0o755);

// The same electron-builder.yml, with three settings changed for the stand-in (see above).
await build({
  projectDir: root,
  targets: Platform.current().createTarget('dir'),
  config: { electronDist: standin, npmRebuild: false, electronFuses: null },
});
