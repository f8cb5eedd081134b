/**
 * The meeting hall's 自动排座 (RULES.md §9) over random halls and lists: nobody twice and no
 * reserved seat filled, locks kept, the same input gives the same answer, a mirrored hall gives
 * the mirrored answer, and units stay in one block/zone whenever the hall has room for them to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hallLabel, hallSeats, parseHallLabel } from '../../../shared/engine/hall-seats';
import { autoPlaceScene } from '../../../shared/engine/scene';
import { meetingHall } from '../../../shared/kinds/meeting-hall';
import type { Assignment, HallZone, MeetingHallItem, Plan, SceneOptions } from '../../../shared/model/types';
import { person, plan } from './helpers';

const RUNS = 150;
const ARRANGEMENTS = ['horizontal', 'snake', 'columns', 'vertical', 'centreOut'] as const;

const blockArb = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 });
const zoneArb = (blocks: number) =>
  fc
    .record({
      block: fc.integer({ min: 0, max: blocks }),
      from: fc.integer({ min: 1, max: 6 }),
      span: fc.integer({ min: 0, max: 2 }),
      reserved: fc.boolean(),
    })
    .map((z): HallZone => ({
      name: '',
      colour: 'grey',
      block: z.block,
      fromRow: z.from,
      toRow: z.from + z.span,
      reserved: z.reserved,
    }));

const caseArb = fc.array(blockArb, { minLength: 1, maxLength: 4 }).chain((blocks) =>
  fc.record({
    blocks: fc.constant(blocks),
    zones: fc.array(zoneArb(blocks.length), { maxLength: 2 }),
    units: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 7 }),
    arrangement: fc.constantFrom(...ARRANGEMENTS),
    strips: fc.constantFrom('across' as const, 'centreOut' as const),
    side: fc.constantFrom('left' as const, 'right' as const),
    convention: fc.constantFrom('government' as const, 'commercial' as const),
    keep: fc.boolean(),
    locks: fc.array(fc.nat(), { maxLength: 3 }),
  }),
);
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function hallOf(c: Pick<Case, 'blocks' | 'zones'>): MeetingHallItem {
  return meetingHall.create(
    () => 'hall',
    { x: 0, y: 0, rotation: -90 },
    { blocks: c.blocks.map((rows) => ({ rows })), zones: c.zones },
  );
}

/** The case as a plan; `locks` pick free seats (and people) by index, and pin them there. */
function planOf(c: Case, hall: MeetingHallItem = hallOf(c)): Plan {
  let k = 0;
  const people = c.units.flatMap((n, u) =>
    Array.from({ length: n }, () => person(`p${++k}`, 'guest', k, { organisation: `U${u}` })),
  );
  const free = hallSeats(hall).filter((s) => !s.reserved);
  const assignments: Assignment[] = [];
  for (const lock of c.locks) {
    const seat = free[lock % Math.max(1, free.length)];
    const who = people[(lock * 7) % people.length]!;
    if (!seat || assignments.some((a) => a.seat === seat.label || a.personId === who.id)) continue;
    assignments.push({ personId: who.id, itemId: hall.id, seat: seat.label, locked: true });
  }
  const options: SceneOptions = {
    arrangement: c.arrangement,
    strips: c.strips,
    hallDirection: c.side,
    keepUnitsTogether: c.keep,
  };
  return { ...plan([hall], people, { options, assignments }, 'meeting'), convention: c.convention };
}

/** The same seat seen in the hall mirrored left to right: blocks reversed, each row read from the other end. */
function mirrorLabel(hall: MeetingHallItem, label: string): string {
  const at = parseHallLabel(label)!;
  const block = hall.blocks.length + 1 - at.block;
  return hallLabel(block, at.row, hall.blocks[at.block - 1]!.rows[at.row - 1]! + 1 - at.col);
}

function mirrored(c: Case): Plan {
  const hall = hallOf(c);
  const flipped = hallOf({
    blocks: [...c.blocks].reverse(),
    zones: c.zones.map((z) => ({ ...z, block: z.block === 0 ? 0 : c.blocks.length + 1 - z.block })),
  });
  const p = planOf({ ...c, side: c.side === 'left' ? 'right' : 'left' }, flipped);
  // The same people locked at the mirrored seats.
  const locked = planOf(c, hall).scenes[0]!.assignments.map((a) => ({ ...a, seat: mirrorLabel(hall, a.seat) }));
  return { ...p, scenes: [{ ...p.scenes[0]!, assignments: locked }] };
}

const seatsOf = (p: Plan) =>
  new Map(
    autoPlaceScene(p, 's')
      .assignments.filter((a) => a.itemId === 'hall')
      .map((a) => [a.personId, a.seat]),
  );

describe('meeting hall 自动排座, over random halls and lists', () => {
  it('seats nobody twice, never two in a seat, only on real free seats, and keeps every lock', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const p = planOf(c);
        const hall = p.scenes[0]!.items[0] as MeetingHallItem;
        const seats = new Map(hallSeats(hall).map((s) => [s.label, s]));
        const result = autoPlaceScene(p, 's').assignments;
        const people = result.map((a) => a.personId);
        const labels = result.map((a) => a.seat);
        expect(new Set(people).size).toBe(people.length);
        expect(new Set(labels).size).toBe(labels.length);
        for (const label of labels) {
          expect(seats.has(label)).toBe(true);
          expect(seats.get(label)!.reserved).toBe(false);
        }
        for (const lock of p.scenes[0]!.assignments)
          expect(result).toContainEqual(expect.objectContaining({ personId: lock.personId, seat: lock.seat, locked: true }));
        // Everyone is seated while free seats remain.
        const free = [...seats.values()].filter((s) => !s.reserved).length;
        expect(result.length).toBe(Math.min(free, p.people.length));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same answer to the same input', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(autoPlaceScene(planOf(c), 's')).toEqual(autoPlaceScene(planOf(c), 's'));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the mirrored answer in the mirrored hall, started from the other side', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const hall = hallOf(c);
        const straight = seatsOf(planOf(c));
        const flipped = seatsOf(mirrored(c));
        expect(flipped).toEqual(new Map([...straight].map(([id, seat]) => [id, mirrorLabel(hall, seat)])));
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every unit in one block and zone when each fits a block row and the hall has room to spare', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.arrangement !== 'vertical'),
        (c) => {
          // Room to spare: no reserved zone, no lock, every unit no longer than the shortest block
          // row, and twice the seats the list needs (seats skipped to keep units whole are lost).
          const roomy = { ...c, zones: [], locks: [], keep: true };
          const shortest = Math.min(...c.blocks.flat());
          const units = c.units.map((n) => Math.min(n, shortest));
          const seats = c.blocks.flat().reduce((a, b) => a + b, 0);
          fc.pre(units.reduce((a, b) => a + b, 0) * 2 <= seats);
          const result = autoPlaceScene(planOf({ ...roomy, units }), 's');
          expect(result.warnings.filter((w) => w.code === 'unit-split')).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
