/**
 * Boxes and frames in real metres: where an item's body lies is the rotation of its drawing
 * frame and a box in that frame around the item's origin (x, y). Seats are not part of the body;
 * they come from the engine's seatGeometry. Pure helpers every kind's `frame` and the canvas use.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Frame {
  /** Degrees; the body is drawn in a group with this rotation. */
  rotation: number;
  box: Box;
}

export const SEAT_RADIUS = 0.28;

export const LABEL_FONT = 0.45;

/** A world point in an item's frame (origin at the item, x along `rotation`). */
export function toLocal(item: { x: number; y: number }, rotation: number, p: { x: number; y: number }) {
  const r = (rotation * Math.PI) / 180;
  const dx = p.x - item.x;
  const dy = p.y - item.y;
  return { x: dx * Math.cos(r) + dy * Math.sin(r), y: -dx * Math.sin(r) + dy * Math.cos(r) };
}

export function toWorld(item: { x: number; y: number }, rotation: number, p: { x: number; y: number }) {
  const r = (rotation * Math.PI) / 180;
  return { x: item.x + p.x * Math.cos(r) - p.y * Math.sin(r), y: item.y + p.x * Math.sin(r) + p.y * Math.cos(r) };
}

export function boxAround(points: { x: number; y: number }[], pad: number): Box {
  if (points.length === 0) return { x0: -pad, y0: -pad, x1: pad, y1: pad };
  return {
    x0: Math.min(...points.map((p) => p.x)) - pad,
    y0: Math.min(...points.map((p) => p.y)) - pad,
    x1: Math.max(...points.map((p) => p.x)) + pad,
    y1: Math.max(...points.map((p) => p.y)) + pad,
  };
}

/** A box centred on the origin: `length` along the frame's x, `width` across it. */
export function centred(rotation: number, length: number, width: number): Frame {
  return { rotation, box: { x0: -length / 2, y0: -width / 2, x1: length / 2, y1: width / 2 } };
}

/** CJK characters are about one em wide, Latin about half. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? LABEL_FONT : LABEL_FONT * 0.55;
  return w + 0.2;
}

/** The world-axis bounding box of a box drawn in a rotated frame. */
export function worldBox(item: { x: number; y: number }, frame: Frame): Box {
  const { x0, y0, x1, y1 } = frame.box;
  const corners = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ].map((p) => toWorld(item, frame.rotation, p));
  return boxAround(corners, 0);
}

export function union(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

export function contains(outer: Box, inner: Box): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

export function normBox(a: { x: number; y: number }, b: { x: number; y: number }): Box {
  return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
}
