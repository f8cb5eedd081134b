/**
 * Snapping a move: first to other items (edges and centres within a few screen pixels, with a
 * guide line to show it), otherwise to the grid (the moved item's origin lands on a multiple of
 * the grid step). Pure, so it is unit-tested.
 */
import type { Box } from './item-frame';

export interface SnapInput {
  /** World box of everything being moved, before the move. */
  moving: Box;
  /** World boxes of the items standing still. */
  others: Box[];
  /** The primary moved item's origin, before the move. */
  origin: { x: number; y: number };
  dx: number;
  dy: number;
  /** Grid step in metres; 0 = no grid. */
  grid: number;
  /** Metres within which an edge or centre snaps to another item's. */
  tolerance: number;
  toItems: boolean;
}

export interface Guide {
  axis: 'x' | 'y';
  at: number;
}

export interface SnapResult {
  dx: number;
  dy: number;
  guides: Guide[];
}

function lines(b: Box, axis: 'x' | 'y'): number[] {
  return axis === 'x' ? [b.x0, (b.x0 + b.x1) / 2, b.x1] : [b.y0, (b.y0 + b.y1) / 2, b.y1];
}

function snapAxis(input: SnapInput, axis: 'x' | 'y'): { d: number; guide?: Guide } {
  const d = axis === 'x' ? input.dx : input.dy;
  if (input.toItems) {
    let best: { diff: number; at: number } | undefined;
    const mine = lines(input.moving, axis).map((v) => v + d);
    for (const other of input.others) {
      for (const target of lines(other, axis)) {
        for (const m of mine) {
          const diff = target - m;
          if (Math.abs(diff) <= input.tolerance && (!best || Math.abs(diff) < Math.abs(best.diff))) best = { diff, at: target };
        }
      }
    }
    if (best) return { d: d + best.diff, guide: { axis, at: best.at } };
  }
  if (input.grid > 0) {
    const o = axis === 'x' ? input.origin.x : input.origin.y;
    return { d: Math.round((o + d) / input.grid) * input.grid - o };
  }
  return { d };
}

export function snapMove(input: SnapInput): SnapResult {
  const x = snapAxis(input, 'x');
  const y = snapAxis(input, 'y');
  return { dx: x.d, dy: y.d, guides: [x.guide, y.guide].filter((g): g is Guide => g !== undefined) };
}
