/**
 * The hall: every item that is not being edited, drawn by one Konva shape. Building and drawing
 * 300 tables as Konva nodes (a group, a body, seats per table) took most of the time to open a
 * large plan; one shape costs a single node and plain canvas calls. Items in the selection are
 * left out here and drawn as nodes of their own (ItemView), which the transformer and the
 * gestures move; the items between them stay in runs, so the document's z-order holds.
 * Items wholly outside the visible part of the canvas are skipped.
 */
import type Konva from 'konva';
import type { Box } from './item-frame';
import type { ItemModel } from './scene-model';
import { drawSeats, pixelsPerMetre, type CaptionDraw } from './seat-draw';
import { drawBody } from './shapes/body';

export interface HallItem {
  m: ItemModel;
  caption: CaptionDraw | null;
}

/** Document order cut at the selected items: runs drawn by one shape each, selected items on their own. */
export type HallRun = { kind: 'hall'; items: HallItem[] } | { kind: 'item'; part: HallItem };

export function hallRuns(parts: HallItem[], selected: Set<string>): HallRun[] {
  const runs: HallRun[] = [];
  for (const part of parts) {
    const last = runs.at(-1);
    if (selected.has(part.m.item.id)) runs.push({ kind: 'item', part });
    else if (last?.kind === 'hall') last.items.push(part);
    else runs.push({ kind: 'hall', items: [part] });
  }
  return runs;
}

export function hallSceneFunc(items: HallItem[]) {
  return (context: Konva.Context, shape: Konva.Shape) => {
    const ctx = context._context;
    const scale = pixelsPerMetre(ctx, shape);
    const seen = visibleBox(ctx);
    for (const { m, caption } of items) {
      if (seen && !overlaps(m.bounds, seen)) continue;
      const { item, frame } = m;
      ctx.save();
      ctx.translate(item.x, item.y);
      ctx.save();
      ctx.rotate((frame.rotation * Math.PI) / 180);
      drawBody(ctx, { item, frame, selected: false, seats: m.local });
      ctx.restore();
      if (m.seats.length || caption) drawSeats(ctx, scale, m.seats, caption);
      ctx.restore();
    }
  };
}

/** The part of the world (metres) the canvas shows, from the current transform; null if unknown. */
function visibleBox(ctx: CanvasRenderingContext2D): Box | null {
  const m = ctx.getTransform();
  if (!m.is2D || m.b !== 0 || m.c !== 0 || m.a <= 0 || m.d <= 0) return null;
  const x0 = -m.e / m.a;
  const y0 = -m.f / m.d;
  return { x0, y0, x1: x0 + ctx.canvas.width / m.a, y1: y0 + ctx.canvas.height / m.d };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 <= b.x1 && a.x1 >= b.x0 && a.y0 <= b.y1 && a.y1 >= b.y0;
}
