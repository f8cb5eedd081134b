/**
 * One maker per venue item kind, with real sizes in metres. The palette adds these; templates
 * compose them. Rotation follows each kind's own meaning (shared/model/types.ts): a door points
 * into the room, a rostrum and a seat block face the audience / stage, a car points forward.
 */
import type { IdMaker } from '../model/factory';
import type {
  CarItem,
  CarModel,
  ConferenceTableItem,
  DoorItem,
  ElevatorItem,
  ItemKind,
  LabelItem,
  LongTableItem,
  ReceptionItem,
  RostrumItem,
  RoundTableItem,
  SeatBlockItem,
  StageItem,
  TalksTableItem,
  VenueItem,
  WallItem,
} from '../model/types';

/** Screen directions in the plan's convention (y down). */
export const UP = -90;
export const DOWN = 90;

export interface At {
  x: number;
  y: number;
  rotation?: number;
}

const base = (makeId: IdMaker, at: At, rotation = 0) => ({
  id: makeId('item'),
  x: at.x,
  y: at.y,
  rotation: at.rotation ?? rotation,
});

export const make = {
  roundTable: (makeId: IdMaker, at: At, seats = 10, extra: Partial<RoundTableItem> = {}): RoundTableItem => ({
    ...base(makeId, at),
    kind: 'round-table',
    seats,
    diameter: seats > 12 ? 2.4 : seats > 10 ? 2.0 : 1.8,
    ...extra,
  }),
  longTable: (makeId: IdMaker, at: At, seatsPerSide = 6, extra: Partial<LongTableItem> = {}): LongTableItem => ({
    ...base(makeId, at),
    kind: 'long-table',
    seatsPerSide,
    endSeats: 0,
    length: Math.max(1.2, seatsPerSide * 0.7),
    width: 1.0,
    ...extra,
  }),
  /** A head table: one long side only, facing the room. */
  headTable: (makeId: IdMaker, at: At, seats = 7): LongTableItem =>
    make.longTable(makeId, at, seats, { head: true, width: 0.7, length: seats * 0.75 }),
  rostrum: (makeId: IdMaker, at: At, rows: number[] = [7], lectern = true): RostrumItem => ({
    ...base(makeId, at, DOWN),
    kind: 'rostrum',
    rows,
    lectern,
  }),
  seatBlock: (makeId: IdMaker, at: At, rows = 5, cols = 8): SeatBlockItem => ({
    ...base(makeId, at, UP),
    kind: 'seat-block',
    rows,
    cols,
  }),
  reception: (makeId: IdMaker, at: At, perSide = 4): ReceptionItem => ({
    ...base(makeId, at),
    kind: 'reception',
    perSide,
  }),
  talksTable: (makeId: IdMaker, at: At, seatsPerSide = 7): TalksTableItem => ({
    ...base(makeId, at),
    kind: 'talks-table',
    seatsPerSide,
  }),
  conferenceTable: (makeId: IdMaker, at: At, seatsPerSide = 6): ConferenceTableItem => ({
    ...base(makeId, at, UP),
    kind: 'conference-table',
    seatsPerSide,
  }),
  car: (makeId: IdMaker, at: At, model: CarModel = 'sedan', extra: Partial<CarItem> = {}): CarItem => ({
    ...base(makeId, at, UP),
    kind: 'car',
    model,
    driver: 'chauffeur',
    ...extra,
  }),
  elevator: (makeId: IdMaker, at: At, panel: ElevatorItem['panel'] = 'front-left'): ElevatorItem => ({
    ...base(makeId, at, UP),
    kind: 'elevator',
    panel,
    attendant: false,
  }),
  door: (makeId: IdMaker, at: At, width = 1.6): DoorItem => ({ ...base(makeId, at, UP), kind: 'door', width }),
  stage: (makeId: IdMaker, at: At, width = 8, depth = 3): StageItem => ({
    ...base(makeId, at, DOWN),
    kind: 'stage',
    width,
    depth,
  }),
  wall: (makeId: IdMaker, at: At, length = 6): WallItem => ({ ...base(makeId, at), kind: 'wall', length }),
  label: (makeId: IdMaker, at: At, text: string): LabelItem => ({ ...base(makeId, at), kind: 'label', text }),
};

/** The palette: one entry per kind the officer can add (head table and car models are variants). */
export type PaletteEntry =
  | 'round-table'
  | 'long-table'
  | 'head-table'
  | 'rostrum'
  | 'seat-block'
  | 'reception'
  | 'talks-table'
  | 'conference-table'
  | `car-${CarModel}`
  | 'elevator'
  | 'door'
  | 'stage'
  | 'wall'
  | 'label';

export const CAR_MODELS: CarModel[] = ['sedan', 'jeep', 'mpv7', 'mpv7-classic', 'van9', 'minibus'];

export const PALETTE: PaletteEntry[] = [
  'round-table',
  'long-table',
  'head-table',
  'rostrum',
  'seat-block',
  'reception',
  'talks-table',
  'conference-table',
  ...CAR_MODELS.map((m) => `car-${m}` as const),
  'elevator',
  'door',
  'stage',
  'wall',
  'label',
];

/** A new item of a palette entry at a point; `labelText` is the (translated) default label text. */
export function paletteItem(entry: PaletteEntry, makeId: IdMaker, at: At, labelText: string): VenueItem {
  if (entry.startsWith('car-')) return make.car(makeId, at, entry.slice(4) as CarModel);
  switch (entry as Exclude<PaletteEntry, `car-${string}`>) {
    case 'round-table':
      return make.roundTable(makeId, at);
    case 'long-table':
      return make.longTable(makeId, at);
    case 'head-table':
      return make.headTable(makeId, at);
    case 'rostrum':
      return make.rostrum(makeId, at);
    case 'seat-block':
      return make.seatBlock(makeId, at);
    case 'reception':
      return make.reception(makeId, at);
    case 'talks-table':
      return make.talksTable(makeId, at);
    case 'conference-table':
      return make.conferenceTable(makeId, at);
    case 'elevator':
      return make.elevator(makeId, at);
    case 'door':
      return make.door(makeId, at);
    case 'stage':
      return make.stage(makeId, at);
    case 'wall':
      return make.wall(makeId, at);
    case 'label':
      return make.label(makeId, at, labelText);
  }
}

export function paletteKind(entry: PaletteEntry): ItemKind {
  if (entry.startsWith('car-')) return 'car';
  return entry === 'head-table' ? 'long-table' : (entry as ItemKind);
}
