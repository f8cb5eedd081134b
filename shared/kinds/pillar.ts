/** 柱子: a column in the hall, drawn so the officer sets tables around it; it seats no one. */
import { z } from 'zod';
import { centred } from './box';
import { itemBase, metres, placed, within } from './fields';
import { tableSeatName } from './seat-names';
import { NO_SEATS, type KindSpec } from './types';

const LIMITS = { size: metres(0.2, 3) } satisfies KindSpec<'pillar'>['limits'];

export const pillar = {
  ...NO_SEATS,
  kind: 'pillar',
  schema: z.object({
    ...itemBase,
    kind: z.literal('pillar'),
    shape: z.enum(['round', 'square']),
    size: within(LIMITS.size),
  }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at), kind: 'pillar', shape: 'round', size: 0.6, ...fields }),
  seatName: tableSeatName,
  frame: (item) => centred(item.rotation, item.size, item.size),
} satisfies KindSpec<'pillar'>;
