/** Seat positions of every seating item, in world coordinates: each kind lays out its own. */
import { isSigningTable, kindOf } from '../kinds';
import type { Scene, VenueItem } from '../model/types';
import { normDeg } from './geometry';
import { signingGeometry } from './signing';
import type { SeatGeom } from './types';

export function seatGeometry(item: VenueItem, scene: Scene): SeatGeom[] {
  return rawGeometry(item, scene).map((s) => ({ ...s, facing: normDeg(s.facing) }));
}

function rawGeometry(item: VenueItem, scene: Scene): SeatGeom[] {
  // A signing table is laid out for the signers whatever its kind (long or talks table).
  if (isSigningTable(item, scene)) return signingGeometry(item as Parameters<typeof signingGeometry>[0], scene);
  return kindOf(item).seatGeometry(item, scene);
}
