/**
 * Prints a print-view document (renderer/src/print/document.tsx) with a local Chromium through
 * playwright-core: PDF for paper, PNG for charts. The document is served from a private origin
 * together with the bundled fonts, so nothing is fetched from the network and the fonts the page
 * uses are embedded in the PDF. Used by browser mode and by the headless `npm run export`;
 * the desktop app prints the same documents with Electron's printToPDF (electron/main/print.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from './export-browser';

/** What the services need from whoever prints: the desktop app or Chromium. */
export interface Printer {
  pdf(html: string): Promise<Buffer>;
  /** A bitmap of the first page at `scale` device pixels per CSS pixel (96 dpi). */
  png(html: string, page: { w: number; h: number }, scale: number): Promise<Buffer>;
  close(): Promise<void>;
}

export const PRINT_ORIGIN = 'http://zuoci.print';
export const FONT_PACKAGES = ['noto-sans-sc', 'noto-serif-sc', 'lxgw-wenkai'];

/** The folder holding the @fontsource packages (node_modules/@fontsource). */
export function defaultFontsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(dirname(require.resolve('@fontsource/noto-sans-sc')));
}

/**
 * Answers a request for the print origin: the document itself, or a file of one of the bundled
 * font packages. Anything else is refused, so a document cannot read other files.
 */
export async function printAsset(
  fontsDir: string,
  html: string,
  url: string,
): Promise<{ status: number; contentType: string; body: Buffer }> {
  const path = decodeURIComponent(new URL(url).pathname);
  if (path === '/doc.html') return { status: 200, contentType: 'text/html; charset=utf-8', body: Buffer.from(html) };
  const m = /^\/fonts\/([a-z-]+)\/(.+)$/.exec(path);
  if (m && FONT_PACKAGES.includes(m[1]!)) {
    const root = join(fontsDir, m[1]!);
    const file = normalize(join(root, m[2]!));
    if (file.startsWith(root + sep)) {
      try {
        const type = file.endsWith('.css') ? 'text/css' : file.endsWith('.woff2') ? 'font/woff2' : 'font/woff';
        return { status: 200, contentType: type, body: await readFile(file) };
      } catch {
        // falls through to 404
      }
    }
  }
  return { status: 404, contentType: 'text/plain', body: Buffer.from('not found') };
}

const MM_TO_CSS_PX = 96 / 25.4;

export interface ChromiumPrinterOptions {
  executablePath?: string;
  fontsDir?: string;
}

/** One browser, launched on first use and kept for the next job. */
export function chromiumPrinter(options: ChromiumPrinterOptions = {}): Printer {
  let launching: Promise<Browser> | undefined;
  const fontsDir = options.fontsDir ?? defaultFontsDir();

  const browser = () =>
    (launching ??= chromium
      .launch({
        executablePath: options.executablePath ?? findBrowser(),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      })
      .catch((e: unknown) => {
        launching = undefined;
        throw e;
      }));

  async function open(html: string, contextOptions: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await (await browser()).newContext({ ...contextOptions, offline: false });
    const page = await context.newPage();
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(`${PRINT_ORIGIN}/`)) return route.abort();
      const asset = await printAsset(fontsDir, html, url);
      await route.fulfill({ status: asset.status, contentType: asset.contentType, body: asset.body });
    });
    await page.goto(`${PRINT_ORIGIN}/doc.html`, { waitUntil: 'load' });
    // Fonts load as text is laid out (unicode-range subsets): wait for all of them.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page;
  }

  return {
    async pdf(html) {
      const page = await open(html);
      try {
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.context().close();
      }
    },
    async png(html, size, scale) {
      const viewport = { width: Math.round(size.w * MM_TO_CSS_PX), height: Math.round(size.h * MM_TO_CSS_PX) };
      const page = await open(html, { viewport, deviceScaleFactor: scale });
      try {
        return await page.screenshot({ clip: { x: 0, y: 0, ...viewport }, type: 'png' });
      } finally {
        await page.context().close();
      }
    },
    async close() {
      const b = launching;
      launching = undefined;
      if (b) await (await b.catch(() => undefined))?.close();
    },
  };
}
