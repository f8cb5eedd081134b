/**
 * What every placer group of a scene shares, and the job it hands one item's placer. The scene
 * (scene.ts) builds the context; the groups (hall-fill.ts, motorcade.ts) and scene.ts itself
 * turn it into jobs — so they import this module, never each other.
 */
import type { Convention, HostRole, Scene, SceneOptions, VenueItem } from '../model/types';
import type { EP, ItemJob, Occupant, Reason, Warning } from './types';

export interface SceneCtx {
  scene: Scene;
  options: SceneOptions;
  convention: Convention;
  /** Locked occupants of an item. */
  lockedAt(itemId: string): Occupant[];
  /** Hosting roles at an item (person id → role). */
  rolesAt(itemId: string): Map<string, HostRole>;
  /** Table and car numbers of the scene as stored (shared/engine/numbers.ts), read once. */
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

/** The job of one item's placer: the people it may seat, with the scene's locks, roles and options. */
export function jobFor(ctx: SceneCtx, item: VenueItem, people: EP[], overall?: ItemJob['overall']): ItemJob {
  return {
    ...(overall ? { overall } : {}),
    item,
    scene: ctx.scene,
    people,
    locked: ctx.lockedAt(item.id),
    roles: ctx.rolesAt(item.id),
    options: ctx.options,
    convention: ctx.convention,
  };
}
