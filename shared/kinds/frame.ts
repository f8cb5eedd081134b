/**
 * An item's body and bounds from its kind's frame (`KindSpec.frame`): what the canvas draws,
 * hit-tests and fits to the screen, and what print charts lay out. Pure; the renderer reads it
 * through renderer/src/canvas/item-frame.ts.
 */
import { seatGeometry } from '../engine/seats';
import type { SeatGeom } from '../engine/types';
import type { ItemKind, Scene, VenueItem } from '../model/types';
import { boxAround, union, worldBox, type Box, type Frame } from './box';
import { KINDS, kindOf } from './index';

/** Seats are drawn as large as their spacing allows: car seats are 0.45 m apart, chairs 0.7 m. */
export function seatRadius(kind: ItemKind): number {
  return KINDS[kind].seatRadius;
}

export function itemFrame(item: VenueItem, scene: Scene, seats: SeatGeom[] = seatGeometry(item, scene)): Frame {
  return kindOf(item).frame(item, scene, seats);
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
