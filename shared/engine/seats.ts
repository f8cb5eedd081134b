/** Seat positions of every seating item, in world coordinates. */
import type { Scene, VenueItem } from '../model/types';
import { normDeg } from './geometry';
import { longGeometry } from './long-table';
import { roundGeometry } from './round-table';
import type { SeatGeom } from './types';

export function seatGeometry(item: VenueItem, scene: Scene): SeatGeom[] {
  const raw = rawGeometry(item, scene);
  return raw.map((s) => ({ ...s, facing: normDeg(s.facing) }));
}

function rawGeometry(item: VenueItem, scene: Scene): SeatGeom[] {
  switch (item.kind) {
    case 'round-table':
      return roundGeometry(item, scene);
    case 'long-table':
      return longGeometry(item, scene);
    default:
      return [];
  }
}
