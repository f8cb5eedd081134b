/**
 * The batch contract (CASES.md): a case becomes a one-scene plan and goes through the same
 * autoPlaceScene the app uses, so the command line and the canvas can never disagree.
 */
import { kindOf } from '../kinds';
import { isMeetingHall } from '../kinds/meeting-hall';
import type { Assignment, CarItem, HostRole, HostingRole, Person, Plan, Scene, SceneKind, VenueItem } from '../model/types';
import { CaseError, parseCase, type CaseVenue, type PlaceCase } from './case-schema';
import { tableOrder } from './hall';
import { hallSeatNumber } from './hall-seats';
import { lintScene } from './lint';
import { rankTies } from './plan-check';
import { autoPlaceScene } from './scene';
import type { Reason, Warning } from './types';

/**
 * A case's answer with its reasons and warnings as data; `place` (shared/i18n/case-answer.ts)
 * words them in the chosen language. The engine never words anything itself.
 */
export interface CaseAnswer {
  seats: Record<string, string>;
  tables?: Record<string, number>;
  cars?: Record<string, number>;
  enter?: string[];
  exit?: string[];
  /** Meeting hall: each hall seat's number by the hall's numbering (单双号 or consecutive). */
  numbers?: Record<string, number>;
  reasons: Record<string, Reason>;
  warnings: Warning[];
}

const INTO: Record<string, number> = { up: -90, down: 90, left: 180, right: 0 };
const HOST_ROLES = new Set<string>(['chief-host', 'deputy-host', 'third-host', 'fourth-host']);
/** A rank no real list reaches: people without a rank come after the ranked, in list order. */
const UNRANKED = 1e6;

const SCENE_KIND: Record<CaseVenue['kind'], SceneKind> = {
  'round-table': 'banquet',
  'long-table': 'banquet',
  'banquet-hall': 'banquet',
  rostrum: 'meeting',
  theatre: 'meeting',
  'meeting-hall': 'meeting',
  car: 'car',
  motorcade: 'car',
  elevator: 'elevator',
  reception: 'reception',
  talks: 'talks',
  conference: 'meeting',
  signing: 'signing',
  photo: 'photo',
};

const base = (id: string, rotation = 0) => ({ id, x: 0, y: 0, rotation });

