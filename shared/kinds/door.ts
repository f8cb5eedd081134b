/**
 * 门: the reference for every rule; its rotation points into the room. The geometry below the
 * kind modules (shared/engine/geometry.ts) finds the door with `isDoor`.
 */
import { z } from 'zod';
import type { DoorItem, VenueItem } from '../model/types';
import { itemBase, metres, placed, UP, within } from './fields';
import { tableSeatName } from './seat-names';
import { NO_SEATS, type KindSpec } from './types';

export function isDoor(item: VenueItem): item is DoorItem {
  return item.kind === 'door';
}

const LIMITS = { width: metres(0.5, 10) } satisfies KindSpec<'door'>['limits'];

export const door = {
  ...NO_SEATS,
  kind: 'door',
  schema: z.object({ ...itemBase, kind: z.literal('door'), width: within(LIMITS.width) }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at, UP), kind: 'door', width: 1.6, ...fields }),
  seatName: tableSeatName,
  frame: (item) => ({ rotation: item.rotation, box: { x0: -0.25, y0: -item.width / 2, x1: 1.2, y1: item.width / 2 } }),
} satisfies KindSpec<'door'>;
