/**
 * Moving a large item: a meeting hall of 1,500 seats is moved as a picture of itself while the
 * pointer moves (redrawing its seats every frame cost about 80 ms a frame), the picture looks
 * like the drawing it stands for, and the hall is a live drawing again, in its new place, once
 * released.
 */
import type { Page } from '@playwright/test';
import { seatGeometry } from '../../shared/engine';
import { uniformBlock } from '../../shared/kinds/meeting-hall';
import { newId } from '../../shared/model/ids';
import { make } from '../../shared/templates';
import { openPlan, stored, toScreen } from './canvas-helpers';
import { expect, saved, test } from './fixtures';

type KonvaNode = {
  isCached(): boolean;
  getAbsolutePosition(): { x: number; y: number };
  getLayer(): { getCanvas(): { _canvas: HTMLCanvasElement; getPixelRatio(): number } };
};
type KonvaWindow = { Konva: { stages: { findOne(s: string): KonvaNode | undefined; getLayers(): unknown[] }[] } };

/** The hall's node: whether it is a picture, on the main layer, and where (canvas pixels); null when it has none. */
function hallNode(page: Page, id: string) {
  return page.evaluate((itemId) => {
    const stage = (window as unknown as KonvaWindow).Konva.stages[0]!;
    const node = stage.findOne(`#${itemId}`);
    // An item that is not selected has no node: it is part of the hall's one drawing.
    if (!node) return null;
    return { picture: node.isCached(), onMain: node.getLayer() === stage.getLayers()[0], at: node.getAbsolutePosition() };
  }, id);
}

/** RGBA at a canvas point (canvas pixels) on the layer that holds the hall now. */
function pixel(page: Page, id: string, at: { x: number; y: number }): Promise<number[]> {
  return page.evaluate(
    ({ itemId, x, y }) => {
      const canvas = (window as unknown as KonvaWindow).Konva.stages[0]!.findOne(`#${itemId}`)!.getLayer().getCanvas();
      const ratio = canvas.getPixelRatio();
      return [...canvas._canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
    },
    { itemId: id, ...at },
  );
}

test('a 1,500-seat hall moves as one picture of itself while dragged and is drawn live again where it was dropped', async ({
  app: page,
  host,
}) => {
  const hall = make.meetingHall(newId, { x: 0, y: 0, rotation: -90 }, [
    uniformBlock(15, 30),
    uniformBlock(15, 40),
    uniformBlock(15, 30),
  ]);
  const plan = await openPlan(page, host, [{ kind: 'meeting', items: [hall] }]);
  const box = (await page.getByTestId('venue-canvas').boundingBox())!;
  // The aisle between the left and the centre block, a few rows back: the hall's body, no seat.
  const from = await toScreen(page, {
    x: hall.x - (40 * hall.seatSpacing) / 2 - hall.aisle / 2,
    y: hall.y + 5 * hall.rowSpacing,
  });
  expect(await hallNode(page, hall.id)).toBeNull();
  await page.mouse.click(from.x, from.y);
  const before = (await hallNode(page, hall.id))!;
  expect(before).toMatchObject({ picture: false, onMain: true });
  // A few seats across the hall, as drawn live (canvas pixels).
  const seats = seatGeometry(hall, stored(host, plan)).filter((_, i) => i % 97 === 0);
  const points = await Promise.all(seats.map(async (s) => toScreen(page, s)));
  const live = await Promise.all(points.map((p) => pixel(page, hall.id, { x: p.x - box.x, y: p.y - box.y })));

  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 10 });
  // Mid-gesture: a picture on the top layer, moved with the pointer; nothing stored yet.
  const during = (await hallNode(page, hall.id))!;
  expect(during).toMatchObject({ picture: true, onMain: false });
  const dx = during.at.x - before.at.x;
  const dy = during.at.y - before.at.y;
  expect(Math.abs(dx - 60)).toBeLessThan(3);
  expect(Math.abs(dy - 40)).toBeLessThan(3);
  await page.screenshot({ path: 'test-results/canvas-hall-drag-live.png' });
  // Each sampled seat looks in the picture as it did drawn live, where the move took it.
  for (const [i, p] of points.entries()) {
    const moved = await pixel(page, hall.id, { x: p.x - box.x + dx, y: p.y - box.y + dy });
    for (let c = 0; c < 4; c++) expect(Math.abs(moved[c]! - live[i]![c]!), `seat ${i}, channel ${c}`).toBeLessThan(40);
  }
  expect(stored(host, plan).items.find((i) => i.id === hall.id)!.x).toBe(hall.x);

  await page.mouse.up();
  await saved(page);
  expect(await hallNode(page, hall.id)).toMatchObject({ picture: false, onMain: true });
  const scale = Number(await page.getByTestId('venue-canvas').getAttribute('data-scale'));
  const after = stored(host, plan).items.find((i) => i.id === hall.id)!;
  expect(after.x - hall.x).toBeCloseTo(dx / scale, 1);
  expect(after.y - hall.y).toBeCloseTo(dy / scale, 1);
  await expect(page.getByRole('button', { name: /^撤销：移动/ })).toBeVisible();
});
