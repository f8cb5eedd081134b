/**
 * `npm start` falls back to this when the Electron runtime cannot be had: the same app,
 * served to a local browser. Prints one line with the URL (it carries the per-run token).
 * When the host cannot start (the library is locked, the disk full, …) it prints why, in the
 * system's language, and exits with status 1 — no stack trace.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { resolveDataDir } from './data-dir';
import { startupFailureText, systemLang } from './startup-failure';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const dataDir = resolveDataDir();

let host: BrowserHost;
try {
  host = await startBrowserHost({
    dataDir,
    staticDir: join(root, 'out', 'renderer'),
    version,
    port: Number(process.env.ZUOCI_PORT ?? 0),
    ...(process.env.ZUOCI_TOKEN ? { token: process.env.ZUOCI_TOKEN } : {}),
  });
} catch (e) {
  console.error(startupFailureText(e, systemLang(Intl.DateTimeFormat().resolvedOptions().locale), dataDir));
  process.exit(1);
}
console.log(`Zuoci is running in browser mode: ${host.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void host.close().then(() => process.exit(0)));
}
