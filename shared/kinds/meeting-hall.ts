/** 会场座区: the audience seats of a large meeting, blocks of rows between aisles (RULES.md §9). */
import { z } from 'zod';
import { hallDepth, hallGeometry, hallSeatNumber, hallWidth, parseHallLabel } from '../engine/hall-seats';
import { placeMeetingHall } from '../engine/meeting-hall';
import type { HallBlock, HallNumbering, HallZone, MeetingHallItem, VenueItem } from '../model/types';
import { counts, itemBase, metres, placed, UP, upTo, within } from './fields';
import type { KindSpec, SeatName } from './types';

const LIMITS = {
  seatSpacing: metres(0.45, 1.2),
  rowSpacing: metres(0.7, 2),
  aisle: metres(0.6, 6),
  curve: metres(0, 30),
  floor: counts(0, 5),
} satisfies KindSpec<'meeting-hall'>['limits'];

/** The limits inside the blocks and zones, which the inspector reads as the schema enforces them. */
export const HALL_LIMITS = {
  blocks: counts(1, 9),
  rows: counts(1, 80),
  seats: counts(1, 80),
  zones: counts(0, 20),
  zoneName: 20,
  zoneEntrance: 20,
} as const;

export const HALL_NUMBERINGS = ['consecutive', 'oddEven'] as const satisfies readonly HallNumbering[];

export const ZONE_COLOURS = ['red', 'blue', 'green', 'amber', 'purple', 'grey'] as const;

const blockSchema = z.object({ rows: z.array(within(HALL_LIMITS.seats)).min(1).max(HALL_LIMITS.rows.max) });
const zoneSchema = z
  .object({
    name: upTo(HALL_LIMITS.zoneName),
    colour: z.enum(ZONE_COLOURS),
    block: z.number().int().min(0).max(HALL_LIMITS.blocks.max),
    fromRow: within(HALL_LIMITS.rows),
    toRow: within(HALL_LIMITS.rows),
    reserved: z.boolean(),
    entrance: upTo(HALL_LIMITS.zoneEntrance).optional(),
  })
  .refine((zone) => zone.fromRow <= zone.toRow, { message: 'fromRow must not be after toRow', path: ['toRow'] });

/** A block of `rows` rows of `seats` seats. */
export const uniformBlock = (rows: number, seats: number): HallBlock => ({ rows: Array.from({ length: rows }, () => seats) });

/** A hall seat in words; with the hall at hand its number follows the hall's numbering (单双号). */
export function hallSeatName(label: string, item?: MeetingHallItem): SeatName | undefined {
  const at = parseHallLabel(label);
  const seat = item ? hallSeatNumber(item, label) : at?.col;
  return at && seat !== undefined ? { key: 'seatName.hall', params: { block: at.block, row: at.row, seat } } : undefined;
}

export const meetingHall = {
  kind: 'meeting-hall',
  schema: z.object({
    ...itemBase,
    kind: z.literal('meeting-hall'),
    blocks: z.array(blockSchema).min(HALL_LIMITS.blocks.min).max(HALL_LIMITS.blocks.max),
    seatSpacing: within(LIMITS.seatSpacing),
    rowSpacing: within(LIMITS.rowSpacing),
    aisle: within(LIMITS.aisle),
    curve: within(LIMITS.curve),
    floor: within(LIMITS.floor),
    zones: z.array(zoneSchema).max(HALL_LIMITS.zones.max),
    numbering: z.enum(HALL_NUMBERINGS).optional(),
  }),
  limits: LIMITS,
  create: (makeId, at, fields = {}) => ({
    ...placed(makeId, at, UP),
    kind: 'meeting-hall',
    blocks: [uniformBlock(10, 8), uniformBlock(10, 12), uniformBlock(10, 8)],
    seatSpacing: 0.55,
    rowSpacing: 0.9,
    aisle: 1.2,
    curve: 0,
    floor: 0,
    zones: [] as HallZone[],
    ...fields,
  }),
  seatGeometry: hallGeometry,
  seatName: hallSeatName,
  frame: (item) => {
    // The front row is at the origin; rows run back (negative x); curved rows bring the sides forward.
    const half = hallWidth(item) / 2 + 0.3;
    return { rotation: item.rotation, box: { x0: -hallDepth(item) - 0.4, y0: -half, x1: 0.4, y1: half } };
  },
  seatRadius: 0.22,
  group: 'audience',
  place: placeMeetingHall,
  audienceFloor: (item) => item.floor,
  ruleOptions: {
    arrangement: 'any',
    hallDirection: 'any',
    strips: 'any',
    unitOrder: 'any',
    keepUnitsTogether: 'any',
    hallSide: 'any',
  },
  numberedTable: false,
  vehicle: false,
  seatsPeople: true,
  signingTable: false,
  overallOrder: true,
} satisfies KindSpec<'meeting-hall'>;

/**
 * A block's rows as the officer types them: seats per row, front first, with `n*k` (or `n×k`) for
 * k rows of n — "16*2, 18*10" is two rows of 16 then ten of 18. Formatting gives the short form.
 */
export function formatHallRows(rows: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j < rows.length && rows[j] === rows[i]) j++;
    runs.push(j - i > 1 ? `${rows[i]}*${j - i}` : String(rows[i]));
    i = j;
  }
  return runs.join(', ');
}

/** The rows of `formatHallRows`' text, or undefined when it is not a valid block. */
export function parseHallRows(text: string): number[] | undefined {
  const rows: number[] = [];
  for (const token of text.split(/[,，;；\s]+/).filter(Boolean)) {
    const m = /^(\d+)(?:[*×xX](\d+))?$/.exec(token);
    if (!m) return undefined;
    const times = m[2] === undefined ? 1 : Number(m[2]);
    if (times > HALL_LIMITS.rows.max) return undefined;
    for (let k = 0; k < times; k++) rows.push(Number(m[1]));
  }
  return blockSchema.safeParse({ rows }).success ? rows : undefined;
}

/** The longest rows text that can spell a valid block: every row written out at its most seats. */
export const HALL_ROWS_TEXT_MAX = HALL_LIMITS.rows.max * (String(HALL_LIMITS.seats.max).length + 2);

/** How many seats a hall has. */
export function hallSeatCount(item: Pick<MeetingHallItem, 'blocks'>): number {
  return item.blocks.reduce((sum, b) => sum + b.rows.reduce((s, n) => s + n, 0), 0);
}

export function isMeetingHall(item: VenueItem): item is MeetingHallItem {
  return item.kind === 'meeting-hall';
}
