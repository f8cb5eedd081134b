/**
 * The host the crash-safety test kills: the real browser-mode host (real services, real
 * SQLite store) on the data folder given as the first argument. It prints one line
 * `{"port": N}` when it is ready, then serves until it is killed.
 */
import { startBrowserHost } from '../../electron/host/browser-host';

const [dataDir] = process.argv.slice(2);
if (!dataDir || !process.env.ZUOCI_TOKEN) throw new Error('usage: ZUOCI_TOKEN=… crash-host <dataDir>');
const host = await startBrowserHost({ dataDir, staticDir: dataDir, version: 'crash-test', token: process.env.ZUOCI_TOKEN });
process.stdout.write(`${JSON.stringify({ port: host.port })}\n`);
