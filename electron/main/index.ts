/**
 * The desktop host: one window, the app menu, secure defaults, and the IPC handler that
 * hands every validated request to the same services browser mode uses.
 */
import { app, BrowserWindow, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INVOKE } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/security';
import { resolveDataDir } from '../host/data-dir';
import { dispatch } from '../services/dispatch';
import { createServices, type Services } from '../services/services';
import { buildMenu } from './menu';
import { electronPrinter } from './print';
import {
  APP_ORIGIN,
  APP_SCHEME,
  appFileFor,
  FORBIDDEN,
  hardenContents,
  isTrustedSender,
  lockDownSession,
  secureWebPreferences,
} from './security';

const rendererRoot = resolve(join(__dirname, '..', 'renderer'));

// The app's pages come from a privileged custom scheme, never file:// or the network.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Every renderer sandboxed, whatever a window's own options say.
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

let services: Services | undefined;
let mainWindow: BrowserWindow | undefined;

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(rendererRoot, request.url);
    if (!file) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => new Response('not found', { status: 404 }));
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function lockDown(): void {
  lockDownSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => shell.openExternal(url)));
}

function applyMenuLanguage(): void {
  const lang = services?.store.getSetting('lang') === 'en' ? 'en' : 'zh';
  Menu.setApplicationMenu(buildMenu(lang));
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    title: '座次 Zuoci',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '..', 'preload', 'index.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.whenReady().then(() => {
  services = createServices({
    dataDir: resolveDataDir(app.getPath('userData')),
    mode: 'electron',
    version: app.getVersion(),
    printer: electronPrinter(),
  });
  lockDown();
  serveApp();
  ipcMain.handle(INVOKE, async (event, channel: unknown, request: unknown) => {
    // Only our own page may call the host.
    if (!isTrustedSender(event.senderFrame?.url)) return FORBIDDEN;
    const result = await dispatch(services!.handlers, channel, request);
    // The menu follows the language the user picks in the app.
    if (result.ok && channel === 'settings.set' && (request as { key?: unknown }).key === 'lang') applyMenuLanguage();
    return result;
  });
  applyMenuLanguage();
  createWindow();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
});

app.on('window-all-closed', () => {
  services?.close();
  app.quit();
});
