/**
 * Venue templates: pure builders `(makeId) => VenueItem[]`, so the engine's tests and benchmarks
 * can use the same venues as the canvas. Every template has its door (the reference for every
 * rule) at the bottom of the plan pointing up into the room, except the motorcade and the
 * elevator, which carry their own frame.
 */
import type { IdMaker } from '../model/ids';
import type { SceneKind, VenueItem } from '../model/types';
import { uniformBlock } from '../kinds/meeting-hall';
import type { HallBlock } from '../model/types';
import { DOWN, UP, make } from './items';

export { make, PALETTE, CAR_MODELS, paletteItem, paletteKind, type PaletteEntry } from './items';

export type TemplateId =
  | 'banquet-10'
  | 'banquet-20'
  | 'single-table'
  | 'reception-hall'
  | 'talks-room'
  | 'rostrum-audience'
  | 'meeting-hall-500'
  | 'meeting-hall-1500'
  | 'meeting-hall-3000'
  | 'conference-room'
  | 'motorcade-5'
  | 'elevator';

export interface Template {
  id: TemplateId;
  sceneKind: SceneKind;
  build(makeId: IdMaker): VenueItem[];
}

/** Four walls around a room, leaving the door's opening in the bottom wall. */
export function room(
  makeId: IdMaker,
  left: number,
  top: number,
  right: number,
  bottom: number,
  doorX = 0,
  doorWidth = 1.6,
): VenueItem[] {
  const w = right - left;
  const h = bottom - top;
  const gapL = doorX - doorWidth / 2 - left;
  const gapR = right - (doorX + doorWidth / 2);
  return [
    make.wall(makeId, { x: left + w / 2, y: top }, w),
    make.wall(makeId, { x: left, y: top + h / 2, rotation: 90 }, h),
    make.wall(makeId, { x: right, y: top + h / 2, rotation: 90 }, h),
    make.wall(makeId, { x: left + gapL / 2, y: bottom }, gapL),
    make.wall(makeId, { x: right - gapR / 2, y: bottom }, gapR),
  ];
}

/** A banquet hall: a marked main table at the back centre, the others in rows toward the door. */
export function banquetHall(makeId: IdMaker, rows: number[], spacing = 4.5): VenueItem[] {
  const widest = Math.max(...rows);
  const halfW = ((widest - 1) * spacing) / 2 + 3.5;
  const mainY = -((rows.length + 1) * spacing) / 2;
  const tables: VenueItem[] = [make.roundTable(makeId, { x: 0, y: mainY }, 12, { main: true, diameter: 2.4 })];
  rows.forEach((n, r) => {
    const y = mainY + (r + 1) * spacing + 0.5;
    // Rows with an even count keep the centre aisle open toward the door.
    const xs = Array.from({ length: n }, (_, i) => (i - (n - 1) / 2) * spacing);
    for (const x of xs) tables.push(make.roundTable(makeId, { x, y }));
  });
  const bottom = mainY + rows.length * spacing + 4;
  return [make.door(makeId, { x: 0, y: bottom }), ...tables, ...room(makeId, -halfW, mainY - 3, halfW, bottom)];
}

/** Rows of a side block: shorter at the front, where the hall narrows toward the stage. */
function sideBlock(frontRows: number, frontSeats: number, rows: number, seats: number): HallBlock {
  return { rows: [...uniformBlock(frontRows, frontSeats).rows, ...uniformBlock(rows - frontRows, seats).rows] };
}

/**
 * A plenary hall: the rostrum on a stage at the top facing down, the audience blocks below facing
 * it (the front row 4 m from the stage), a balcony (楼座, floor 1) behind when given, the door at the back.
 */
function plenaryHall(makeId: IdMaker, rostrum: number[], blocks: HallBlock[], balcony?: HallBlock[]): VenueItem[] {
  const floor = make.meetingHall(makeId, { x: 0, y: 0, rotation: UP }, blocks);
  const width = Math.max(...blocks.map((b) => Math.max(...b.rows))) * 0.55 * blocks.length + 12;
  const depth = Math.max(...blocks.map((b) => b.rows.length)) * 0.9;
  const items: VenueItem[] = [
    make.stage(makeId, { x: 0, y: -5.5, rotation: DOWN }, Math.min(24, width * 0.6), 4),
    make.rostrum(makeId, { x: 0, y: -4.6, rotation: DOWN }, rostrum),
    floor,
  ];
  let back = depth + 3;
  if (balcony) {
    items.push(make.meetingHall(makeId, { x: 0, y: back + 2, rotation: UP }, balcony, { floor: 1, curve: 8 }));
    back += Math.max(...balcony.map((b) => b.rows.length)) * 0.9 + 4;
  }
  items.push(make.door(makeId, { x: 0, y: back }, 2.4));
  return [...items, ...room(makeId, -width / 2, -9, width / 2, back, 0, 2.4)];
}

