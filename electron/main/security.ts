/**
 * The desktop host's security rules, as small functions with no Electron at run time (types
 * only), so tests exercise the real rules without an Electron binary. `index.ts` wires them
 * in; test/unit/security checks both the rules and the wiring.
 *
 * Electron's checklist, item by item: content from a custom privileged scheme (`app://zuoci`),
 * never file:// or http; contextIsolation + sandbox, no nodeIntegration, no webview; strict
 * CSP on every response; navigation, redirects and new windows denied; only http(s) links go
 * to the OS browser; every permission denied except the clipboard for our own page (canvas
 * copy/paste between windows); IPC answered only for our own page.
 */
import type { Event, HandlerDetails, Session, WebContents, WebPreferences, WindowOpenHandlerResponse } from 'electron';
import { join, normalize, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'zuoci';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    // Middle-click would otherwise ask for a new window (denied anyway by the open handler).
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
  };
}

/** True only for pages of the app itself: `app://zuoci/…`. */
export function isAppUrl(url: string | undefined): boolean {
  const parsed = url ? URL.parse(url) : null;
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Only http(s) links may leave the app, and only to the OS browser. */
export function isExternalLink(url: string): boolean {
  return externalHref(url) !== undefined;
}

/** The parsed, normalised http(s) address handed to the OS, never the raw string. */
function externalHref(url: string): string | undefined {
  const parsed = URL.parse(url);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : undefined;
}

/** The IPC sender check: a request counts only from the app's own page. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return isAppUrl(frameUrl);
}

export const FORBIDDEN = { ok: false as const, error: { code: 'forbidden', message: 'request from an unknown page' } };

/** Navigation away from the app is refused; in-app navigation (hash routes) is not a navigation. */
export function guardNavigation(event: Pick<Event, 'preventDefault'>, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

export function windowOpenHandler(openExternal: (url: string) => Promise<void>) {
  return ({ url }: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    const href = externalHref(url);
    if (href) void openExternal(href).catch(() => undefined);
    return { action: 'deny' };
  };
}

/** Applied to every web contents the app ever creates. */
export function hardenContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', (event) => guardNavigation(event, event.url));
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
}

/** The only permissions ever granted, and only to our own page: copy/paste of venue items. */
const CLIPBOARD = new Set(['clipboard-read', 'clipboard-sanitized-write']);

export function permissionAllowed(permission: string, origin: string | undefined): boolean {
  return CLIPBOARD.has(permission) && (origin === APP_ORIGIN || (origin ?? '').startsWith(`${APP_ORIGIN}/`));
}

/** No camera, microphone, geolocation, notifications, USB, HID, serial … ever. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, origin) => permissionAllowed(permission, origin));
  session.setDevicePermissionHandler(() => false);
  // Exports (.zuoci, PDF, xlsx) are downloads: Electron asks where to save them.
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ defaultPath: item.getFilename() });
  });
}

/**
 * The file behind an `app://zuoci/…` request, or undefined for anything outside the built
 * renderer (traversal, other hosts, undecodable paths).
 */
export function appFileFor(rendererRoot: string, requestUrl: string): string | undefined {
  const url = URL.parse(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const root = resolve(rendererRoot);
  const file = resolve(join(root, normalize(path)));
  return file.startsWith(root + sep) ? file : undefined;
}
