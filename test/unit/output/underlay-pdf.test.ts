/**
 * A PDF floor plan: its first page is drawn by pdf.js in the local Chromium and kept as a
 * re-encoded PNG, like any picture (electron/services/pdf-raster.ts).
 */
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { createServices } from '../../../electron/services/services';
import { tempDir } from '../../helpers/temp';

const tmp = tempDir();
const services = createServices({ dataDir: tmp.dir, mode: 'browser', version: '0.0.0' });
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(async () => {
  await printer.close();
  services.close();
  tmp.cleanup();
});

/** Two pages of A4 landscape: a black box on a white first page, a black second page. */
const DRAWING = `<!doctype html><html><head><style>
@page { size: 297mm 210mm; margin: 0 } body { margin: 0 }
.p { width: 297mm; height: 210mm; position: relative; break-after: page }
.box { position: absolute; left: 100mm; top: 50mm; width: 97mm; height: 110mm; background: #000 }
</style></head><body><div class="p"><div class="box"></div></div><div class="p" style="background:#000"></div></body></html>`;

describe('a PDF floor plan', () => {
  it('comes in as its first page, drawn at about 200 dpi and re-encoded as a PNG', async () => {
    const pdf = await printer.pdf(DRAWING);
    const r = await dispatch(services.handlers, 'assets.importImage', { fileName: '平面图.pdf', data: pdf.toString('base64') });
    if (!r.ok) throw new Error(r.error.message);
    const info = r.value as { assetId: string; mime: string; width: number; height: number };
    expect(info.mime).toBe('image/png');
    // A4 landscape at 200 dpi: 2339 × 1654 px.
    expect(info.width).toBeGreaterThan(2300);
    expect(info.width / info.height).toBeCloseTo(297 / 210, 2);
    const png = PNG.sync.read(services.assets.get(info.assetId).bytes);
    const grey = (xMm: number, yMm: number) => {
      const x = Math.round((xMm / 297) * png.width);
      const y = Math.round((yMm / 210) * png.height);
      return png.data[(y * png.width + x) * 4]!;
    };
    expect(grey(148, 105)).toBeLessThan(40); // inside the box
    expect(grey(30, 30)).toBeGreaterThan(215); // white paper, not the black second page
  });

  it('names a damaged PDF instead of failing somewhere else', async () => {
    const broken = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF');
    const r = await dispatch(services.handlers, 'assets.importImage', {
      fileName: 'broken.pdf',
      data: broken.toString('base64'),
    });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-image', key: 'underlayUnreadable' });
    expect(!r.ok && r.error.message).toContain('broken.pdf');
    expect(services.assets.count()).toBe(1);
  });

  it('says so in words where no browser can draw it, and asks for a picture', async () => {
    const pdf = await printer.pdf(DRAWING);
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const r = await dispatch(services.handlers, 'assets.importImage', { fileName: 'plan.pdf', data: pdf.toString('base64') });
      expect(!r.ok && r.error).toMatchObject({ key: 'underlayPdfUnavailable', params: { file: 'plan.pdf' } });
      expect(!r.ok && r.error.message).toMatch(/PNG or JPEG/);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});
