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
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from './export-browser';

/** What the services need from whoever prints: the desktop app or Chromium. */
export interface Printer {
  pdf(html: string): Promise<Buffer>;
  /** A bitmap of the first page at `scale` device pixels per CSS pixel (96 dpi). */
  png(html: string, page: { w: number; h: number }, scale: number): Promise<Buffer>;
  close(): Promise<void>;
}

export const PRINT_ORIGIN = 'http://zuoci.print';
/**
 * The print page's policy: our own fonts and inline styles, pictures only inline, no script of
 * any kind, nothing else. The printers also run the page with JavaScript off where they can.
 */
export const PRINT_CSP = `default-src 'none'; style-src 'unsafe-inline' ${PRINT_ORIGIN}; font-src ${PRINT_ORIGIN}; img-src data:; script-src 'none'; form-action 'none'; base-uri 'none'`;
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

async function load(page: Page): Promise<void> {
  await page.goto(`${PRINT_ORIGIN}/doc.html`, { waitUntil: 'load' });
  // Fonts load as text is laid out (unicode-range subsets): wait for all of them.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export interface ChromiumPrinterOptions {
  executablePath?: string;
  fontsDir?: string;
}

/**
 * One browser and one page, launched on first use and kept for the next job: a new context per
 * job would cost a second or more each time, and the page's memory cache keeps the fonts decoded
 * between jobs. Jobs run one at a time.
 */
export function chromiumPrinter(options: ChromiumPrinterOptions = {}): Printer {
  const fontsDir = options.fontsDir ?? defaultFontsDir();
  let current = '';
  let opening: Promise<{ browser: Browser; page: Page }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const open = () =>
    (opening ??= (async () => {
      // Loaded on first print: the desktop app prints with Electron and never needs it.
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: options.executablePath ?? findBrowser(),
        args: CHROMIUM_FLAGS,
      });
      // JavaScript off: a print document is static HTML, and one that arrives with a plan
      // (or through a forged request) must not act. The printer's own waits still run.
      const page = await browser.newPage({ javaScriptEnabled: false });
      await serve(page, () => current);
      return { browser, page };
    })().catch((e: unknown) => {
      opening = undefined;
      throw e;
    }));

  /** The page may fetch only the print origin: the document and the bundled fonts (cached). */
  const serve = (page: Page, html: () => string) =>
    page.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(`${PRINT_ORIGIN}/`)) return route.abort();
      const asset = await printAsset(fontsDir, html(), url);
      const cache = url.includes('/fonts/') ? 'max-age=86400' : 'no-store';
      await route.fulfill({
        status: asset.status,
        contentType: asset.contentType,
        body: asset.body,
        headers: { 'Cache-Control': cache, 'Content-Security-Policy': PRINT_CSP },
      });
    });

  /** Loads the document and waits for its fonts; runs `then` on the loaded page. */
  function job<T>(html: string, then: (page: Page) => Promise<T>): Promise<T> {
    const run = queue.then(async () => {
      const { page } = await open();
      current = html;
      await load(page);
      return then(page);
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    pdf: (html) => job(html, (page) => page.pdf({ preferCSSPageSize: true, printBackground: true })),
    png: async (html, size, scale) => {
      const viewport = { width: Math.round(size.w * MM_TO_CSS_PX), height: Math.round(size.h * MM_TO_CSS_PX) };
      // deviceScaleFactor belongs to a context: a bitmap gets its own, short-lived one.
      const { browser } = await open();
      const context = await browser.newContext({ viewport, deviceScaleFactor: scale, javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await serve(page, () => html);
        await load(page);
        return await page.screenshot({ clip: { x: 0, y: 0, ...viewport }, type: 'png' });
      } finally {
        await context.close();
      }
    },
    async close() {
      const o = opening;
      opening = undefined;
      if (o) await (await o.catch(() => undefined))?.browser.close();
    },
  };
}
