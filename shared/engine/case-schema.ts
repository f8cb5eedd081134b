/**
 * The batch case format (../etiquette/CASES.md plus the kinds in docs/seat-labels.md), validated
 * with zod. Every error names the field, e.g. `venue.seats: expected an integer 4–24`.
 */
import { z } from 'zod';

export class CaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaseError';
  }
}

type Iss = { input?: unknown };
const msg = (expected: string) => ({
  error: (iss: Iss) => (iss.input === undefined ? 'required' : `expected ${expected}`),
});

const int = (lo: number, hi: number) => {
  const m = msg(`an integer ${lo}–${hi}`);
  return z.number(m).int(m).min(lo, m).max(hi, m);
};
const num = () => z.number(msg('a number'));
const str = () => z.string(msg('a non-empty string')).min(1, msg('a non-empty string'));
const bool = () => z.boolean(msg('true or false'));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, msg(`one of ${values.join(', ')}`));

export const VENUE_KINDS = [
  'round-table',
  'long-table',
  'banquet-hall',
  'rostrum',
  'theatre',
  'meeting-hall',
  'car',
  'motorcade',
  'elevator',
  'reception',
  'talks',
  'conference',
  'signing',
  'photo',
] as const;

const CAR_MODELS = ['sedan', 'jeep', 'mpv7', 'mpv7-classic', 'van9', 'minibus'] as const;
const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;

const point = z.object({ x: num(), y: num() }, msg('an object {x, y}'));
const door = z.object(
  { x: num(), y: num(), into: z.union([oneOf(DIRECTIONS), num()], msg('up, down, left, right or an angle in degrees')) },
  msg('an object {x, y, into}'),
);
const rowsOf = (what: string) => z.array(int(1, 100), msg(`a list of ${what} per row`)).min(1, msg(`at least one row`));
const carFields = {
  model: oneOf(CAR_MODELS),
  driver: oneOf(['chauffeur', 'host'] as const).optional(),
  rows: int(1, 20).optional(),
  seatsPerRow: int(1, 6).optional(),
};

export const venueSchemas = {
  'round-table': z.object({ kind: z.literal('round-table'), seats: int(4, 24) }),
  'long-table': z.object({
    kind: z.literal('long-table'),
    seatsPerSide: int(1, 30),
    endSeats: int(0, 1).optional(),
    head: bool().optional(),
  }),
  'banquet-hall': z.object({
    kind: z.literal('banquet-hall'),
    door,
    tables: z
      .array(
        z.object({ id: str(), x: num(), y: num(), seats: int(4, 24).optional(), main: bool().optional() }),
        msg('a list of tables {id, x, y}'),
      )
      .min(1, msg('at least one table')),
    main: str().optional(),
    stage: point.optional(),
  }),
  rostrum: z.object({ kind: z.literal('rostrum'), rows: rowsOf('people') }),
  theatre: z.object({ kind: z.literal('theatre'), rows: int(1, 100), cols: int(1, 100) }),
  'meeting-hall': z.object({
    kind: z.literal('meeting-hall'),
    blocks: z
      .array(z.array(int(1, 80), msg('a list of seats per row')).min(1, msg('at least one row')), msg('a list of blocks'))
      .min(1, msg('at least one block'))
      .max(9, msg('at most 9 blocks')),
    zones: z
      .array(
        z.object({
          block: int(0, 9).optional(),
          rows: z.tuple([int(1, 80), int(1, 80)], msg('[first row, last row]')),
          reserved: bool().optional(),
        }),
        msg('a list of zones {block, rows, reserved}'),
      )
      .optional(),
    rostrum: rowsOf('people').optional(),
    numbering: oneOf(['consecutive', 'oddEven'] as const).optional(),
  }),
  car: z.object({ kind: z.literal('car'), ...carFields }),
  motorcade: z.object({
    kind: z.literal('motorcade'),
    cars: z
      .array(z.object({ id: str(), number: int(1, 999).optional(), ...carFields }), msg('a list of cars'))
      .min(1, msg('at least one car')),
  }),
  elevator: z.object({
    kind: z.literal('elevator'),
    panel: oneOf(['front-left', 'front-right'] as const),
    attendant: bool().optional(),
  }),
  reception: z.object({ kind: z.literal('reception'), perSide: int(1, 50).optional(), backRow: int(0, 4).optional() }),
  talks: z.object({
    kind: z.literal('talks'),
    seatsPerSide: int(1, 30),
    layout: oneOf(['parallel', 'end-on'] as const).optional(),
  }),
  conference: z.object({ kind: z.literal('conference'), seatsPerSide: int(1, 30) }),
  signing: z.object({ kind: z.literal('signing') }),
  photo: z.object({ kind: z.literal('photo'), rows: rowsOf('people') }),
} as const;

export type VenueKind = (typeof VENUE_KINDS)[number];
export type CaseVenue = { [K in VenueKind]: z.infer<(typeof venueSchemas)[K]> }[VenueKind];

const personSchema = z.object(
  {
    id: str(),
    side: oneOf(['host', 'guest', 'staff'] as const).optional(),
    rank: num().optional(),
    precedence: num().optional(),
    role: oneOf(['chief-host', 'deputy-host', 'third-host', 'fourth-host', 'driver', 'interpreter'] as const).optional(),
    gender: oneOf(['male', 'female', 'unspecified'] as const).optional(),
    partner: str().optional(),
    delegation: str().optional(),
    organisation: str().optional(),
    function: str().optional(),
    /** Banquet hall: the table a role belongs to, or a locked person's table. */
    table: str().optional(),
    /** A locked seat label: the engine places everyone else around it. */
    lock: str().optional(),
    /** 上主席台: flagged for the rostrum (when anyone is, the rostrum seats only the flagged). */
    rostrum: bool().optional(),
  },
  msg('a person object'),
);

