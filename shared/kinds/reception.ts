/** 会见: two principals' armchairs facing the door, entourage sofas along the side walls. */
import { z } from 'zod';
import { sceneDoor } from '../engine/geometry';
import { placeReception, receptionGeometry, receptionHonourOrder } from '../engine/meeting';
import type { MessageKey } from '../i18n/translate';
import { boxAround, SEAT_RADIUS, toLocal } from './box';
import { counts, itemBase, placed, within } from './fields';
import type { Convention, SceneOptions } from '../model/types';
import type { KindSpec, SeatName } from './types';

const WORDS: Record<'right' | 'left', Record<'principal' | 'n' | 'behind', MessageKey>> = {
  right: { principal: 'seatName.enterRight', n: 'seatName.enterRightN', behind: 'seatName.enterRightBehind' },
  left: { principal: 'seatName.enterLeft', n: 'seatName.enterLeftN', behind: 'seatName.enterLeftBehind' },
};

/** E-right, E-right-2, E-right-B1: the side as you enter the room. */
function seatName(label: string): SeatName | undefined {
  const m = /^E-(left|right)(?:-(B?)(\d+))?$/.exec(label);
  if (!m) return undefined;
  const [, side, behind, n] = m;
  const words = WORDS[side as 'right' | 'left'];
  if (!n) return { key: words.principal };
  return { key: behind ? words.behind : words.n, params: { n } };
}

/** Which principal's sofa the chief guest takes: E-left, unless convention and honourSeat make it E-right. */
function guestOnHostsRight(convention: Convention, options: SceneOptions): boolean {
  return (convention === 'commercial') !== (options.handbookMeeting === 'honourSeat');
}

const LIMITS = { perSide: counts(0, 20), backRow: counts(0, 4) } satisfies KindSpec<'reception'>['limits'];

export const reception = {
  kind: 'reception',
  schema: z.object({
    ...itemBase,
    kind: z.literal('reception'),
    perSide: within(LIMITS.perSide),
    backRow: within(LIMITS.backRow).optional(),
  }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({ ...placed(makeId, at), kind: 'reception', perSide: 4, ...fields }),
  seatGeometry: receptionGeometry,
  seatName,
  frame: (item, scene, seats) => {
    // The engine lays the sofas out from the door, not from the item's rotation.
    const rotation = sceneDoor(scene).into;
    return {
      rotation,
      box: boxAround(
        seats.map((s) => toLocal(item, rotation, s)),
        0.5,
      ),
    };
  },
  seatRadius: SEAT_RADIUS,
  group: 'reception',
  place: placeReception,
  honourOrder: (item, { convention, options }) => receptionHonourOrder(item, { convention, options }),
  guestPrincipalSeat: (_item, convention, options) => (guestOnHostsRight(convention, options) ? 'E-left' : 'E-right'),
  hostPrincipalSeat: (_item, convention, options) => (guestOnHostsRight(convention, options) ? 'E-right' : 'E-left'),
  ruleOptions: { handbookMeeting: 'any' },
  numberedTable: false,
  vehicle: false,
  seatsPeople: true,
  signingTable: false,
  overallOrder: false,
} satisfies KindSpec<'reception'>;
