/** 车辆: a car, jeep, MPV, van or minibus; numbered in the motorcade (车号). */
import { z } from 'zod';
import { carGeometry, carRanking, placeCar } from '../engine/car';
import { boxAround, toLocal, type Box } from './box';
import { counts, itemBase, placed, UP, upTo, within } from './fields';
import { handsAndRows, wordsFor } from './seat-names';
import type { KindSpec } from './types';

const carWords = wordsFor({
  D: 'seatName.car.D',
  FP: 'seatName.car.FP',
  FM: 'seatName.car.FM',
  RL: 'seatName.car.RL',
  RM: 'seatName.car.RM',
  RR: 'seatName.car.RR',
  ML: 'seatName.car.ML',
  MM: 'seatName.car.MM',
  MR: 'seatName.car.MR',
  BL: 'seatName.car.BL',
  BM: 'seatName.car.BM',
  BR: 'seatName.car.BR',
});

/** Car body around the engine's seats: bonnet ahead of the front row, boot behind the last. */
function carBox(local: { x: number; y: number }[]): Box {
  const seats = boxAround(local, 0);
  const half = Math.max(0.9, Math.max(Math.abs(seats.y0), Math.abs(seats.y1)) + 0.45);
  return { x0: seats.x0 - 1.0, x1: seats.x1 + 1.6, y0: -half, y1: half };
}

const LIMITS = { number: counts(1, 999), rows: counts(1, 20), seatsPerRow: counts(2, 5) } satisfies KindSpec<'car'>['limits'];
const TEXT_LIMITS = { plate: 30, driverName: 100, driverPhone: 50 } satisfies KindSpec<'car'>['textLimits'];

export const car = {
  kind: 'car',
  schema: z.object({
    ...itemBase,
    kind: z.literal('car'),
    model: z.enum(['sedan', 'jeep', 'mpv7', 'mpv7-classic', 'van9', 'minibus']),
    driver: z.enum(['chauffeur', 'host']),
    number: within(LIMITS.number).optional(),
    numberFixed: z.boolean().optional(),
    plate: upTo(TEXT_LIMITS.plate).optional(),
    driverName: upTo(TEXT_LIMITS.driverName).optional(),
    driverPhone: upTo(TEXT_LIMITS.driverPhone).optional(),
    rows: within(LIMITS.rows).optional(),
    seatsPerRow: within(LIMITS.seatsPerRow).optional(),
  }),
  limits: LIMITS,
  textLimits: TEXT_LIMITS,
  create: (makeId, at, fields = {}) => ({
    ...placed(makeId, at, UP),
    kind: 'car',
    model: 'sedan',
    driver: 'chauffeur',
    ...fields,
  }),
  seatGeometry: carGeometry,
  seatName: (label) => carWords(label) ?? handsAndRows(label),
  frame: (item, _scene, seats) => ({
    rotation: item.rotation,
    box: carBox(seats.map((s) => toLocal(item, item.rotation, s))),
  }),
  seatRadius: 0.2,
  group: 'car',
  place: placeCar,
  honourOrder: (item, { options }) => carRanking(item, options).order,
  // The driver's seat seats a passenger only when the host drives.
  passengerSeat: (item, label) => label !== 'D' || item.driver === 'host',
  // For staff the front passenger seat is the aide's seat (随员座), their top seat in a car.
  aideSeat: (item) => (item.driver === 'chauffeur' && (item.model === 'sedan' || item.model === 'minibus') ? 'FP' : undefined),
  ruleOptions: { topSeat: 'any', companionSeat: 'any', drive: 'any', leadCar: 'several', companions: 'several' },
  numberedTable: false,
  vehicle: true,
  seatsPeople: true,
  signingTable: false,
  overallOrder: false,
} satisfies KindSpec<'car'>;