const caseBase = z.object(
  {
    id: z.string(msg('a string')).optional(),
    about: z.string(msg('a string')).optional(),
    convention: oneOf(['commercial', 'government'] as const).optional(),
    venue: z.looseObject({ kind: oneOf(VENUE_KINDS) }, msg('an object with a kind')),
    options: z.record(z.string(), z.unknown(), msg('an object')).optional(),
    people: z.array(personSchema, msg('a list of people')),
  },
  msg('a case object'),
);

const optionsSchema = z.object({
  chiefGuestTakesHostSeat: bool().optional(),
  evenRow: oneOf(['axis', 'main'] as const).optional(),
  evenRostrum: oneOf(['classic', 'stageView'] as const).optional(),
  handbookMeeting: oneOf(['hostSeat', 'honourSeat'] as const).optional(),
  topSeat: oneOf(['kerb', 'behindDriver'] as const).optional(),
  companionSeat: oneOf(['beside', 'front'] as const).optional(),
  drive: oneOf(['left', 'right'] as const).optional(),
  tableFacing: oneOf(['same', 'main'] as const).optional(),
  keepDelegations: bool().optional(),
  western: bool().optional(),
  interpreters: oneOf(['beside', 'behind'] as const).optional(),
  leadCar: bool().optional(),
  companions: oneOf(['chief', 'each'] as const).optional(),
  arrangement: oneOf(['horizontal', 'vertical', 'centreOut', 'snake', 'columns'] as const).optional(),
  hallDirection: oneOf(['honourFirst', 'left', 'right'] as const).optional(),
  strips: oneOf(['across', 'centreOut'] as const).optional(),
  unitOrder: oneOf(['list', 'strokes', 'pinyin', 'custom'] as const).optional(),
  unitList: z.array(str(), msg('a list of unit names')).optional(),
  keepUnitsTogether: bool().optional(),
  hallSide: oneOf(['audience', 'mirrorRostrum'] as const).optional(),
});

export type CasePerson = z.infer<typeof personSchema>;
export type CaseOptions = z.infer<typeof optionsSchema>;
export interface PlaceCase {
  id?: string;
  convention?: 'commercial' | 'government';
  venue: CaseVenue;
  options: CaseOptions;
  people: CasePerson[];
}

function fieldPath(prefix: string, path: PropertyKey[]): string {
  let out = prefix;
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(case)';
}

function check<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  const issue = res.error.issues[0]!;
  throw new CaseError(`${fieldPath(prefix, issue.path)}: ${issue.message}`);
}

export function parseCase(input: unknown): PlaceCase {
  const base = check(caseBase, input, '');
  const kind = base.venue.kind as VenueKind;
  const venue = check(venueSchemas[kind] as z.ZodType<CaseVenue>, base.venue, 'venue');
  const options = check(optionsSchema, base.options ?? {}, 'options');
  const seen = new Map<string, number>();
  base.people.forEach((p, i) => {
    if (seen.has(p.id)) throw new CaseError(`people[${i}].id: duplicate id '${p.id}' (also people[${seen.get(p.id)}])`);
    seen.set(p.id, i);
  });
  base.people.forEach((p, i) => {
    if (p.partner !== undefined && !seen.has(p.partner))
      throw new CaseError(`people[${i}].partner: no person with id '${p.partner}'`);
  });
  if (venue.kind === 'banquet-hall') {
    const ids = new Set<string>();
    venue.tables.forEach((t, i) => {
      if (ids.has(t.id)) throw new CaseError(`venue.tables[${i}].id: duplicate table id '${t.id}'`);
      ids.add(t.id);
    });
    if (venue.main !== undefined && !ids.has(venue.main)) throw new CaseError(`venue.main: no table with id '${venue.main}'`);
    base.people.forEach((p, i) => {
      if (p.table !== undefined && !ids.has(p.table)) throw new CaseError(`people[${i}].table: no table with id '${p.table}'`);
    });
  }
  // RULES.md §1 defines western cross-seating around a round table only; a long table would
  // silently seat by the Chinese rule, so the option is refused rather than ignored.
  if (venue.kind === 'long-table' && options.western)
    throw new CaseError(
      "options.western: western cross-seating is defined for round tables only; a long table seats by its hosts' hands (RULES.md §1)",
    );
  if (venue.kind === 'motorcade') {
    const ids = new Set<string>();
    venue.cars.forEach((c, i) => {
      if (ids.has(c.id)) throw new CaseError(`venue.cars[${i}].id: duplicate car id '${c.id}'`);
      ids.add(c.id);
    });
    base.people.forEach((p, i) => {
      if (p.table !== undefined && !ids.has(p.table)) throw new CaseError(`people[${i}].table: no car with id '${p.table}'`);
    });
  }
  if (venue.kind === 'meeting-hall') {
    (venue.zones ?? []).forEach((z, i) => {
      if ((z.block ?? 0) > venue.blocks.length)
        throw new CaseError(`venue.zones[${i}].block: the hall has ${venue.blocks.length} blocks`);
      if (z.rows[0] > z.rows[1]) throw new CaseError(`venue.zones[${i}].rows: the first row comes after the last`);
    });
  }
  return { id: base.id, convention: base.convention, venue, options, people: base.people };
}
