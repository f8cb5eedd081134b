/** Pan and zoom of the canvas: screen px = world m × scale + offset. */
import type { Box } from './item-frame';

export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 2;
export const MAX_SCALE = 400;
const MARGIN_M = 1;

/** A view that shows the box with a margin, centred; no box shows 10 m around the origin. */
export function fitBox(box: Box | null, size: { width: number; height: number }, maxScale = 120): View {
  const b = box ?? { x0: -5, y0: -5, x1: 5, y1: 5 };
  const minX = b.x0 - MARGIN_M;
  const maxX = b.x1 + MARGIN_M;
  const minY = b.y0 - MARGIN_M;
  const maxY = b.y1 + MARGIN_M;
  const scale = clampScale(Math.min(maxScale, size.width / (maxX - minX), size.height / (maxY - minY)));
  return {
    scale,
    x: size.width / 2 - ((minX + maxX) / 2) * scale,
    y: size.height / 2 - ((minY + maxY) / 2) * scale,
  };
}

export function clampScale(s: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
}

/** Zooms by `factor` keeping the world point under the screen point `at` in place. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clampScale(view.scale * factor);
  const world = toWorldPoint(view, at);
  return { scale, x: at.x - world.x * scale, y: at.y - world.y * scale };
}

export function toWorldPoint(view: View, p: { x: number; y: number }) {
  return { x: (p.x - view.x) / view.scale, y: (p.y - view.y) / view.scale };
}

/** A round length for the scale bar: 1, 2 or 5 × 10^n metres, about `targetPx` long on screen. */
export function scaleBarLength(scale: number, targetPx = 110): number {
  const raw = targetPx / scale;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 5, 10].map((k) => k * pow);
  return steps.reduce((best, s) => (Math.abs(s - raw) < Math.abs(best - raw) ? s : best), steps[0]!);
}
