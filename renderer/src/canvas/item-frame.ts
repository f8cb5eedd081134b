/**
 * Where an item's body lies, in real metres: the rotation of its drawing frame and a box in that
 * frame around the item's origin (x, y). Seats are not part of the body; they come from the
 * engine's seatGeometry. The sizes of kinds without size fields (talks table, rostrum, car …)
 * are derived from the same spacing the engine uses for their seats, so body and seats agree.
 */
import { seatGeometry } from '../../../shared/engine/seats';
import type { SeatGeom } from '../../../shared/engine/types';
import type { Scene, VenueItem } from '../../../shared/model/types';

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

/** Seats are drawn as large as their spacing allows: car seats are 0.45 m apart, chairs 0.7 m. */
export function seatRadius(kind: VenueItem['kind']): number {
  if (kind === 'car') return 0.2;
  if (kind === 'seat-block' || kind === 'elevator') return 0.24;
  return SEAT_RADIUS;
}

/** The scene's door direction (into the room); without a door the engine assumes "up". */
export function doorInto(scene: Pick<Scene, 'items'>): number {
  return scene.items.find((i) => i.kind === 'door')?.rotation ?? -90;
}

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

function boxAround(points: { x: number; y: number }[], pad: number): Box {
  if (points.length === 0) return { x0: -pad, y0: -pad, x1: pad, y1: pad };
  return {
    x0: Math.min(...points.map((p) => p.x)) - pad,
    y0: Math.min(...points.map((p) => p.y)) - pad,
    x1: Math.max(...points.map((p) => p.x)) + pad,
    y1: Math.max(...points.map((p) => p.y)) + pad,
  };
}

/** Car body around the engine's seats: bonnet ahead of the front row, boot behind the last. */
export function carBox(local: { x: number; y: number }[]): Box {
  const seats = boxAround(local, 0);
  const half = Math.max(0.9, Math.max(Math.abs(seats.y0), Math.abs(seats.y1)) + 0.45);
  return { x0: seats.x0 - 1.0, x1: seats.x1 + 1.6, y0: -half, y1: half };
}

export function itemFrame(item: VenueItem, scene: Scene, seats: SeatGeom[] = seatGeometry(item, scene)): Frame {
  const rot = item.rotation;
  switch (item.kind) {
    case 'round-table': {
      const r = item.diameter / 2;
      return { rotation: rot, box: { x0: -r, y0: -r, x1: r, y1: r } };
    }
    case 'long-table':
      return {
        rotation: rot,
        box: { x0: -item.length / 2, y0: -item.width / 2, x1: item.length / 2, y1: item.width / 2 },
      };
    case 'talks-table': {
      const l = item.seatsPerSide * 0.8 + 0.4;
      return { rotation: rot, box: { x0: -l / 2, y0: -0.6, x1: l / 2, y1: 0.6 } };
    }
    case 'conference-table': {
      const l = item.seatsPerSide * 0.7 + 0.4;
      return { rotation: rot, box: { x0: -l / 2, y0: -0.6, x1: l / 2, y1: 0.6 } };
    }
    case 'rostrum': {
      // Rows stand behind the front row (negative x); the desk and lectern are in front.
      const half = (Math.max(1, ...item.rows) * 0.7) / 2 + 0.3;
      const back = -(item.rows.length - 1) * 1.0 - 0.55;
      return { rotation: rot, box: { x0: back, y0: -half, x1: 0.9, y1: item.lectern ? half + 1.0 : half } };
    }
    case 'seat-block': {
      const half = (item.cols * 0.55) / 2;
      return { rotation: rot, box: { x0: -(item.rows - 1) * 0.9 - 0.4, y0: -half, x1: 0.4, y1: half } };
    }
    case 'reception': {
      // The engine lays the sofas out from the door, not from the item's rotation.
      const frameRot = doorInto(scene);
      return {
        rotation: frameRot,
        box: boxAround(
          seats.map((s) => toLocal(item, frameRot, s)),
          0.5,
        ),
      };
    }
    case 'car':
      return { rotation: rot, box: carBox(seats.map((s) => toLocal(item, rot, s))) };
    case 'elevator':
      return { rotation: rot, box: { x0: -0.9, y0: -1.0, x1: 1.1, y1: 1.0 } };
    case 'door':
      return { rotation: rot, box: { x0: -0.25, y0: -item.width / 2, x1: 1.2, y1: item.width / 2 } };
    case 'stage':
      return {
        rotation: rot,
        box: { x0: -item.depth / 2, y0: -item.width / 2, x1: item.depth / 2, y1: item.width / 2 },
      };
    case 'wall':
      return { rotation: rot, box: { x0: -item.length / 2, y0: -0.1, x1: item.length / 2, y1: 0.1 } };
    case 'label': {
      const w = Math.max(1, labelWidth(item.text));
      return { rotation: rot, box: { x0: -w / 2, y0: -0.3, x1: w / 2, y1: 0.3 } };
    }
  }
}

export const LABEL_FONT = 0.45;

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

/** Body and seats together: what "zoom to fit" and the marquee consider. */
export function itemBounds(
  item: VenueItem,
  scene: Scene,
  seats: SeatGeom[] = seatGeometry(item, scene),
  frame: Frame = itemFrame(item, scene, seats),
): Box {
  const body = worldBox(item, frame);
  if (seats.length === 0) return body;
  return union([body, boxAround(seats, seatRadius(item.kind))]);
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
