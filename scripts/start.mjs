#!/usr/bin/env node
/**
 * `npm start`: build, make sure the Electron runtime is present, open the desktop app.
 * npm skips electron's own download (allowScripts), so the runtime is fetched here the
 * normal way. Where it cannot be had, say so in one line and serve the same app in browser
 * mode on 127.0.0.1 with a per-run token. `npm start -- --browser` goes to browser mode directly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args, opts = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...opts });

const build = run(bin('electron-vite'), ['build']);
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  try {
    return require('electron'); // the path of the runtime, or throws when it was never downloaded
  } catch (e) {
    return { missing: e.message.split('\n')[0] };
  }
}

const browserRequested = process.argv.includes('--browser') || Boolean(process.env.ZUOCI_BROWSER);
let electron = browserRequested ? { missing: 'browser mode requested' } : electronBinary();
if (typeof electron !== 'string' && !browserRequested) {
  // The normal download, as electron's own install script would have done it.
  const install = run(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    stdio: 'pipe',
    encoding: 'utf8',
    timeout: 180_000,
  });
  electron = electronBinary();
  if (typeof electron !== 'string') {
    const why = `${install.stderr ?? ''}${install.stdout ?? ''}`.split('\n').find((l) => l.trim()) ?? electron.missing;
    electron = { missing: `its download failed: ${why.trim()}` };
  }
}

if (typeof electron === 'string') {
  const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron runtime unavailable (${electron.missing}); starting browser mode instead.`);
  const child = spawn(bin('tsx'), [join(root, 'electron', 'host', 'browser-main.ts')], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
