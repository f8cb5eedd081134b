/**
 * Optional fields the engine reads beyond ../model/types. They are not (yet) in the shared model
 * so that other modules are not disturbed; the engine reads them when present. See docs/engine.md.
 */
import type { CarItem, Person, SceneOptions } from '../model/types';

/** Western cross-seating needs couples: the id of the person's spouse/partner. */
export type PersonX = Person & { partnerId?: string };

/** A car as the engine reads it; the minibus/coach layout (`rows`, `seatsPerRow`) is now in CarItem. */
export type CarX = CarItem;

export type OptionsX = SceneOptions & {
  /** 会谈 interpreters: beside their principal (default) or behind. */
  interpreters?: 'beside' | 'behind';
  /** Motorcade: car No. 1 is a lead car (前导车) that carries staff only. */
  leadCar?: boolean;
};
