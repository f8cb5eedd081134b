/** 电梯: riders by rank into the back corners, the panel side is the junior's. */
import { z } from 'zod';
import { elevatorGeometry, placeElevator } from '../engine/elevator';
import { itemBase, placed, UP } from './fields';
import { wordsFor } from './seat-names';
import type { KindSpec } from './types';

export const elevator = {
  kind: 'elevator',
  schema: z.object({
    ...itemBase,
    kind: z.literal('elevator'),
    panel: z.enum(['front-left', 'front-right']),
    attendant: z.boolean(),
  }),
  limits: {},
  create: (makeId, at, fields = {}) => ({
    ...placed(makeId, at, UP),
    kind: 'elevator',
    panel: 'front-left',
    attendant: false,
    ...fields,
  }),
  seatGeometry: elevatorGeometry,
  seatName: wordsFor({
    BL: 'seatName.elevator.BL',
    BR: 'seatName.elevator.BR',
    BM: 'seatName.elevator.BM',
    FL: 'seatName.elevator.FL',
    FR: 'seatName.elevator.FR',
  }),
  frame: (item) => ({ rotation: item.rotation, box: { x0: -0.9, y0: -1.0, x1: 1.1, y1: 1.0 } }),
  seatRadius: 0.24,
  group: 'elevator',
  place: placeElevator,
  honourOrder: (item, { riders }) => {
    const pl = item.panel === 'front-left';
    return [pl ? 'BR' : 'BL', pl ? 'BL' : 'BR', ...(riders >= 5 ? ['BM'] : []), pl ? 'FR' : 'FL'];
  },
  ruleOptions: {},
  numberedTable: false,
  vehicle: false,
  seatsPeople: true,
  signingTable: false,
  overallOrder: false,
} satisfies KindSpec<'elevator'>;
