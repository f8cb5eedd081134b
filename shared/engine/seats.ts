/** Seat positions of every seating item, in world coordinates: each kind lays out its own. */
import { isSigningTable, kindOf } from '../kinds';
import type { Scene, VenueItem } from '../model/types';
import { normDeg } from './geometry';
import { signingGeometry } from './signing';
import type { SeatGeom } from './types';

export function seatGeometry(item: VenueItem, scene: Scene): SeatGeom[] {
  return rawGeometry(item, scene).map((s) => ({ ...s, facing: normDeg(s.facing) }));
}

/** The seats of `items` a person can be given: every seat but a chauffeur's. */
export function passengerCapacity(items: VenueItem[], scene: Scene): number {
  return items.reduce(
    (n, i) => n + seatGeometry(i, scene).filter((g) => kindOf(i).passengerSeat?.(i, g.label) ?? true).length,
    0,
  );
}

function rawGeometry(item: VenueItem, scene: Scene): SeatGeom[] {
  // A signing table is laid out for the signers whatever its kind (long or talks table).
  if (isSigningTable(item, scene)) return signingGeometry(item as Parameters<typeof signingGeometry>[0], scene);
  return kindOf(item).seatGeometry(item, scene);
}