function venueItems(c: PlaceCase): VenueItem[] {
  const v = c.venue;
  switch (v.kind) {
    case 'round-table':
      return [{ ...base('T'), kind: 'round-table', seats: v.seats, diameter: 1.8 }];
    case 'long-table':
      return [
        {
          ...base('T'),
          kind: 'long-table',
          seatsPerSide: v.seatsPerSide,
          endSeats: v.endSeats ?? 0,
          length: v.seatsPerSide * 0.7,
          width: 1.2,
          head: v.head,
        },
      ];
    case 'banquet-hall': {
      const into = typeof v.door.into === 'number' ? v.door.into : INTO[v.door.into]!;
      const items: VenueItem[] = [{ id: '#door', kind: 'door', x: v.door.x, y: v.door.y, rotation: into, width: 1.5 }];
      if (v.stage) items.push({ id: '#stage', kind: 'stage', x: v.stage.x, y: v.stage.y, rotation: 0, width: 6, depth: 3 });
      for (const t of v.tables) {
        items.push({
          id: t.id,
          kind: 'round-table',
          x: t.x,
          y: t.y,
          rotation: 0,
          seats: t.seats ?? 10,
          diameter: 1.8,
          main: t.main || v.main === t.id,
        });
      }
      return items;
    }
    case 'rostrum':
    case 'photo':
      return [{ ...base('R', 90), kind: 'rostrum', rows: v.rows, lectern: false }];
    case 'theatre':
      return [{ ...base('B', -90), kind: 'seat-block', rows: v.rows, cols: v.cols }];
    case 'meeting-hall': {
      const hall: VenueItem = {
        ...base('H', -90),
        kind: 'meeting-hall',
        blocks: v.blocks.map((rows) => ({ rows })),
        seatSpacing: 0.55,
        rowSpacing: 0.9,
        aisle: 1.2,
        curve: 0,
        floor: 0,
        zones: (v.zones ?? []).map((z) => ({
          name: '',
          colour: 'grey',
          block: z.block ?? 0,
          fromRow: z.rows[0],
          toRow: z.rows[1],
          reserved: z.reserved ?? false,
        })),
        ...(v.numbering ? { numbering: v.numbering } : {}),
      };
      // The rostrum faces the hall from in front of it (RULES §9: the same people list, rostrum first).
      return v.rostrum ? [{ ...base('R', 90), y: -4, kind: 'rostrum', rows: v.rostrum, lectern: false }, hall] : [hall];
    }
    case 'car':
      return [
        {
          ...base('C', -90),
          kind: 'car',
          model: v.model,
          driver: v.driver ?? 'chauffeur',
          rows: v.rows,
          seatsPerRow: v.seatsPerRow,
        } as CarItem,
      ];
    case 'motorcade':
      return v.cars.map(
        (car, i) =>
          ({
            ...base(car.id, -90),
            y: i * 6,
            kind: 'car',
            model: car.model,
            driver: car.driver ?? 'chauffeur',
            number: car.number ?? i + 1,
            rows: car.rows,
            seatsPerRow: car.seatsPerRow,
          }) as CarItem,
      );
    case 'elevator':
      return [{ ...base('E', -90), kind: 'elevator', panel: v.panel, attendant: v.attendant ?? false }];
    case 'reception': {
      const perSide = v.perSide ?? Math.max(1, c.people.length);
      return [{ ...base('M'), kind: 'reception', perSide, ...(v.backRow !== undefined ? { backRow: v.backRow } : {}) }];
    }
    case 'talks':
      return [{ ...base('K', v.layout === 'end-on' ? -90 : 0), kind: 'talks-table', seatsPerSide: v.seatsPerSide }];
    case 'conference':
      return [{ ...base('K', -90), kind: 'conference-table', seatsPerSide: v.seatsPerSide }];
    case 'signing':
      return [{ ...base('S'), kind: 'long-table', seatsPerSide: 2, endSeats: 0, length: 3, width: 1, head: true }];
  }
}

/** The item a person's role or lock belongs to: the one named, else table No. 1 / the first item. */
function itemFor(scene: Scene, table: string | undefined): string {
  if (table !== undefined) return table;
  const numbers = tableOrder(scene);
  const main = Object.keys(numbers).find((id) => numbers[id] === 1);
  return main ?? scene.items.find((i) => kindOf(i).seatsPeople)!.id;
}

export function caseToPlan(c: PlaceCase): Plan {
  const items = venueItems(c);
  const people: Person[] = c.people.map((p, i) => ({
    id: p.id,
    name: p.id,
    organisation: p.organisation ?? '',
    title: '',
    side: p.side ?? 'guest',
    rank: p.rank ?? UNRANKED + i,
    precedence: p.precedence,
    gender: p.gender,
    delegation: p.delegation,
    function: p.role === 'interpreter' ? 'interpreter' : p.role === 'driver' ? 'driver' : p.function,
    partnerId: p.partner,
    rostrum: p.rostrum,
    tags: [],
    attendance: 'confirmed',
  }));
  const roles: HostingRole[] = [];
  const assignments: Assignment[] = [];
  const scene: Scene = {
    id: 'case',
    name: c.id ?? 'case',
    kind: SCENE_KIND[c.venue.kind],
    convention: c.convention,
    options: c.options,
    items,
    assignments,
    roles,
  };
  c.people.forEach((p, i) => {
    if (p.role && HOST_ROLES.has(p.role))
      roles.push({ itemId: itemFor(scene, p.table), personId: p.id, role: p.role as HostRole });
    if (p.lock !== undefined) {
      if (items.filter((it) => kindOf(it).seatsPeople).length > 1 && p.table === undefined)
        throw new CaseError(`people[${i}].table: required with lock when the venue has several tables or cars`);
      assignments.push({ personId: p.id, itemId: itemFor(scene, p.table), seat: p.lock, locked: true });
    }
  });
  return {
    schemaVersion: 1,
    id: 'case',
    name: c.id ?? 'case',
    organisation: '',
    convention: c.convention ?? 'commercial',
    people,
    scenes: [scene],
  };
}

