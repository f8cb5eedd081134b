/** Colours and line weights shared by the item bodies (metres). */
import type { Ink } from './paint';

export const INK = '#8a7350';
export const INK_SELECTED = '#e8a33d';
export const TABLE_FILL = '#fffaf0';
export const TEXT = '#5a4a32';

/** A body's outline: heavier and amber while the item is selected. */
export function outline(selected: boolean, weight = 0.04): Ink {
  return { stroke: selected ? INK_SELECTED : INK, width: selected ? weight * 2 : weight };
}

/** A rectangle's position and size covering an item's frame box (item-local metres). */
export function boxRect(box: { x0: number; y0: number; x1: number; y1: number }) {
  return { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}
