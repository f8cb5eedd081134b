/** 舞台: the stage; the hall order and the audience blocks measure from it. */
import { z } from 'zod';
import type { StageItem, VenueItem } from '../model/types';
import { centred } from './box';
import { DOWN, itemBase, placed } from './fields';
import { tableSeatName } from './seat-names';
import { NO_SEATS, type KindSpec } from './types';

export function isStage(item: VenueItem): item is StageItem {
  return item.kind === 'stage';
}

export const stage = {
  ...NO_SEATS,
  kind: 'stage',
  schema: z.object({
    ...itemBase,
    kind: z.literal('stage'),
    width: z.number().min(0.5).max(100),
    depth: z.number().min(0.5).max(50),
  }),
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at, DOWN), kind: 'stage', width: 8, depth: 3, ...fields }),
  seatName: tableSeatName,
  frame: (item) => centred(item.rotation, item.depth, item.width),
} satisfies KindSpec<'stage'>;
