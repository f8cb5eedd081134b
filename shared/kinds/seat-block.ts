/** 座席区: a block of audience rows facing the stage. */
import { z } from 'zod';
import { blockGeometry, blockOrder, placeBlock } from '../engine/rostrum';
import { counts, itemBase, placed, UP, within } from './fields';
import { tableSeatName } from './seat-names';
import type { KindSpec } from './types';

const LIMITS = { rows: counts(1, 60), cols: counts(1, 60) } satisfies KindSpec<'seat-block'>['limits'];

export const seatBlock = {
  kind: 'seat-block',
  schema: z.object({ ...itemBase, kind: z.literal('seat-block'), rows: within(LIMITS.rows), cols: within(LIMITS.cols) }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at, UP), kind: 'seat-block', rows: 5, cols: 8, ...fields }),
  seatGeometry: blockGeometry,
  seatName: tableSeatName,
  frame: (item) => {
    const half = (item.cols * 0.55) / 2;
    return { rotation: item.rotation, box: { x0: -(item.rows - 1) * 0.9 - 0.4, y0: -half, x1: 0.4, y1: half } };
  },
  seatRadius: 0.24,
  group: 'audience',
  place: placeBlock,
  honourOrder: (item, { convention }) => blockOrder(item, convention),
  ruleOptions: { evenRostrum: 'any' },
  numberedTable: false,
  vehicle: false,
  seatsPeople: true,
  signingTable: false,
  overallOrder: true,
} satisfies KindSpec<'seat-block'>;
