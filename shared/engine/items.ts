/** Which placer seats which item, and in which group of a scene it is placed. */
import type { Scene, VenueItem } from '../model/types';
import { placeCar } from './car';
import { placeElevator } from './elevator';
import { placeConference, placeReception, placeTalks } from './meeting';
import { placeBlock, placePhoto, placeRostrum } from './rostrum';
import { placeSigning } from './signing';
import type { ItemJob, ItemOutcome } from './types';

export type GroupKey = 'rostrum' | 'reception' | 'talks' | 'conference' | 'banquet' | 'car' | 'elevator' | 'audience';

export function isSigningTable(item: VenueItem, scene: Scene): boolean {
  return scene.kind === 'signing' && (item.kind === 'long-table' || item.kind === 'talks-table');
}

export function groupOf(item: VenueItem, scene: Scene): GroupKey | undefined {
  if (isSigningTable(item, scene)) return 'talks';
  switch (item.kind) {
    case 'round-table':
    case 'long-table':
      return 'banquet';
    case 'rostrum':
      return 'rostrum';
    case 'seat-block':
      return 'audience';
    case 'reception':
      return 'reception';
    case 'talks-table':
      return 'talks';
    case 'conference-table':
      return 'conference';
    case 'car':
      return 'car';
    case 'elevator':
      return 'elevator';
    default:
      return undefined;
  }
}

/** The placer of a single item (banquet tables and cars are placed as a hall / motorcade). */
export function placerFor(item: VenueItem, scene: Scene): ((job: ItemJob) => ItemOutcome) | undefined {
  if (isSigningTable(item, scene)) return placeSigning;
  switch (item.kind) {
    case 'rostrum':
      return scene.kind === 'photo' ? (job) => placePhoto(job, item) : (job) => placeRostrum(job, item);
    case 'seat-block':
      return (job) => placeBlock(job, item);
    case 'reception':
      return (job) => placeReception(job, item);
    case 'talks-table':
      return (job) => placeTalks(job, item);
    case 'conference-table':
      return (job) => placeConference(job, item);
    case 'car':
      return (job) => placeCar(job, item);
    case 'elevator':
      return (job) => placeElevator(job, item);
    default:
      return undefined;
  }
}
