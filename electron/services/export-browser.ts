/**
 * Finds a local Chromium-based browser for printing: every Windows PC has Edge, most have Chrome.
 * CHROMIUM_PATH wins; then the usual install paths for the platform.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How Zuoci starts a headless Chromium-based browser: no GPU, none of the browser's own network
 * traffic (offline office PCs and these build machines refuse it anyway), and no WebRTC over
 * plain UDP — a print page has no proxy, so no UDP at all, which a request filter cannot see.
 * The sandbox stays on, except for root: Chromium refuses to start as root with it (build
 * machines and containers run as root); see docs/security.md.
 */
export function chromiumFlags(uid: number | undefined = process.getuid?.()): string[] {
  return [
    ...(uid === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  ];
}

export const CHROMIUM_FLAGS = chromiumFlags();

export class NoBrowserError extends Error {
  constructor(tried: string[]) {
    super(
      `No Chromium-based browser (Chromium, Chrome or Edge) was found to print with. ` +
        `Install one, or set CHROMIUM_PATH to its executable. Looked in:\n  ${tried.join('\n  ')}`,
    );
    this.name = 'NoBrowserError';
  }
}

export function browserCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const fromEnv = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [];
  if (platform === 'win32') {
    const roots = [env['ProgramFiles'], env['ProgramFiles(x86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return [
      ...fromEnv,
      ...roots.map((r) => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((r) => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
      ...roots.map((r) => join(r, 'Chromium', 'Application', 'chrome.exe')),
    ];
  }
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

/** The first candidate that exists; throws NoBrowserError naming every place it looked. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const candidates = browserCandidates(env, platform);
  if (env.CHROMIUM_PATH && !existsSync(env.CHROMIUM_PATH)) {
    throw new NoBrowserError([`${env.CHROMIUM_PATH} (CHROMIUM_PATH: no such file)`]);
  }
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new NoBrowserError(candidates);
  return found;
}
