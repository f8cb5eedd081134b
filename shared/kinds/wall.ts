/** 墙: a wall segment, drawn only. */
import { z } from 'zod';
import { centred } from './box';
import { itemBase, metres, placed, within } from './fields';
import { tableSeatName } from './seat-names';
import { NO_SEATS, type KindSpec } from './types';

const LIMITS = { length: metres(0.1, 500) } satisfies KindSpec<'wall'>['limits'];

export const wall = {
  ...NO_SEATS,
  kind: 'wall',
  schema: z.object({ ...itemBase, kind: z.literal('wall'), length: within(LIMITS.length) }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at), kind: 'wall', length: 6, ...fields }),
  seatName: tableSeatName,
  frame: (item) => centred(item.rotation, item.length, 0.2),
} satisfies KindSpec<'wall'>;
