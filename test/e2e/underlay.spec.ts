/**
 * Issue 16 part 3: the venue's own floor plan under the canvas. Import a picture, calibrate 10 m
 * between two marks, draw a 1.8 m table and measure it against the picture, reload, and print
 * the chart with and without the floor plan.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { translate } from '../../shared/i18n/translate';
import type { Underlay } from '../../shared/model/types';
import { metresPerPixel } from '../../shared/model/underlay';
import { planPicture, pngBytes } from '../helpers/images';
import { openPlan, stored, toScreen } from './canvas-helpers';
import { expect, test } from './fixtures';

const SHOTS = join(process.cwd(), '.tmp', 'underlay');
const zh = (key: Parameters<typeof translate>[1]) => translate('zh', key);

/** 1000 × 500 px: bars at x 100 and 600 (500 px apart: 10 m once calibrated), a 90 px box (1.8 m). */
const BARS = [100, 600];
const BOX = { x: 300, y: 300, w: 90, h: 60 };
const picture = pngBytes(planPicture(1000, 500, { bars: BARS, boxes: [BOX] }));

/** A picture pixel's scene point (metres). */
const at = (u: Underlay, px: number, py: number) => ({ x: u.x + px * metresPerPixel(u), y: u.y + py * metresPerPixel(u) });

/** The dark run along a screen row of the canvas through `y`, from left to right, in page pixels. */
async function darkRun(page: Page, y: number, from: number, to: number): Promise<{ x0: number; x1: number }> {
  const canvas = page.getByTestId('venue-canvas');
  const box = (await canvas.boundingBox())!;
  const shot = PNG.sync.read(await canvas.screenshot());
  const row = Math.round(y - box.y);
  const dark: number[] = [];
  for (let x = Math.max(0, Math.floor(from - box.x)); x < Math.min(shot.width, Math.ceil(to - box.x)); x++) {
    const i = (row * shot.width + x) * 4;
    if (shot.data[i]! < 140 && shot.data[i + 1]! < 140 && shot.data[i + 2]! < 140) dark.push(x);
  }
  return { x0: box.x + Math.min(...dark), x1: box.x + Math.max(...dark) + 1 };
}