export const TEMPLATES: Template[] = [
  {
    id: 'banquet-10',
    sceneKind: 'banquet',
    build: (makeId) => banquetHall(makeId, [3, 3, 3]),
  },
  {
    id: 'banquet-20',
    sceneKind: 'banquet',
    build: (makeId) => banquetHall(makeId, [5, 5, 5, 4]),
  },
  {
    id: 'single-table',
    sceneKind: 'banquet',
    build: (makeId) => [
      make.door(makeId, { x: 0, y: 4 }),
      make.roundTable(makeId, { x: 0, y: 0 }, 10),
      ...room(makeId, -3.5, -3.5, 3.5, 4),
    ],
  },
  {
    id: 'reception-hall',
    sceneKind: 'reception',
    build: (makeId) => [
      make.door(makeId, { x: 0, y: 5 }),
      make.reception(makeId, { x: 0, y: -0.5 }, 4),
      ...room(makeId, -4.5, -5.5, 4.5, 5),
    ],
  },
  {
    id: 'talks-room',
    sceneKind: 'talks',
    build: (makeId) => [
      make.door(makeId, { x: 0, y: 5 }),
      make.talksTable(makeId, { x: 0, y: -0.5 }, 7),
      ...room(makeId, -5.5, -4.5, 5.5, 5),
    ],
  },
  {
    id: 'rostrum-audience',
    sceneKind: 'meeting',
    build: (makeId) => [
      make.door(makeId, { x: 0, y: 7 }),
      make.stage(makeId, { x: 0, y: -6, rotation: DOWN }, 10, 3),
      make.rostrum(makeId, { x: 0, y: -5.6, rotation: DOWN }, [7]),
      make.seatBlock(makeId, { x: -3.2, y: -2, rotation: UP }, 6, 8),
      make.seatBlock(makeId, { x: 3.2, y: -2, rotation: UP }, 6, 8),
      ...room(makeId, -8, -8, 8, 7),
    ],
  },
  {
    id: 'meeting-hall-500',
    sceneKind: 'meeting',
    // 498 seats: a centre block of 15 rows of 16, side blocks of 7 seats in the first 3 rows, then 9.
    build: (makeId) => plenaryHall(makeId, [9, 11], [sideBlock(3, 7, 15, 9), uniformBlock(15, 16), sideBlock(3, 7, 15, 9)]),
  },
  {
    id: 'meeting-hall-1500',
    sceneKind: 'meeting',
    // 1,520 seats: a centre block of 31 rows of 24, side blocks of 10 in the first 5 rows, then 13.
    build: (makeId) =>
      plenaryHall(makeId, [11, 13, 15], [sideBlock(5, 10, 31, 13), uniformBlock(31, 24), sideBlock(5, 10, 31, 13)]),
  },
  {
    id: 'meeting-hall-3000',
    sceneKind: 'meeting',
    // 2,976 seats: 2,456 on the floor (40 rows) and a balcony of 520 (10 rows), which ranks below the floor.
    build: (makeId) =>
      plenaryHall(
        makeId,
        [13, 15, 17],
        [sideBlock(6, 14, 40, 16), uniformBlock(40, 30), sideBlock(6, 14, 40, 16)],
        [uniformBlock(10, 14), uniformBlock(10, 24), uniformBlock(10, 14)],
      ),
  },
  {
    id: 'conference-room',
    sceneKind: 'meeting',
    build: (makeId) => [
      make.door(makeId, { x: 0, y: 5 }),
      make.conferenceTable(makeId, { x: 0, y: -0.5, rotation: UP }, 6),
      ...room(makeId, -4, -5, 4, 5),
    ],
  },
  {
    id: 'motorcade-5',
    sceneKind: 'car',
    build: (makeId) =>
      // Side by side, car 1 on the left, all pointing up: the screen reads like the car list.
      (['sedan', 'sedan', 'sedan', 'mpv7', 'van9'] as const).map((model, i) =>
        make.car(makeId, { x: i * 3.2, y: 0 }, model, { number: i + 1 }),
      ),
  },
  {
    id: 'elevator',
    sceneKind: 'elevator',
    build: (makeId) => [make.elevator(makeId, { x: 0, y: 0 }, 'front-left')],
  },
];

export function findTemplate(id: TemplateId): Template {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}
