/** 文字: a free text on the plan, drawn only. */
import { z } from 'zod';
import { centred, labelWidth } from './box';
import { itemBase, placed } from './fields';
import { tableSeatName } from './seat-names';
import { NO_SEATS, type KindSpec } from './types';

export const label = {
  ...NO_SEATS,
  kind: 'label',
  schema: z.object({ ...itemBase, kind: z.literal('label'), text: z.string().max(500) }),
  limits: {},
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at), kind: 'label', text: '', ...fields }),
  seatName: tableSeatName,
  frame: (item) => centred(item.rotation, Math.max(1, labelWidth(item.text)), 0.6),
} satisfies KindSpec<'label'>;
