/** Pan and zoom of the canvas: screen px = world m × scale + offset. */
import type { VenueItem } from '../../../shared/model/types';

export interface View {
  scale: number;
  x: number;
  y: number;
}

const MARGIN_M = 2;

/** A view that shows every item with a margin, centred; an empty scene shows 10 m around the origin. */
export function fitView(items: VenueItem[], size: { width: number; height: number }): View {
  const xs = items.map((i) => i.x);
  const ys = items.map((i) => i.y);
  const minX = (xs.length ? Math.min(...xs) : -5) - MARGIN_M;
  const maxX = (xs.length ? Math.max(...xs) : 5) + MARGIN_M;
  const minY = (ys.length ? Math.min(...ys) : -5) - MARGIN_M;
  const maxY = (ys.length ? Math.max(...ys) : 5) + MARGIN_M;
  const scale = Math.min(120, size.width / (maxX - minX), size.height / (maxY - minY));
  return {
    scale,
    x: size.width / 2 - ((minX + maxX) / 2) * scale,
    y: size.height / 2 - ((minY + maxY) / 2) * scale,
  };
}
