import type { VenueItem } from '../../../../shared/model/types';
import type { Frame } from '../item-frame';

/** A seat in the body's own frame (for bodies drawn around their seats: sofas, cars). */
export interface LocalSeat {
  label: string;
  x: number;
  y: number;
  /** Facing relative to the body frame, degrees. */
  facing: number;
}

export interface BodyProps<K extends VenueItem['kind'] = VenueItem['kind']> {
  item: Extract<VenueItem, { kind: K }>;
  frame: Frame;
  selected: boolean;
  seats: LocalSeat[];
}
