/** 圆桌: a banquet table with seats around it; P faces the door (or the main table). */
import { z } from 'zod';
import { placeRoundTable, roundGeometry, roundSpec } from '../engine/round-table';
import { banquetTable, chiefGuestSeat, chiefHostSeat, numberingFields, tableHonourOrder } from './banquet-table';
import { SEAT_RADIUS } from './box';
import { counts, itemBase, metres, placed, within } from './fields';
import { tableSeatName } from './seat-names';
import type { KindSpec } from './types';

const LIMITS = { seats: counts(4, 24), diameter: metres(0.6, 6) } satisfies KindSpec<'round-table'>['limits'];

export const roundTable = {
  ...banquetTable,
  kind: 'round-table',
  schema: z.object({
    ...itemBase,
    ...numberingFields,
    kind: z.literal('round-table'),
    seats: within(LIMITS.seats),
    diameter: within(LIMITS.diameter),
  }),
  limits: { ...banquetTable.limits, ...LIMITS },
  create: (makeId, at, fields = {}) => {
    const seats = fields.seats ?? 10;
    return { ...placed(makeId, at), kind: 'round-table', seats, diameter: seats > 12 ? 2.4 : seats > 10 ? 2.0 : 1.8, ...fields };
  },
  seatGeometry: roundGeometry,
  seatName: tableSeatName,
  frame: (item) => {
    const r = item.diameter / 2;
    return { rotation: item.rotation, box: { x0: -r, y0: -r, x1: r, y1: r } };
  },
  seatRadius: SEAT_RADIUS,
  place: placeRoundTable,
  tableScheme: (item) => roundSpec(item.seats),
  honourOrder: (item, ctx) => tableHonourOrder(item, roundSpec(item.seats), ctx),
  guestPrincipalSeat: chiefGuestSeat,
  hostPrincipalSeat: chiefHostSeat,
  // RULES.md §1 defines western cross-seating (host and hostess opposite, sexes alternating around
  // the ring) for the round table only; a long table seats by its hosts' hands and never offers it.
  ruleOptions: { ...banquetTable.ruleOptions, western: 'any' },
  westernSeats: (item) => item.seats,
} satisfies KindSpec<'round-table'>;
