/**
 * Which item's body is under a point. Bodies are drawn by code (hall-draw.ts), not as Konva
 * nodes that listen, so hits are computed from the same frames the bodies are drawn in: a round
 * body (kinds/*.tsx `outline`) is the circle inside its frame box, every other body the box, thin
 * ones (walls) widened to be easy to hit.
 */
import { toLocal } from './item-frame';
import { canvasKind } from './kinds';
import type { ItemModel, SceneModel } from './scene-model';

/** Half the thickness a body is hit over at least, metres. */
const MIN_HALF = 0.15;

export function hits(m: ItemModel, p: { x: number; y: number }): boolean {
  const local = toLocal(m.item, m.frame.rotation, p);
  const { x0, y0, x1, y1 } = m.frame.box;
  if (canvasKind(m.item).outline(m.item) === 'circle')
    return Math.hypot(local.x - (x0 + x1) / 2, local.y - (y0 + y1) / 2) <= (x1 - x0) / 2;
  const padX = Math.max(0, MIN_HALF - (x1 - x0) / 2);
  const padY = Math.max(0, MIN_HALF - (y1 - y0) / 2);
  return local.x >= x0 - padX && local.x <= x1 + padX && local.y >= y0 - padY && local.y <= y1 + padY;
}

/** The topmost item (last in document order) whose body contains the point. */
export function itemAt(model: SceneModel, p: { x: number; y: number }): ItemModel | undefined {
  for (let i = model.items.length - 1; i >= 0; i--) if (hits(model.items[i]!, p)) return model.items[i];
  return undefined;
}
