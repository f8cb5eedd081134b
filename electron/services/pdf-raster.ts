/**
 * The first page of a PDF floor plan as a PNG, rendered by pdf.js (pdfjs-dist) inside a local
 * Chromium — the same browser the PDF export prints with (export-browser.ts), launched for the
 * job and closed after it. The page may fetch only its own origin: our render script, pdf.js
 * and its CMaps/fonts from node_modules, and the PDF itself; pdf.js runs without eval, without
 * XFA forms and without the PDF's own scripts. The PNG it draws goes through `reencodeImage`
 * like any picture, so the limits and re-encoding are the same as for a PNG the officer picks.
 * Where no such browser can be launched (none installed; the packaged desktop app, which ships
 * neither playwright-core nor pdf.js) the officer is told so and asked for a PNG or JPEG.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { UNDERLAY_LIMITS, UNDERLAY_MAX_BYTES } from '../../shared/model/limits';
import { CHROMIUM_FLAGS, findBrowser } from './export-browser';
import { megabytes } from './plan-file';
import { StoreError } from './plan-store';

const ORIGIN = 'http://zuoci.pdf';
const CSP = `default-src 'none'; script-src ${ORIGIN}; worker-src ${ORIGIN}; connect-src ${ORIGIN}; font-src ${ORIGIN} data: blob:; img-src data: blob:; style-src 'unsafe-inline'`;
/** About 200 dpi: lines and room names of a drawing stay sharp when zoomed in on the canvas. */
const DPI = 200;
const TIMEOUT_MS = 60_000;
const FOLDERS = ['build', 'cmaps', 'standard_fonts'];

const PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="/render.mjs"></script></body></html>`;

/** Runs in the page: reads /input.pdf, draws page 1 on white at DPI within the pixel limits. */
const RENDER = `
import * as pdfjs from '/pdfjs/build/pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.min.mjs';
window.renderFirstPage = async (dpi, side, megapixels) => {
  const data = new Uint8Array(await (await fetch('/input.pdf')).arrayBuffer());
  const doc = await pdfjs.getDocument({
    data, isEvalSupported: false, enableXfa: false, cMapUrl: '/pdfjs/cmaps/', cMapPacked: true,
    standardFontDataUrl: '/pdfjs/standard_fonts/',
  }).promise;
  const page = await doc.getPage(1);
  const base = page.getViewport({ scale: 1 });
  const scale = Math.min(dpi / 72, side / base.width, side / base.height,
    Math.sqrt((megapixels * 1e6) / (base.width * base.height)));
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(viewport.width));
  canvas.height = Math.max(1, Math.floor(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, viewport }).promise;
  return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
};
window.ready = true;
`;

function pdfjsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

/** What the page may fetch; anything else is not found. */
async function serve(pdf: Buffer, url: string): Promise<{ status: number; type: string; body: Buffer | string }> {
  const path = decodeURIComponent(new URL(url).pathname);
  if (path === '/index.html') return { status: 200, type: 'text/html; charset=utf-8', body: PAGE };
  if (path === '/render.mjs') return { status: 200, type: 'text/javascript', body: RENDER };
  if (path === '/input.pdf') return { status: 200, type: 'application/pdf', body: pdf };
  const m = /^\/pdfjs\/([a-z_]+)\/(.+)$/.exec(path);
  if (m && FOLDERS.includes(m[1]!)) {
    const root = join(pdfjsDir(), m[1]!);
    const file = normalize(join(root, m[2]!));
    if (file.startsWith(root + sep)) {
      try {
        const type = file.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream';
        return { status: 200, type, body: await readFile(file) };
      } catch {
        // falls through to 404
      }
    }
  }
  return { status: 404, type: 'text/plain', body: 'not found' };
}

/** The PDF's first page as PNG bytes; a StoreError naming the file when it cannot be drawn. */
export async function firstPagePng(pdf: Buffer, file: string): Promise<Buffer> {
  if (pdf.length > UNDERLAY_MAX_BYTES) {
    throw new StoreError('underlayTooLarge', { file, size: megabytes(pdf.length), max: megabytes(UNDERLAY_MAX_BYTES) });
  }
  let browser: Browser;
  try {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_FLAGS });
  } catch (e) {
    console.error(`Zuoci: cannot draw a PDF: ${(e as Error).message}`);
    throw new StoreError('underlayPdfUnavailable', { file });
  }
  try {
    const page = await browser.newPage();
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(`${ORIGIN}/`)) return route.abort();
      const answer = await serve(pdf, url);
      await route.fulfill({
        status: answer.status,
        contentType: answer.type,
        body: answer.body,
        headers: { 'Content-Security-Policy': CSP },
      });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, null, { timeout: TIMEOUT_MS });
    const base64 = await page.evaluate(
      ([dpi, side, megapixels]) =>
        (window as unknown as { renderFirstPage(d: number, s: number, m: number): Promise<string> }).renderFirstPage(
          dpi,
          side,
          megapixels,
        ),
      [DPI, UNDERLAY_LIMITS.side, UNDERLAY_LIMITS.megapixels] as const,
    );
    return Buffer.from(base64, 'base64');
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw new StoreError('underlayUnreadable', { file, problem: (e as Error).message.split('\n')[0]!.slice(0, 300) });
  } finally {
    await browser.close();
  }
}
