/**
 * Align and distribute the selection by the items' world bounding boxes (body and seats), as
 * diagram editors do. Returns position patches; the caller dispatches them as one gesture.
 */
import type { Box } from './item-frame';

export type AlignMode = 'left' | 'hcenter' | 'right' | 'top' | 'vcenter' | 'bottom';
export type DistributeAxis = 'horizontal' | 'vertical';

export interface Placed {
  id: string;
  x: number;
  y: number;
  box: Box;
}

export interface Move {
  id: string;
  x: number;
  y: number;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export function align(items: Placed[], mode: AlignMode): Move[] {
  if (items.length < 2) return [];
  const x0 = Math.min(...items.map((i) => i.box.x0));
  const x1 = Math.max(...items.map((i) => i.box.x1));
  const y0 = Math.min(...items.map((i) => i.box.y0));
  const y1 = Math.max(...items.map((i) => i.box.y1));
  return items.map((i) => {
    const b = i.box;
    let dx = 0;
    let dy = 0;
    if (mode === 'left') dx = x0 - b.x0;
    if (mode === 'right') dx = x1 - b.x1;
    if (mode === 'hcenter') dx = (x0 + x1) / 2 - (b.x0 + b.x1) / 2;
    if (mode === 'top') dy = y0 - b.y0;
    if (mode === 'bottom') dy = y1 - b.y1;
    if (mode === 'vcenter') dy = (y0 + y1) / 2 - (b.y0 + b.y1) / 2;
    return { id: i.id, x: r2(i.x + dx), y: r2(i.y + dy) };
  });
}

/** Equal gaps between neighbours; the first and last items stay where they are. */
export function distribute(items: Placed[], axis: DistributeAxis): Move[] {
  if (items.length < 3) return [];
  const lo = (b: Box) => (axis === 'horizontal' ? b.x0 : b.y0);
  const hi = (b: Box) => (axis === 'horizontal' ? b.x1 : b.y1);
  const sorted = [...items].sort((a, b) => lo(a.box) + hi(a.box) - (lo(b.box) + hi(b.box)));
  const span = hi(sorted.at(-1)!.box) - lo(sorted[0]!.box);
  const sizes = sorted.reduce((s, i) => s + hi(i.box) - lo(i.box), 0);
  const gap = (span - sizes) / (sorted.length - 1);
  let cursor = lo(sorted[0]!.box);
  return sorted.map((i) => {
    const shift = cursor - lo(i.box);
    cursor += hi(i.box) - lo(i.box) + gap;
    return axis === 'horizontal' ? { id: i.id, x: r2(i.x + shift), y: i.y } : { id: i.id, x: i.x, y: r2(i.y + shift) };
  });
}
