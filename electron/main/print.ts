/**
 * The desktop app's printer: the same print-view documents as browser mode, printed by Electron's
 * own Chromium (webContents.printToPDF / capturePage) in a hidden window. The window has its own
 * session in which http://zuoci.print is answered from memory and from the bundled font packages
 * (electron/services/export-pdf.ts printAsset); every other request is refused. The document
 * comes with PRINT_CSP (no script runs, nothing but our fonts loads) and the window may not use
 * WebRTC over plain UDP. JavaScript itself stays on only for the host's own wait for the fonts
 * (`executeJavaScript`, which the page's CSP does not govern).
 */
import { BrowserWindow, session } from 'electron';
import { defaultFontsDir, printAsset, PRINT_CSP, PRINT_ORIGIN, type Printer } from '../services/export-pdf';

const MM_TO_CSS_PX = 96 / 25.4;

export function electronPrinter(fontsDir = defaultFontsDir()): Printer {
  const ses = session.fromPartition('zuoci-print');
  let current = '';
  let queue: Promise<unknown> = Promise.resolve();
  let handled = false;

  const serve = () => {
    if (handled) return;
    handled = true;
    ses.protocol.handle('http', async (request) => {
      if (!request.url.startsWith(`${PRINT_ORIGIN}/`)) return new Response('forbidden', { status: 403 });
      const asset = await printAsset(fontsDir, current, request.url);
      return new Response(new Uint8Array(asset.body), {
        status: asset.status,
        headers: { 'Content-Type': asset.contentType, 'Content-Security-Policy': PRINT_CSP },
      });
    });
    ses.protocol.handle('https', () => new Response('forbidden', { status: 403 }));
  };

  function job<T>(
    html: string,
    size: { width: number; height: number },
    zoom: number,
    then: (win: BrowserWindow) => Promise<T>,
  ): Promise<T> {
    const run = queue.then(async () => {
      serve();
      current = html;
      const win = new BrowserWindow({
        show: false,
        width: size.width,
        height: size.height,
        useContentSize: true,
        webPreferences: {
          session: ses,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webviewTag: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          // No middle-click navigation in a window that only ever shows our own print page.
          disableBlinkFeatures: 'Auxclick',
          javascript: true,
          zoomFactor: zoom,
        },
      });
      win.webContents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
      try {
        await win.loadURL(`${PRINT_ORIGIN}/doc.html`);
        await win.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
        return await then(win);
      } finally {
        win.destroy();
      }
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    pdf: (html) =>
      job(html, { width: 800, height: 1100 }, 1, async (win) =>
        Buffer.from(await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })),
      ),
    png: (html, page, scale) => {
      const width = Math.round(page.w * MM_TO_CSS_PX * scale);
      const height = Math.round(page.h * MM_TO_CSS_PX * scale);
      return job(html, { width, height }, scale, async (win) =>
        (await win.webContents.capturePage({ x: 0, y: 0, width, height })).toPNG(),
      );
    },
    close: async () => undefined,
  };
}
