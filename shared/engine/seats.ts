/** Seat positions of every seating item, in world coordinates. */
import type { Scene, VenueItem } from '../model/types';
import { carGeometry } from './car';
import { elevatorGeometry } from './elevator';
import { normDeg } from './geometry';
import { isSigningTable } from './items';
import { longGeometry } from './long-table';
import { conferenceGeometry, receptionGeometry, talksGeometry } from './meeting';
import { blockGeometry, rostrumGeometry } from './rostrum';
import { roundGeometry } from './round-table';
import { signingGeometry } from './signing';
import type { SeatGeom } from './types';

export function seatGeometry(item: VenueItem, scene: Scene): SeatGeom[] {
  return rawGeometry(item, scene).map((s) => ({ ...s, facing: normDeg(s.facing) }));
}

function rawGeometry(item: VenueItem, scene: Scene): SeatGeom[] {
  if ((item.kind === 'long-table' || item.kind === 'talks-table') && isSigningTable(item, scene))
    return signingGeometry(item, scene);
  switch (item.kind) {
    case 'round-table':
      return roundGeometry(item, scene);
    case 'long-table':
      return longGeometry(item, scene);
    case 'rostrum':
      return rostrumGeometry(item, scene);
    case 'seat-block':
      return blockGeometry(item, scene);
    case 'reception':
      return receptionGeometry(item, scene);
    case 'talks-table':
      return talksGeometry(item, scene);
    case 'conference-table':
      return conferenceGeometry(item, scene);
    case 'car':
      return carGeometry(item, scene);
    case 'elevator':
      return elevatorGeometry(item, scene);
    case 'door':
    case 'stage':
    case 'wall':
    case 'label':
      return [];
  }
}