export function placeCase(input: unknown): CaseAnswer {
  return solveCase(input).answer;
}

/**
 * The answer with what wording it needs besides: the case's one-scene plan and the item each
 * person was seated at (a seat's words depend on its item's kind; `seats` shows labels only).
 */
export function solveCase(input: unknown): { answer: CaseAnswer; plan: Plan; itemOf: Record<string, string> } {
  const c = parseCase(input);
  const plan = caseToPlan(c);
  const res = autoPlaceScene(plan, 'case');
  deputyNeedsO(c, res.warnings);

  const numbered = c.venue.kind === 'motorcade' || c.venue.kind === 'banquet-hall';
  const answer: CaseAnswer = { seats: {}, reasons: res.reasons, warnings: withLint(plan, res.warnings, res.assignments) };
  for (const a of res.assignments) {
    answer.seats[a.personId] = numbered
      ? `${res.tableNumbers[a.itemId] ?? '?'}:${a.seat}`
      : c.venue.kind === 'meeting-hall' && a.itemId === 'R'
        ? `rostrum ${a.seat}`
        : a.seat;
  }
  if (c.venue.kind === 'banquet-hall') {
    answer.tables = {};
    for (const t of c.venue.tables) answer.tables[t.id] = res.tableNumbers[t.id]!;
  }
  if (c.venue.kind === 'motorcade') {
    answer.cars = {};
    for (const car of c.venue.cars) answer.cars[car.id] = res.tableNumbers[car.id]!;
  }
  const hall = plan.scenes[0]!.items.find(isMeetingHall);
  if (hall) {
    answer.numbers = {};
    for (const a of res.assignments) if (a.itemId === hall.id) answer.numbers[a.personId] = hallSeatNumber(hall, a.seat)!;
  }
  const order = Object.values(res.orders)[0];
  if (order) {
    answer.enter = order.enter;
    answer.exit = order.exit;
  }
  return { answer, plan, itemOf: Object.fromEntries(res.assignments.map((a) => [a.personId, a.itemId])) };
}

/**
 * RULES.md §1: a 副主陪 needs the O seat opposite P, so a deputy-host at a table with an odd seat
 * count is an error naming that table's `seats` — at a single round table and in a whole hall
 * alike. (The editor cannot refuse a document: there it stays the warning deputy-needs-even-seats.)
 */
function deputyNeedsO(c: PlaceCase, warnings: Warning[]): void {
  const fatal = warnings.find((w) => w.code === 'deputy-needs-even-seats');
  if (!fatal) return;
  const why = 'a deputy-host (副主陪) needs the O seat opposite P; use an even seat count';
  if (c.venue.kind === 'round-table') throw new CaseError(`venue.seats: ${why}`);
  if (c.venue.kind === 'banquet-hall') {
    const i = c.venue.tables.findIndex((t) => t.id === fatal.itemId);
    throw new CaseError(`venue.tables[${i}].seats: ${why} (table ${c.venue.tables[i]!.id})`);
  }
}

/**
 * The placement's warnings and then the lint of the placed scene and the rank ties of its people
 * (RULES §8), as the editor's 问题 panel reports them; a code the placement already reported is
 * not repeated. (The plan-wide check's other part, a person missing from a sibling scene, needs
 * two scenes; a case has one.)
 */
function withLint(plan: Plan, warnings: Warning[], assignments: Assignment[]): Warning[] {
  const placed = { ...plan, scenes: plan.scenes.map((s) => (s.id === 'case' ? { ...s, assignments } : s)) };
  const reported = new Set(warnings.map((w) => w.code));
  const ties = rankTies(placed).map(({ code, key, params, personIds }): Warning => ({ code, key, params, personIds }));
  return [...warnings, ...[...lintScene(placed, 'case'), ...ties].filter((w) => !reported.has(w.code))];
}

export { CaseError };
