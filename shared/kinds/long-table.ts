/** 长桌: a banquet table with seats along both sides (a head table 主宾席 along one). */
import { z } from 'zod';
import { longGeometry, longSpec, placeLongTable } from '../engine/long-table';
import { banquetTable, chiefGuestSeat, chiefHostSeat, numberingFields, tableHonourOrder } from './banquet-table';
import { centred, SEAT_RADIUS } from './box';
import { counts, itemBase, metres, placed, within } from './fields';
import { tableSeatName } from './seat-names';
import type { KindSpec } from './types';

const LIMITS = {
  seatsPerSide: counts(1, 30),
  endSeats: counts(0, 1),
  length: metres(0.6, 30),
  width: metres(0.4, 5),
} satisfies KindSpec<'long-table'>['limits'];

export const longTable = {
  ...banquetTable,
  // In a signing scene a long table is the signing table.
  signingTable: true,
  kind: 'long-table',
  schema: z.object({
    ...itemBase,
    ...numberingFields,
    kind: z.literal('long-table'),
    seatsPerSide: within(LIMITS.seatsPerSide),
    endSeats: within(LIMITS.endSeats),
    length: within(LIMITS.length),
    width: within(LIMITS.width),
    head: z.boolean().optional(),
  }),
  limits: { ...banquetTable.limits, ...LIMITS },
  create: (makeId, at, fields = {}) => {
    const seatsPerSide = fields.seatsPerSide ?? 6;
    return {
      ...placed(makeId, at),
      kind: 'long-table',
      seatsPerSide,
      endSeats: 0,
      length: Math.max(1.2, seatsPerSide * 0.7),
      width: 1.0,
      ...fields,
    };
  },
  seatGeometry: longGeometry,
  seatName: tableSeatName,
  frame: (item) => centred(item.rotation, item.length, item.width),
  seatRadius: SEAT_RADIUS,
  place: placeLongTable,
  tableScheme: longSpec,
  honourOrder: (item, ctx) => tableHonourOrder(item, longSpec(item), ctx),
  guestPrincipalSeat: chiefGuestSeat,
  hostPrincipalSeat: chiefHostSeat,
} satisfies KindSpec<'long-table'>;
