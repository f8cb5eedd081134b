/** 会谈桌: the guest and host delegations face each other across the table. */
import { z } from 'zod';
import { placeTalks, talksGeometry, talksHonourOrder } from '../engine/meeting';
import type { MessageKey } from '../i18n/translate';
import { centred, SEAT_RADIUS } from './box';
import { counts, itemBase, placed, within } from './fields';
import type { KindSpec, SeatName } from './types';

const WORDS: Record<'G' | 'H', Record<'principal' | 'R' | 'L' | 'B', MessageKey>> = {
  G: { principal: 'seatName.guest', R: 'seatName.guestRight', L: 'seatName.guestLeft', B: 'seatName.guestBehind' },
  H: { principal: 'seatName.host', R: 'seatName.hostRight', L: 'seatName.hostLeft', B: 'seatName.hostBehind' },
};

/** G / H principals, G-R1, H-L2, G-B1: by each principal's own hands. */
function seatName(label: string): SeatName | undefined {
  const m = /^([GH])(?:-([RLB])(\d+))?$/.exec(label);
  if (!m) return undefined;
  const [, party, where, n] = m;
  const words = WORDS[party as 'G' | 'H'];
  if (!where) return { key: words.principal };
  return { key: words[where as 'R' | 'L' | 'B'], params: { n: n! } };
}

const LIMITS = { seatsPerSide: counts(1, 30) } satisfies KindSpec<'talks-table'>['limits'];

export const talksTable = {
  kind: 'talks-table',
  schema: z.object({ ...itemBase, kind: z.literal('talks-table'), seatsPerSide: within(LIMITS.seatsPerSide) }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at), kind: 'talks-table', seatsPerSide: 7, ...fields }),
  seatGeometry: talksGeometry,
  seatName,
  frame: (item) => centred(item.rotation, item.seatsPerSide * 0.8 + 0.4, 1.2),
  seatRadius: SEAT_RADIUS,
  group: 'talks',
  place: placeTalks,
  honourOrder: talksHonourOrder,
  guestPrincipalSeat: () => 'G',
  hostPrincipalSeat: () => 'H',
  ruleOptions: { interpreters: 'any' },
  numberedTable: false,
  vehicle: false,
  seatsPeople: true,
  // In a signing scene a talks table is the signing table.
  signingTable: true,
  overallOrder: false,
} satisfies KindSpec<'talks-table'>;
