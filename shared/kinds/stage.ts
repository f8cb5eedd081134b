/** 舞台: the stage; the hall order and the audience blocks measure from it. */
import { z } from 'zod';
import type { StageItem, VenueItem } from '../model/types';
import { centred } from './box';
import { DOWN, itemBase, metres, placed, within } from './fields';
import { tableSeatName } from './seat-names';
import { NO_SEATS, type KindSpec } from './types';

export function isStage(item: VenueItem): item is StageItem {
  return item.kind === 'stage';
}

const LIMITS = { width: metres(0.5, 100), depth: metres(0.5, 50) } satisfies KindSpec<'stage'>['limits'];

export const stage = {
  ...NO_SEATS,
  kind: 'stage',
  schema: z.object({
    ...itemBase,
    kind: z.literal('stage'),
    width: within(LIMITS.width),
    depth: within(LIMITS.depth),
  }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at, DOWN), kind: 'stage', width: 8, depth: 3, ...fields }),
  seatName: tableSeatName,
  frame: (item) => centred(item.rotation, item.depth, item.width),
} satisfies KindSpec<'stage'>;