test('floor plan: import, calibrate 10 m, a 1.8 m table measures 1.8 m on it, reload, print with and without', async ({
  app: page,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const plan = await openPlan(page, host, [{ kind: 'banquet', items: [] }]);
  const underlayOf = () => stored(host, plan).underlay;

  // Import: the host re-encodes the picture and keeps it; the scene names it.
  await page
    .locator('input[name="underlay-file"]')
    .setInputFiles({ name: '酒店平面图.png', mimeType: 'image/png', buffer: picture });
  await expect(page.getByTestId('venue-canvas')).toHaveAttribute('data-underlay', 'ready');
  await expect.poll(() => underlayOf()?.width).toBe(1000);
  expect(host.services.assets.count()).toBe(1);

  // Calibrate: click the two bars, say they are 10 m apart.
  let u = underlayOf()!;
  await page.getByRole('button', { name: zh('underlay.calibrate') }).click();
  await expect(page.getByText(zh('underlay.calibrate.first'))).toBeVisible();
  for (const bx of BARS) {
    const p = await toScreen(page, at(u, bx, 100));
    await page.mouse.click(p.x, p.y);
  }
  await page.locator('input[name="underlay-distance"]').fill('10');
  await page.getByRole('button', { name: zh('underlay.calibrate.apply') }).click();
  await expect.poll(() => underlayOf()?.mmPerPixel).toBeCloseTo(20, 1);
  u = underlayOf()!;
  await page.screenshot({ path: join(SHOTS, 'calibrated.png') });

  // Lock it, so the table is dragged and the floor plan stays.
  await page.locator('input[name="underlay-locked"]').check();
  await expect.poll(() => underlayOf()?.locked).toBe(true);

  // A round table of 1.8 m, put below the box of the picture.
  await page.getByRole('button', { name: `＋ ${zh('palette.add')} ▾` }).click();
  await page.locator('[data-entry="round-table"]').click();
  await expect.poll(() => stored(host, plan).items.length).toBe(1);
  await page.locator('input[name="diameter"]').fill('1.8');
  const centre = at(u, BOX.x + BOX.w / 2, BOX.y + BOX.h + 60);
  await page.locator('input[name="item-x"]').fill(String(Math.round(centre.x * 100) / 100));
  await page.locator('input[name="item-y"]').fill(String(Math.round(centre.y * 100) / 100));
  await expect.poll(() => stored(host, plan).items[0]).toMatchObject({ diameter: 1.8 });
  await page.locator('.canvas-box').click({ position: { x: 5, y: 5 } });
  const table = stored(host, plan).items[0]!;

  // Measured on screen: the picture's 90-pixel box is as wide as the 1.8 m table.
  const scale = Number(await page.getByTestId('venue-canvas').getAttribute('data-scale'));
  const boxLeft = await toScreen(page, at(u, BOX.x - 20, BOX.y + BOX.h / 2));
  const boxRight = await toScreen(page, at(u, BOX.x + BOX.w + 20, BOX.y + BOX.h / 2));
  const run = await darkRun(page, boxLeft.y, boxLeft.x, boxRight.x);
  const tableWidthPx = 1.8 * scale;
  expect(Math.abs(run.x1 - run.x0 - tableWidthPx)).toBeLessThanOrEqual(Math.max(2, tableWidthPx * 0.03));
  const tableLeft = await toScreen(page, { x: table.x - 0.9, y: table.y });
  expect(Math.abs(tableLeft.x - run.x0)).toBeLessThanOrEqual(Math.max(2, tableWidthPx * 0.03));
  // And in picture pixels: 1.8 m at the calibrated scale is the box's 90 pixels.
  expect(1800 / u.mmPerPixel).toBeCloseTo(BOX.w, 0);
  await page.screenshot({ path: join(SHOTS, 'table-on-plan.png') });

  // Reload: the floor plan comes back from the library, calibrated and locked.
  await page.reload();
  await expect(page.getByTestId('venue-canvas')).toHaveAttribute('data-underlay', 'ready');
  await expect(page.locator('input[name="underlay-locked"]')).toBeChecked();
  expect(underlayOf()).toEqual(u.locked ? u : { ...u, locked: true });

  // Print: the chart has the floor plan under it …
  await page.getByRole('button', { name: zh('print.open') }).click();
  let preview = page.getByRole('dialog', { name: zh('print.preview') });
  await preview.locator('select[name="print-view"]').selectOption('seating-chart');
  await expect(preview.locator('svg.chart-svg image.chart-underlay')).toHaveCount(1);
  await expect(preview.locator('svg.chart-svg image.chart-underlay')).toHaveAttribute('href', /^data:image\/png;base64,/);
  await page.screenshot({ path: join(SHOTS, 'print-with.png') });
  await preview.getByRole('button', { name: zh('common.close') }).click();

  // … and not once the officer says it does not print.
  await page.locator('input[name="underlay-print"]').uncheck();
  await expect.poll(() => underlayOf()?.print).toBe(false);
  await page.getByRole('button', { name: zh('print.open') }).click();
  preview = page.getByRole('dialog', { name: zh('print.preview') });
  await preview.locator('select[name="print-view"]').selectOption('seating-chart');
  await expect(preview.locator('svg.chart-svg')).toBeVisible();
  await expect(preview.locator('svg.chart-svg image')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'print-without.png') });
});

test('floor plan: a file that is not a picture is refused in words naming the file and the kinds', async ({
  app: page,
  host,
}) => {
  await openPlan(page, host, [{ kind: 'banquet', items: [] }]);
  await page
    .locator('input[name="underlay-file"]')
    .setInputFiles({ name: 'plan.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await expect(page.getByRole('alert')).toContainText('plan.png');
  await expect(page.getByRole('alert')).toContainText('PNG');
  expect(host.services.assets.count()).toBe(0);
});
