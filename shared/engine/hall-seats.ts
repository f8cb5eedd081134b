/**
 * Where the seats of a meeting hall (会场座区, RULES.md §9) are. Labels are `block:row:col`: block
 * 1-based from the audience's left as they face the rostrum, row 1 = front, col 1-based from the
 * audience's left within that row of that block (docs/seat-labels.md).
 */
import type { HallZone, MeetingHallItem, Scene } from '../model/types';
import { local } from './geometry';
import type { SeatGeom } from './types';

/** One audience seat in the hall's own frame: `lateral` + = the audience's right, metres from the centre line. */
export interface HallSeat {
  label: string;
  block: number;
  row: number;
  col: number;
  lateral: number;
  /** Index into the item's zones, or -1. */
  zone: number;
  reserved: boolean;
}

export const hallLabel = (block: number, row: number, col: number): string => `${block}:${row}:${col}`;

export function parseHallLabel(label: string): { block: number; row: number; col: number } | undefined {
  const m = /^(\d+):(\d+):(\d+)$/.exec(label);
  return m ? { block: Number(m[1]), row: Number(m[2]), col: Number(m[3]) } : undefined;
}

function blockWidth(item: MeetingHallItem, b: number): number {
  return Math.max(...item.blocks[b]!.rows) * item.seatSpacing;
}

/** The hall's width from the outer edge of the leftmost block to that of the rightmost. */
export function hallWidth(item: MeetingHallItem): number {
  return item.blocks.reduce((w, _, b) => w + blockWidth(item, b), 0) + (item.blocks.length - 1) * item.aisle;
}

export function hallDepth(item: MeetingHallItem): number {
  return (Math.max(...item.blocks.map((b) => b.rows.length)) - 1) * item.rowSpacing;
}

/** The zone a seat lies in: the last zone listed that covers it (a later zone is drawn over an earlier one). */
export function zoneAt(zones: readonly HallZone[], block: number, row: number): number {
  for (let z = zones.length - 1; z >= 0; z--) {
    const zone = zones[z]!;
    if ((zone.block === 0 || zone.block === block) && row >= zone.fromRow && row <= zone.toRow) return z;
  }
  return -1;
}

/**
 * Every seat. A short row keeps to the aisle: in the leftmost block it is flush right, in the
 * rightmost flush left, in between centred — the seats a hall loses at the sides are its outer ones.
 */
export function hallSeats(item: MeetingHallItem): HallSeat[] {
  const out: HallSeat[] = [];
  const n = item.blocks.length;
  let left = -hallWidth(item) / 2;
  item.blocks.forEach((block, bi) => {
    const width = blockWidth(item, bi);
    block.rows.forEach((seats, ri) => {
      const spare = width - seats * item.seatSpacing;
      const shift = n === 1 ? spare / 2 : bi === 0 ? spare : bi === n - 1 ? 0 : spare / 2;
      for (let c = 1; c <= seats; c++) {
        const zone = zoneAt(item.zones, bi + 1, ri + 1);
        out.push({
          label: hallLabel(bi + 1, ri + 1, c),
          block: bi + 1,
          row: ri + 1,
          col: c,
          lateral: left + shift + (c - 0.5) * item.seatSpacing,
          zone,
          reserved: zone >= 0 && item.zones[zone]!.reserved,
        });
      }
    });
    left += width + item.aisle;
  });
  return out;
}

const numbersOf = new WeakMap<MeetingHallItem, Map<string, number>>();

/**
 * The seat numbers of a hall under 单双号 (`oddEven`, RULES.md §9, docs/seat-labels.md): each
 * hall row (the same row of every block) counted from the centre line outwards across the aisles,
 * the seats on or to the audience's right of the line 1, 3, 5 …, those to their left 2, 4, 6 ….
 * Kept per item (items are never changed in place), so naming every seat of a 5,000-seat hall
 * reads the hall once.
 */
function oddEvenNumbers(item: MeetingHallItem): Map<string, number> {
  const known = numbersOf.get(item);
  if (known) return known;
  const numbers = new Map<string, number>();
  const rows = new Map<number, HallSeat[]>();
  for (const s of hallSeats(item)) rows.set(s.row, [...(rows.get(s.row) ?? []), s]);
  for (const row of rows.values()) {
    // A seat on the centre line (half a seat's width at most) is on the odd side: it is No. 1.
    const onRight = (s: HallSeat) => s.lateral > -item.seatSpacing / 4;
    const right = row.filter(onRight).sort((a, b) => a.lateral - b.lateral);
    const left = row.filter((s) => !onRight(s)).sort((a, b) => b.lateral - a.lateral);
    right.forEach((s, i) => numbers.set(s.label, 2 * i + 1));
    left.forEach((s, i) => numbers.set(s.label, 2 * i + 2));
  }
  numbersOf.set(item, numbers);
  return numbers;
}

/** The number a seat carries by the hall's numbering (its column in the block row when consecutive). */
export function hallSeatNumber(item: MeetingHallItem, label: string): number | undefined {
  const at = parseHallLabel(label);
  if (!at) return undefined;
  return (item.numbering ?? 'consecutive') === 'oddEven' ? oddEvenNumbers(item).get(label) : at.col;
}

/** The radius the rows bend on (Infinity = straight rows). */
function bendRadius(item: MeetingHallItem): number {
  if (item.curve <= 0) return Infinity;
  return hallWidth(item) / 2 / Math.sin((item.curve * Math.PI) / 180);
}

/** A seat's place in the hall's frame: `back` metres behind the front row's centre, `lateral` to the audience's right. */
export function hallSeatPoint(
  item: MeetingHallItem,
  seat: Pick<HallSeat, 'row' | 'lateral'>,
): { back: number; lateral: number; turn: number } {
  const radius = bendRadius(item);
  const depth = (seat.row - 1) * item.rowSpacing;
  if (!Number.isFinite(radius)) return { back: depth, lateral: seat.lateral, turn: 0 };
  // Rows are arcs round a point in front of the hall: the sides come forward and turn inward.
  const u = Math.max(-radius, Math.min(radius, seat.lateral));
  const forward = radius - Math.sqrt(radius * radius - u * u);
  return { back: depth - forward, lateral: seat.lateral, turn: (-Math.asin(u / radius) * 180) / Math.PI };
}

/** Seats in world coordinates; everyone faces the rostrum (the item's rotation), turned inward on curved rows. */
export function hallGeometry(item: MeetingHallItem, _scene: Scene): SeatGeom[] {
  return hallSeats(item).map((s) => {
    const at = hallSeatPoint(item, s);
    const p = local(item, item.rotation, -at.back, at.lateral);
    return { label: s.label, x: p.x, y: p.y, facing: item.rotation + at.turn };
  });
}
