/**
 * The desktop host: one window, the app menu, secure defaults, and the IPC handler that
 * hands every validated request to the same services browser mode uses. A start that fails
 * (the library locked, the disk full, a newer database…) shows why in a native dialog, then
 * quits and lets go of the single-instance lock, so the next launch tries again.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INVOKE } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/security';
import { hostErrorText } from '../../shared/i18n/problems';
import { translate, type Lang } from '../../shared/i18n/translate';
import { resolveDataDir } from '../host/data-dir';
import { startupFailureText, systemLang } from '../host/startup-failure';
import { dispatch } from '../services/dispatch';
import { createServices, type Services } from '../services/services';
import { buildMenu } from './menu';
import { importPlanFile, planFileFromArgv } from './open-file';
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
// codeCache: V8 keeps the compiled app bundle between starts, as it does for http(s) pages (only
// on request for a custom scheme); opening a plan at start-up then skips compiling ~800 KB.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

// Every renderer sandboxed, whatever a window's own options say.
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

// A .zuoci file the app was opened with (Windows/Linux: an argument; macOS: open-file, which
// can arrive before the app is ready). Imported as a new plan once the services are up.
let pendingPlanFile = planFileFromArgv(process.argv);
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (services) void openPlanFile(path);
  else pendingPlanFile = path;
});

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
  // Every other session too (the print windows' partition): no permission is ever granted.
  app.on('session-created', (created) => lockDownSession(created));
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => shell.openExternal(url)));
}

/** The language the officer chose in the app (Chinese until they switch). */
function uiLang(): Lang {
  return services?.store.getSetting('lang') === 'en' ? 'en' : 'zh';
}

function applyMenuLanguage(): void {
  Menu.setApplicationMenu(buildMenu(uiLang()));
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

function start(): void {
  // First, so that sessions created while starting (the print partition) are locked down too.
  lockDown();
  services = createServices({
    dataDir: dataDir(),
    mode: 'electron',
    version: app.getVersion(),
    printer: electronPrinter(),
  });
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
  if (pendingPlanFile) void openPlanFile(pendingPlanFile);
  app.on('second-instance', (_event, argv) => {
    const file = planFileFromArgv(argv);
    if (file) void openPlanFile(file);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
}

function dataDir(): string {
  return resolveDataDir(app.getPath('userData'));
}

/** The reason in the system's language (the library's own setting may be what cannot be read). */
function failStart(e: unknown): void {
  const lang = systemLang(app.getPreferredSystemLanguages()[0] ?? app.getLocale());
  try {
    dialog.showErrorBox(translate(lang, 'startup.title'), startupFailureText(e, lang, dataDir()));
  } finally {
    try {
      services?.close();
    } finally {
      app.releaseSingleInstanceLock();
      app.exit(1);
    }
  }
}

app.whenReady().then(start).catch(failStart);

async function openPlanFile(path: string): Promise<void> {
  const result = await importPlanFile(services!.handlers, path);
  if ('error' in result) dialog.showErrorBox(translate(uiLang(), 'app.title'), hostErrorText(uiLang(), result.error));
  else void mainWindow?.loadURL(`${APP_ORIGIN}/index.html#/plan/${encodeURIComponent(result.planId)}`);
}

app.on('window-all-closed', () => {
  services?.close();
  app.quit();
});
