/**
 * Property tests (fast-check) over random plans of every venue kind: nobody seated twice, no seat
 * with two people, locked seats never move, determinism, seniority, rotation invariance, mirroring.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoPlaceScene, lintScene, seatGeometry } from '../../../shared/engine';
import { renderReason } from '../../../shared/i18n/explain';
import type { Assignment, HostRole, Person, Plan, Scene, SceneKind, VenueItem } from '../../../shared/model/types';
import { mirrorItem, person, rotateItem, rotatePoint } from './helpers';

// ENGINE_PROPERTY_RUNS=2000 for a long soak; the default keeps the unit suite quick.
const RUNS = Number(process.env.ENGINE_PROPERTY_RUNS ?? 150);

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

interface World {
  plan: Plan;
}

const peopleArb = fc
  .record({
    hosts: fc.integer({ min: 0, max: 8 }),
    guests: fc.integer({ min: 0, max: 30 }),
    staff: fc.integer({ min: 0, max: 3 }),
    ranks: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 41, maxLength: 41 }),
  })
  .map(({ hosts, guests, staff, ranks }) => {
    const out: Person[] = [];
    let k = 0;
    for (let i = 0; i < hosts; i++) out.push(person(`H${i}`, 'host', ranks[k++]!));
    for (let i = 0; i < guests; i++) out.push(person(`g${i}`, 'guest', ranks[k++]!));
    for (let i = 0; i < staff; i++) out.push(person(`s${i}`, 'staff', ranks[k++]!));
    return out;
  });

/** Grid positions (multiples of 3 m) keep the 0.3 m rounding away from its boundaries. */
const cellArb = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }));

const doorArb = fc.record({
  x: fc.integer({ min: -4, max: 4 }).map((v) => v * 3),
  y: fc.integer({ min: 4, max: 6 }).map((v) => v * 3),
  rotation: fc.constantFrom(-90, -60, -120, -100),
});

const hallArb = fc.record({
  cells: fc.uniqueArray(cellArb, { minLength: 1, maxLength: 6, selector: ([a, b]) => `${a},${b}` }),
  seats: fc.array(fc.integer({ min: 4, max: 24 }), { minLength: 6, maxLength: 6 }),
  long: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  markMain: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
});

function hallItems(h: ValueOf<typeof hallArb>): VenueItem[] {
  return h.cells.map(([cx, cy], i) =>
    h.long[i]
      ? {
          id: `T${i}`,
          kind: 'long-table',
          x: cx * 3,
          y: cy * 3,
          rotation: 0,
          seatsPerSide: Math.max(2, Math.floor(h.seats[i]! / 3)),
          endSeats: h.seats[i]! % 2,
          length: 3,
          width: 1.2,
          main: h.markMain === i,
        }
      : {
          id: `T${i}`,
          kind: 'round-table',
          x: cx * 3,
          y: cy * 3,
          rotation: 0,
          seats: h.seats[i]!,
          diameter: 1.8,
          main: h.markMain === i,
        },
  );
}

const otherKindArb = fc.constantFrom<SceneKind>('car', 'elevator', 'meeting', 'reception', 'talks', 'signing', 'photo');

function otherItems(kind: SceneKind, n: number, rot: number): VenueItem[] {
  const b = (id: string, x: number, y: number) => ({ id, x, y, rotation: rot });
  switch (kind) {
    case 'car':
      return [
        { ...b('C1', 0, 0), kind: 'car', model: 'sedan', driver: n % 2 ? 'host' : 'chauffeur', number: 1 },
        {
          ...b('C2', 0, 6),
          kind: 'car',
          model: (['jeep', 'mpv7', 'mpv7-classic', 'van9', 'minibus'] as const)[n % 5]!,
          driver: 'chauffeur',
          number: 2,
        },
        { ...b('C3', 0, 12), kind: 'car', model: 'sedan', driver: 'chauffeur' },
      ];
    case 'elevator':
      return [{ ...b('E', 0, 0), kind: 'elevator', panel: n % 2 ? 'front-left' : 'front-right', attendant: n % 3 === 0 }];
    case 'meeting':
      return [
        { ...b('R', 0, -6), kind: 'rostrum', rows: [1 + (n % 7), 1 + (n % 4)], lectern: false },
        { ...b('B1', -6, 3), kind: 'seat-block', rows: 2, cols: 3 },
        { ...b('B2', 3, 3), kind: 'seat-block', rows: 3, cols: 4 },
        { ...b('K', 0, 9), kind: 'conference-table', seatsPerSide: 3 },
      ];
    case 'reception':
      return [{ ...b('M', 0, 0), kind: 'reception', perSide: 1 + (n % 6) }];
    case 'talks':
      return [{ ...b('K', 0, 0), kind: 'talks-table', seatsPerSide: 1 + (n % 9) }];
    case 'signing':
      return [{ ...b('S', 0, 0), kind: 'long-table', seatsPerSide: 2, endSeats: 0, length: 3, width: 1, head: true }];
    default:
      return [{ ...b('R', 0, 0), kind: 'rostrum', rows: [1 + (n % 6), 1 + (n % 5)], lectern: false }];
  }
}

