/**
 * Cars and elevators, seen from above. A car's x axis points forward; its seats are the engine's
 * (so a right-hand-drive option moves the driver), and the steering wheel is drawn before the
 * driver's seat D. An elevator's x axis points from its door to the back wall.
 */
import { INK, INK_SELECTED, TEXT, outline } from './common';
import { circle, frameRect, line, rect, text, type Ctx } from './paint';
import type { BodyProps } from './types';

export function car(ctx: Ctx, { item, frame, selected, seats }: BodyProps<'car'>): void {
  const { x0, y0, x1, y1 } = frame.box;
  const w = y1 - y0;
  const frontRow = Math.max(...seats.map((s) => s.x), 0);
  const screen = frontRow + 0.55;
  const driver = seats.find((s) => s.label === 'D');
  frameRect(ctx, frame.box, { fill: '#f3f1ec', ...outline(selected, 0.04) }, Math.min(0.45, w / 3));
  // Windscreen and bonnet.
  line(ctx, [screen, y0 + 0.12, screen + 0.25, y0 + 0.2, screen + 0.25, y1 - 0.2, screen, y1 - 0.12], {
    stroke: INK,
    width: 0.03,
  });
  line(ctx, [x1 - 0.15, y0 + 0.25, x1 - 0.15, y1 - 0.25], { stroke: INK, width: 0.02 });
  if (driver) {
    circle(ctx, driver.x + 0.38, driver.y, 0.17, { stroke: selected ? INK_SELECTED : '#3c3c3c', width: 0.04 });
    line(ctx, [driver.x + 0.38, driver.y - 0.17, driver.x + 0.38, driver.y + 0.17], { stroke: '#3c3c3c', width: 0.025 });
  }
  // The plate along the rear bumper, read from the car's left side.
  if (item.plate) text(ctx, item.plate, x0 + 0.2, 0, 0.16, TEXT, Math.PI / 2);
}

export function elevator(ctx: Ctx, { item, frame, selected }: BodyProps<'elevator'>): void {
  const { x0, y0, x1, y1 } = frame.box;
  // E-left is negative y in this frame (the left hand of someone walking in along +x).
  const panelY = item.panel === 'front-left' ? y0 + 0.12 : y1 - 0.42;
  frameRect(ctx, frame.box, { fill: '#f1eee8' });
  line(ctx, [x0, y0 + 0.45, x0, y0, x1, y0, x1, y1, x0, y1, x0, y1 - 0.45], outline(selected, 0.06));
  line(ctx, [x0 - 0.12, y0 + 0.45, x0 - 0.12, y1 - 0.45], { stroke: INK, width: 0.02, dash: [0.08, 0.06] });
  rect(ctx, x0 + 0.05, panelY, 0.12, 0.3, { fill: '#3c3c3c' });
  if (item.attendant)
    circle(ctx, x0 + 0.45, item.panel === 'front-left' ? y0 + 0.35 : y1 - 0.35, 0.16, {
      fill: '#d9d2c3',
      stroke: INK,
      width: 0.02,
    });
}
