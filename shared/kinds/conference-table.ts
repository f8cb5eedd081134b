/** 会议桌: the chair at the head, the others down both sides in one precedence. */
import { z } from 'zod';
import { conferenceGeometry, conferenceOrder, placeConference } from '../engine/meeting';
import { centred, SEAT_RADIUS } from './box';
import { counts, itemBase, placed, UP, within } from './fields';
import { tableSeatName } from './seat-names';
import type { KindSpec } from './types';

const LIMITS = { seatsPerSide: counts(1, 30) } satisfies KindSpec<'conference-table'>['limits'];

export const conferenceTable = {
  kind: 'conference-table',
  schema: z.object({ ...itemBase, kind: z.literal('conference-table'), seatsPerSide: within(LIMITS.seatsPerSide) }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at, UP), kind: 'conference-table', seatsPerSide: 6, ...fields }),
  seatGeometry: conferenceGeometry,
  seatName: tableSeatName,
  frame: (item) => centred(item.rotation, item.seatsPerSide * 0.7 + 0.4, 1.2),
  seatRadius: SEAT_RADIUS,
  group: 'conference',
  place: placeConference,
  honourOrder: (item, { convention }) => conferenceOrder(item.seatsPerSide, convention === 'government'),
  ruleOptions: {},
  numberedTable: false,
  vehicle: false,
  seatsPeople: true,
  signingTable: false,
  overallOrder: true,
} satisfies KindSpec<'conference-table'>;
