/**
 * The saved .svg looks the same on a machine without the chart's fonts: Chromium, run with a
 * fontconfig that knows only DejaVu, draws the .svg from its embedded faces alone, and the
 * picture matches the PNG the printer makes from the same view with the bundled fonts. The bare
 * .svg (faces named, not embedded) under the same Chromium is the control: its text is missing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFlags } from '../../../electron/services/export-browser';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { embedSvgFonts } from '../../../electron/services/svg-fonts';
import { printDocument, standaloneSvg } from '../../../renderer/src/print/document';
import { renderView } from '../../../renderer/src/print/views';
import { tempDir } from '../../helpers/temp';
import { banquetPlan } from './banquet';
import { OUT_DIR } from './pdf-tools';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCALE = 2;
const MM_TO_CSS_PX = 96 / 25.4;

const tmp = tempDir();
let fontless: Browser;

beforeAll(async () => {
  // A machine with a Latin font only: DejaVu (fonts-dejavu-core, which Debian's fontconfig
  // depends on; with no font at all Chromium fails every web font too). No CJK face, no Noto; the
  // system's rendering rules (hinting, antialiasing) stay, so only the fonts differ from the printer's.
  const conf = join(tmp.dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>` +
      `<include ignore_missing="yes">/etc/fonts/conf.d</include><cachedir>${join(tmp.dir, 'cache')}</cachedir></fontconfig>`,
  );
  fontless = await chromium.launch({
    executablePath: CHROMIUM,
    args: chromiumFlags(),
    env: { ...process.env, FONTCONFIG_FILE: conf },
  });
});

afterAll(async () => {
  await fontless?.close();
  tmp.cleanup();
});

/** The .svg opened as a document in the font-less Chromium, as a PNG at the printer's scale, and its faces' states. */
async function drawFontless(svg: string, name: string, page: { w: number; h: number }) {
  const file = join(tmp.dir, name);
  writeFileSync(file, svg);
  const viewport = { width: Math.round(page.w * MM_TO_CSS_PX), height: Math.round(page.h * MM_TO_CSS_PX) };
  const context = await fontless.newContext({ viewport, deviceScaleFactor: SCALE });
  try {
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(file).href);
    const faces = await tab.evaluate(() => document.fonts.ready.then((set) => [...set].map((f) => f.status)));
    const png = await tab.screenshot({ type: 'png' });
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, name.replace(/\.svg$/, '.png')), png);
    return { png, faces };
  } finally {
    await context.close();
  }
}

/**
 * How far two same-sized PNGs differ, in blocks of 16×16 pixels (2 mm at this scale): the mean
 * grey of each block compared, at the best of the nine one-pixel shifts. So antialiasing at the
 * edge of a stroke, and the half pixel by which Chromium places an SVG document differently from
 * the same SVG in the print page, do not count; a missing or different glyph does.
 */
async function blockDifferences(a: Buffer, b: Buffer): Promise<{ worst: number; over24: number }> {
  const context = await fontless.newContext();
  try {
    const tab = await context.newPage();
    return await tab.evaluate(
      async ([a64, b64]) => {
        const grey = async (data: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const { data: rgba, width, height } = ctx.getImageData(0, 0, img.width, img.height);
          const out = new Float32Array(width * height);
          for (let i = 0; i < out.length; i++) out[i] = (rgba[i * 4]! + rgba[i * 4 + 1]! + rgba[i * 4 + 2]!) / 3;
          return { out, width, height };
        };
        const [p, q] = [await grey(a64), await grey(b64)];
        if (p.width !== q.width || p.height !== q.height)
          throw new Error(`sizes differ: ${p.width}×${p.height}, ${q.width}×${q.height}`);
        const B = 16;
        const W = p.width;
        let worst = 0;
        let over24 = 0;
        for (let by = 1; by + B < p.height; by += B)
          for (let bx = 1; bx + B < W; bx += B) {
            let best = Infinity;
            for (let dy = -1; dy <= 1; dy++)
              for (let dx = -1; dx <= 1; dx++) {
                let sum = 0;
                for (let y = by; y < by + B; y++)
                  for (let x = bx; x < bx + B; x++) sum += p.out[y * W + x]! - q.out[(y + dy) * W + x + dx]!;
                best = Math.min(best, Math.abs(sum) / (B * B));
              }
            worst = Math.max(worst, best);
            if (best > 24) over24++;
          }
        return { worst, over24 };
      },
      [a.toString('base64'), b.toString('base64')] as const,
    );
  } finally {
    await context.close();
  }
}

describe('the .svg on a machine without the fonts', () => {
  it('draws every glyph from its embedded faces, as the PNG export does', async () => {
    const view = renderView(banquetPlan(), { view: 'seating-chart' }, 'zh');
    const printer = chromiumPrinter({ executablePath: CHROMIUM });
    const printed = await printer.png(printDocument(view), view.page, SCALE).finally(() => printer.close());
    const bare = standaloneSvg(view);

    const embedded = await drawFontless(await embedSvgFonts(bare), 'standalone-chart.svg', view.page);
    expect(embedded.faces.length).toBeGreaterThan(10);
    expect(new Set(embedded.faces)).toEqual(new Set(['loaded']));
    const same = await blockDifferences(printed, embedded.png);
    expect(same.over24, `worst block ${same.worst.toFixed(1)}`).toBe(0);

    // The control: named, not embedded, the faces are missing here and the text with them.
    const named = await drawFontless(bare, 'named-faces-chart.svg', view.page);
    expect(named.faces).toEqual([]);
    const missing = await blockDifferences(printed, named.png);
    expect(missing.over24).toBeGreaterThan(100);
  });
});
