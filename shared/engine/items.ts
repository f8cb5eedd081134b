/** Which placer seats which item, and in which group of a scene it is placed. */
import type { Scene, VenueItem } from '../model/types';
import type { ItemJob, ItemOutcome } from './types';

export type GroupKey = 'rostrum' | 'reception' | 'talks' | 'conference' | 'banquet' | 'car' | 'elevator' | 'audience';

export function groupOf(item: VenueItem, _scene: Scene): GroupKey | undefined {
  switch (item.kind) {
    case 'round-table':
    case 'long-table':
      return 'banquet';
    default:
      return undefined;
  }
}

export function placerFor(_item: VenueItem, _scene: Scene): ((job: ItemJob) => ItemOutcome) | undefined {
  return undefined;
}
