/** What every placer group of a scene shares. */
import type { Convention, HostRole, Scene, SceneOptions } from '../model/types';
import type { Occupant, Reason, Warning } from './types';

export interface SceneCtx {
  scene: Scene;
  options: SceneOptions;
  convention: Convention;
  /** Locked occupants of an item. */
  lockedAt(itemId: string): Occupant[];
  /** Hosting roles at an item (person id → role). */
  rolesAt(itemId: string): Map<string, HostRole>;
  /** Banquet table numbers of the scene (computed once). */
  tableNumbers(): Record<string, number>;
}

export interface Placed {
  personId: string;
  itemId: string;
  label: string;
  reason: Reason;
}

/** What a group of items (a hall, a motorcade, a rostrum with its blocks…) placed. */
export interface GroupResult {
  /** One entry per person placed (a list, not a map: a hall places thousands at once). */
  placed: Placed[];
  warnings: Warning[];
  numbers: Record<string, number>;
  orders?: Record<string, { enter: string[]; exit: string[] }>;
}
