/**
 * Rotating with the handle: the seats follow the handle during the gesture (drawn where the
 * engine puts them at the live rotation) and the document changes once, on release.
 */
import type { Page } from '@playwright/test';
import { seatGeometry } from '../../shared/engine';
import { newId } from '../../shared/model/ids';
import { make } from '../../shared/templates';
import { openPlan, stored, toScreen } from './canvas-helpers';
import { expect, saved, test } from './fixtures';

type KonvaWindow = {
  Konva: {
    stages: {
      findOne(s: string): {
        getAbsolutePosition(): { x: number; y: number };
        getLayer(): { getCanvas(): { _canvas: HTMLCanvasElement; getPixelRatio(): number } };
      };
    }[];
  };
};

/** Alpha of the pixel at a page point on the layer that holds the item now (the gesture's top layer). */
async function alphaOnItemLayer(page: Page, itemId: string, at: { x: number; y: number }): Promise<number> {
  const box = (await page.getByTestId('venue-canvas').boundingBox())!;
  return page.evaluate(
    ({ id, x, y }) => {
      const canvas = (window as unknown as KonvaWindow).Konva.stages[0]!.findOne(`#${id}`).getLayer().getCanvas();
      const ratio = canvas.getPixelRatio();
      const ctx = canvas._canvas.getContext('2d')!;
      return ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data[3]!;
    },
    { id: itemId, x: at.x - box.x, y: at.y - box.y },
  );
}

test('rotate handle: seats follow during the gesture, one undo step on release', async ({ app: page, host }) => {
  // One seat on each long side: turned a quarter, the seats land where nothing was before.
  const table = make.longTable(newId, { x: 0, y: 0 }, 1);
  const plan = await openPlan(page, host, [{ kind: 'banquet', items: [make.door(newId, { x: 0, y: 6 }), table] }]);
  const scene = stored(host, plan);
  const before = seatGeometry(table, scene);
  const after = seatGeometry({ ...table, rotation: 90 }, scene);
  expect(before.map((s) => Math.round(s.x * 10) / 10)).toEqual([0, 0]);
  expect(after.map((s) => Math.round(s.y * 10) / 10)).toEqual([0, 0]);

  const centre = await toScreen(page, { x: 0, y: 0 });
  await page.mouse.click(centre.x, centre.y);
  const rotater = await page.evaluate(() =>
    (window as unknown as KonvaWindow).Konva.stages[0]!.findOne('.rotater').getAbsolutePosition(),
  );
  const box = (await page.getByTestId('venue-canvas').boundingBox())!;
  await page.mouse.move(box.x + rotater.x, box.y + rotater.y);
  await page.mouse.down();
  await page.mouse.move(centre.x + 150, centre.y + 2, { steps: 20 });

  // Mid-gesture: the seats are drawn at the turned positions, no longer at the old ones.
  for (const s of after) expect(await alphaOnItemLayer(page, table.id, await toScreen(page, s))).toBeGreaterThan(200);
  for (const s of before) expect(await alphaOnItemLayer(page, table.id, await toScreen(page, s))).toBe(0);
  // Nothing is stored until the handle is released.
  expect(stored(host, plan).items.find((i) => i.id === table.id)!.rotation).toBe(0);
  await page.screenshot({ path: 'test-results/canvas-rotate-live.png' });

  await page.mouse.up();
  await saved(page);
  expect(stored(host, plan).items.find((i) => i.id === table.id)!.rotation).toBeCloseTo(90, 0);
  await expect(page.getByRole('button', { name: /^撤销：旋转/ })).toBeVisible();
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(stored(host, plan).items.find((i) => i.id === table.id)!.rotation).toBe(0);
});
