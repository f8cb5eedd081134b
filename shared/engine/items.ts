/** Which placer seats which item, and in which group of a scene it is placed (from its kind). */
import { isSigningTable, kindOf, type GroupKey } from '../kinds';
import type { Scene, VenueItem } from '../model/types';
import { placeSigning } from './signing';
import type { ItemJob, ItemOutcome } from './types';

export type { GroupKey };

export function groupOf(item: VenueItem, scene: Scene): GroupKey | undefined {
  if (isSigningTable(item, scene)) return 'talks';
  return kindOf(item).group;
}

/** The placer of a single item (banquet tables and cars are placed as a hall / motorcade). */
export function placerFor(item: VenueItem, scene: Scene): ((job: ItemJob) => ItemOutcome) | undefined {
  if (isSigningTable(item, scene)) return placeSigning;
  const place = kindOf(item).place;
  return place && ((job) => place(job, item));
}
