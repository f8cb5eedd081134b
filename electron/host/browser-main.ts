/**
 * `npm start` falls back to this when the Electron runtime cannot be had: the same app,
 * served to a local browser. Prints one line with the URL (it carries the per-run token).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserHost } from './browser-host';
import { resolveDataDir } from './data-dir';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const host = await startBrowserHost({
  dataDir: resolveDataDir(),
  staticDir: join(root, 'out', 'renderer'),
  version,
  port: Number(process.env.ZUOCI_PORT ?? 0),
  ...(process.env.ZUOCI_TOKEN ? { token: process.env.ZUOCI_TOKEN } : {}),
});
console.log(`Zuoci is running in browser mode: ${host.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void host.close().then(() => process.exit(0)));
}