const sceneArb = fc.record({
  banquet: fc.boolean(),
  hall: hallArb,
  other: otherKindArb,
  n: fc.nat(100),
  itemRot: fc.constantFrom(0, 90, -90, 30, 180),
  door: doorArb,
  people: peopleArb,
  convention: fc.constantFrom('commercial' as const, 'government' as const),
  roles: fc.array(
    fc.tuple(fc.nat(20), fc.nat(5), fc.constantFrom<HostRole>('chief-host', 'deputy-host', 'third-host', 'fourth-host')),
    { maxLength: 4 },
  ),
  locks: fc.array(fc.tuple(fc.nat(60), fc.nat(5), fc.nat(60)), { maxLength: 5 }),
  options: fc.record({
    chiefGuestTakesHostSeat: fc.boolean(),
    evenRow: fc.constantFrom('axis' as const, 'main' as const),
    tableFacing: fc.constantFrom('same' as const, 'main' as const),
    western: fc.boolean(),
    keepDelegations: fc.boolean(),
    topSeat: fc.constantFrom('kerb' as const, 'behindDriver' as const),
    companionSeat: fc.constantFrom('beside' as const, 'front' as const),
    companions: fc.constantFrom('chief' as const, 'each' as const),
    drive: fc.constantFrom('left' as const, 'right' as const),
    handbookMeeting: fc.constantFrom('hostSeat' as const, 'honourSeat' as const),
    evenRostrum: fc.constantFrom('classic' as const, 'stageView' as const),
  }),
});

/** plain: no rule options (some, like keepDelegations, trade seniority for other goals). */
function buildWorld(v: ValueOf<typeof sceneArb>, plain = false): World {
  const kind: SceneKind = v.banquet ? 'banquet' : v.other;
  const items: VenueItem[] = [
    ...(v.banquet ? hallItems(v.hall) : otherItems(v.other, v.n, v.itemRot)),
    { id: 'door', kind: 'door', x: v.door.x, y: v.door.y, rotation: v.door.rotation, width: 1.5 },
  ];
  const scene: Scene = {
    id: 's',
    name: 's',
    kind,
    convention: v.convention,
    options: plain ? {} : v.options,
    items,
    assignments: [],
    roles: [],
  };
  const seating = items.filter((i) => seatGeometry(i, scene).length > 0);
  {
    for (const [pi, ii, role] of v.roles) {
      const p = v.people.filter((x) => x.side === 'host')[pi % Math.max(1, v.people.length)];
      const item = seating[ii % seating.length]!;
      if (p && !scene.roles.some((r) => r.personId === p.id || (r.itemId === item.id && r.role === role)))
        scene.roles.push({ itemId: item.id, personId: p.id, role });
    }
    const used = new Set<string>();
    for (const [pi, ii, si] of v.locks) {
      const p = v.people[pi % Math.max(1, v.people.length)];
      const item = seating[ii % seating.length]!;
      const labels = seatGeometry(item, scene).map((g) => g.label);
      const seat = labels[si % labels.length]!;
      if (!p || used.has(p.id) || used.has(`${item.id}/${seat}`)) continue;
      used.add(p.id);
      used.add(`${item.id}/${seat}`);
      scene.assignments.push({ personId: p.id, itemId: item.id, seat, locked: true });
    }
  }
  return {
    plan: { schemaVersion: 1, id: 'p', name: 'p', organisation: '', convention: 'commercial', people: v.people, scenes: [scene] },
  };
}

function transformPlan(plan: Plan, f: (i: VenueItem) => VenueItem): Plan {
  return { ...plan, scenes: plan.scenes.map((s) => ({ ...s, items: s.items.map(f) })) };
}

const key = (a: Assignment) => `${a.personId}@${a.itemId}/${a.seat}/${a.locked}`;

