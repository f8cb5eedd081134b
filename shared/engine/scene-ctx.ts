/** What every placer group of a scene shares. */
import type { Convention, HostRole, Scene } from '../model/types';
import type { OptionsX } from './extras';
import type { Occupant, Reason, Warning } from './types';

export interface SceneCtx {
  scene: Scene;
  options: OptionsX;
  convention: Convention;
  /** Locked occupants of an item. */
  lockedAt(itemId: string): Occupant[];
  /** Hosting roles at an item (person id → role). */
  rolesAt(itemId: string): Map<string, HostRole>;
}

/** What a group of items (a hall, a motorcade, a rostrum with its blocks…) placed. */
export interface GroupResult {
  placed: Map<string, { itemId: string; label: string }>;
  reasons: Map<string, Reason>;
  warnings: Warning[];
  numbers: Record<string, number>;
  orders?: Record<string, { enter: string[]; exit: string[] }>;
}
