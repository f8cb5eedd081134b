/** 文字: a free text on the plan, drawn only. */
import { z } from 'zod';
import { centred, labelWidth } from './box';
import { itemBase, placed, upTo } from './fields';
import { tableSeatName } from './seat-names';
import { NO_SEATS, type KindSpec } from './types';

const TEXT_LIMITS = { text: 500 } satisfies KindSpec<'label'>['textLimits'];

export const label = {
  ...NO_SEATS,
  kind: 'label',
  schema: z.object({ ...itemBase, kind: z.literal('label'), text: upTo(TEXT_LIMITS.text) }),
  limits: {},
  textLimits: TEXT_LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at), kind: 'label', text: '', ...fields }),
  seatName: tableSeatName,
  frame: (item) => centred(item.rotation, Math.max(1, labelWidth(item.text)), 0.6),
} satisfies KindSpec<'label'>;