describe('engine properties', () => {
  it('nobody seated twice, no seat with two people, every seat exists, every new placement has reasons in zh and en', () => {
    fc.assert(
      fc.property(sceneArb, (v) => {
        const { plan } = buildWorld(v);
        const scene = plan.scenes[0]!;
        const res = autoPlaceScene(plan, 's');
        const persons = res.assignments.map((a) => a.personId);
        expect(new Set(persons).size).toBe(persons.length);
        const seats = res.assignments.map((a) => `${a.itemId}/${a.seat}`);
        expect(new Set(seats).size).toBe(seats.length);
        for (const a of res.assignments) {
          const item = scene.items.find((i) => i.id === a.itemId)!;
          expect(seatGeometry(item, scene).map((g) => g.label)).toContain(a.seat);
          if (!a.locked) {
            const reason = res.reasons[a.personId]!;
            expect(renderReason('zh', reason)).toBeTruthy();
            expect(renderReason('en', reason)).toBeTruthy();
          }
        }
        expect(res.unsupported).toEqual([]);
        const placed: Plan = { ...plan, scenes: [{ ...scene, assignments: res.assignments }] };
        const broken = lintScene(placed, 's').filter((w) =>
          ['person-in-two-seats', 'seat-has-two-people', 'unknown-seat'].includes(w.code),
        );
        expect(broken).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('locked assignments never move, and a locked person is not placed again', () => {
    fc.assert(
      fc.property(sceneArb, (v) => {
        const { plan } = buildWorld(v);
        const res = autoPlaceScene(plan, 's');
        const locked = plan.scenes[0]!.assignments;
        for (const a of locked) expect(res.assignments).toContainEqual(a);
        for (const a of locked) expect(res.assignments.filter((b) => b.personId === a.personId)).toHaveLength(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('same input, same output', () => {
    fc.assert(
      fc.property(sceneArb, (v) => {
        const a = autoPlaceScene(buildWorld(v).plan, 's');
        const b = autoPlaceScene(buildWorld(v).plan, 's');
        expect(b).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });

  it('a more senior person of a side never sits lower than a junior of that side (both auto-placed)', () => {
    fc.assert(
      fc.property(sceneArb, (v) => {
        const { plan } = buildWorld(v, true);
        const res = autoPlaceScene(plan, 's');
        const placed: Plan = { ...plan, scenes: [{ ...plan.scenes[0]!, assignments: res.assignments }] };
        const locked = new Set(plan.scenes[0]!.assignments.map((a) => a.personId));
        const inverted = lintScene(placed, 's').filter(
          (w) => w.code === 'seniority-inverted' && !w.personIds!.some((id) => locked.has(id)),
        );
        expect(inverted).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('rotating every item and the door by any angle about any point gives the same placement', () => {
    fc.assert(
      fc.property(sceneArb, fc.double({ min: -360, max: 360, noNaN: true }), cellArb, (v, deg, [cx, cy]) => {
        const { plan } = buildWorld(v);
        const turned = transformPlan(plan, (i) => rotateItem(i, cx, cy, deg));
        const a = autoPlaceScene(plan, 's');
        const b = autoPlaceScene(turned, 's');
        expect(b.assignments.map(key).sort()).toEqual(a.assignments.map(key).sort());
        expect(b.tableNumbers).toEqual(a.tableNumbers);
        // Seat geometry turns with the plan.
        const s0 = plan.scenes[0]!;
        const s1 = turned.scenes[0]!;
        for (const item of s0.items) {
          const g0 = seatGeometry(item, s0);
          const g1 = seatGeometry(
            s1.items.find((i) => i.id === item.id)!,
            s1,
          );
          expect(g1.map((g) => g.label)).toEqual(g0.map((g) => g.label));
          g0.forEach((g, k) => {
            const p = rotatePoint(g.x, g.y, cx, cy, deg);
            expect(g1[k]!.x).toBeCloseTo(p.x, 6);
            expect(g1[k]!.y).toBeCloseTo(p.y, 6);
            const d = ((((g1[k]!.facing - g.facing - deg) % 360) + 540) % 360) - 180;
            expect(Math.abs(d)).toBeLessThan(1e-6);
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a mirrored round table gets the mirrored placement: same labels, each seat at the mirror of its R/L twin', () => {
    const twin = (l: string) => (l.startsWith('R') ? `L${l.slice(1)}` : l.startsWith('L') ? `R${l.slice(1)}` : l);
    fc.assert(
      fc.property(peopleArb, fc.integer({ min: 4, max: 24 }), doorArb, (ppl, seats, d) => {
        const items: VenueItem[] = [
          { id: 'T', kind: 'round-table', x: 0, y: 0, rotation: 0, seats, diameter: 1.8 },
          { id: 'door', kind: 'door', x: d.x, y: d.y, rotation: d.rotation, width: 1.5 },
        ];
        const plan: Plan = {
          schemaVersion: 1,
          id: 'p',
          name: 'p',
          organisation: '',
          convention: 'commercial',
          people: ppl,
          scenes: [{ id: 's', name: 's', kind: 'banquet', options: {}, items, assignments: [], roles: [] }],
        };
        const mirrored = transformPlan(plan, mirrorItem);
        const a = autoPlaceScene(plan, 's');
        const b = autoPlaceScene(mirrored, 's');
        expect(b.assignments.map(key).sort()).toEqual(a.assignments.map(key).sort());
        const g0 = seatGeometry(items[0]!, plan.scenes[0]!);
        const g1 = seatGeometry(mirrored.scenes[0]!.items[0]!, mirrored.scenes[0]!);
        for (const g of g1) {
          const orig = g0.find((x) => x.label === twin(g.label))!;
          expect(g.x).toBeCloseTo(-orig.x, 6);
          expect(g.y).toBeCloseTo(orig.y, 6);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
