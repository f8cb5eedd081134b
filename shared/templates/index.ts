/**
 * Venue templates: pure builders `(makeId) => VenueItem[]`, so the engine's tests and benchmarks
 * can use the same venues as the canvas. Every template has its door (the reference for every
 * rule) at the bottom of the plan pointing up into the room, except the motorcade and the
 * elevator, which carry their own frame.
 */
import type { IdMaker } from '../model/ids';
import type { SceneKind, VenueItem } from '../model/types';
import { DOWN, UP, make } from './items';

export { make, PALETTE, CAR_MODELS, paletteItem, paletteKind, type PaletteEntry } from './items';

export type TemplateId =
  | 'banquet-10'
  | 'banquet-20'
  | 'single-table'
  | 'reception-hall'
  | 'talks-room'
  | 'rostrum-audience'
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
