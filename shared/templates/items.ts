/**
 * One maker per venue item kind, with real sizes in metres, over each kind's defaults
 * (`KindSpec.create` in shared/kinds). The palette adds these; templates compose them. Rotation
 * follows each kind's own meaning (shared/model/types.ts): a door points into the room, a rostrum
 * and a seat block face the audience / stage, a car points forward.
 */
import { KINDS, createItem, type At, type ItemFields } from '../kinds';
import { DOWN, UP } from '../kinds/fields';
import type { IdMaker } from '../model/ids';
import type { CarModel, ElevatorItem, HallBlock, ItemKind, VenueItem } from '../model/types';

export { DOWN, UP, type At };

export const make = {
  roundTable: (makeId: IdMaker, at: At, seats = 10, extra: ItemFields<'round-table'> = {}) =>
    KINDS['round-table'].create(makeId, at, { seats, ...extra }),
  longTable: (makeId: IdMaker, at: At, seatsPerSide = 6, extra: ItemFields<'long-table'> = {}) =>
    KINDS['long-table'].create(makeId, at, { seatsPerSide, ...extra }),
  /** A head table: one long side only, facing the room. */
  headTable: (makeId: IdMaker, at: At, seats = 7) =>
    make.longTable(makeId, at, seats, { head: true, width: 0.7, length: seats * 0.75 }),
  rostrum: (makeId: IdMaker, at: At, rows: number[] = [7], lectern = true) => KINDS.rostrum.create(makeId, at, { rows, lectern }),
  seatBlock: (makeId: IdMaker, at: At, rows = 5, cols = 8) => KINDS['seat-block'].create(makeId, at, { rows, cols }),
  meetingHall: (makeId: IdMaker, at: At, blocks: HallBlock[], extra: ItemFields<'meeting-hall'> = {}) =>
    KINDS['meeting-hall'].create(makeId, at, { blocks, ...extra }),
  reception: (makeId: IdMaker, at: At, perSide = 4) => KINDS.reception.create(makeId, at, { perSide }),
  talksTable: (makeId: IdMaker, at: At, seatsPerSide = 7) => KINDS['talks-table'].create(makeId, at, { seatsPerSide }),
  conferenceTable: (makeId: IdMaker, at: At, seatsPerSide = 6) => KINDS['conference-table'].create(makeId, at, { seatsPerSide }),
  car: (makeId: IdMaker, at: At, model: CarModel = 'sedan', extra: ItemFields<'car'> = {}) =>
    KINDS.car.create(makeId, at, { model, ...extra }),
  elevator: (makeId: IdMaker, at: At, panel: ElevatorItem['panel'] = 'front-left') =>
    KINDS.elevator.create(makeId, at, { panel }),
  door: (makeId: IdMaker, at: At, width = 1.6) => KINDS.door.create(makeId, at, { width }),
  stage: (makeId: IdMaker, at: At, width = 8, depth = 3) => KINDS.stage.create(makeId, at, { width, depth }),
  wall: (makeId: IdMaker, at: At, length = 6) => KINDS.wall.create(makeId, at, { length }),
  label: (makeId: IdMaker, at: At, text: string) => KINDS.label.create(makeId, at, { text }),
};

/** The palette: one entry per kind the officer can add (head table and car models are variants). */
export type PaletteEntry =
  | 'round-table'
  | 'long-table'
  | 'head-table'
  | 'rostrum'
  | 'seat-block'
  | 'meeting-hall'
  | 'reception'
  | 'talks-table'
  | 'conference-table'
  | `car-${CarModel}`
  | 'elevator'
  | 'door'
  | 'stage'
  | 'wall'
  | 'pillar'
  | 'label';

export const CAR_MODELS: CarModel[] = ['sedan', 'jeep', 'mpv7', 'mpv7-classic', 'van9', 'minibus'];

export const PALETTE: PaletteEntry[] = [
  'round-table',
  'long-table',
  'head-table',
  'rostrum',
  'seat-block',
  'meeting-hall',
  'reception',
  'talks-table',
  'conference-table',
  ...CAR_MODELS.map((m) => `car-${m}` as const),
  'elevator',
  'door',
  'stage',
  'wall',
  'pillar',
  'label',
];

/** A new item of a palette entry at a point; `labelText` is the (translated) default label text. */
export function paletteItem(entry: PaletteEntry, makeId: IdMaker, at: At, labelText: string): VenueItem {
  if (entry === 'head-table') return make.headTable(makeId, at);
  if (entry.startsWith('car-')) return make.car(makeId, at, entry.slice(4) as CarModel);
  const item = createItem(entry as ItemKind, makeId, at);
  // A kind that shows a text (the label) starts with the palette's words.
  return 'text' in item ? { ...item, text: labelText } : item;
}

export function paletteKind(entry: PaletteEntry): ItemKind {
  if (entry.startsWith('car-')) return 'car';
  return entry === 'head-table' ? 'long-table' : (entry as ItemKind);
}
