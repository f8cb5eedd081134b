/**
 * Table and car numbers (桌号, 车号): the one derivation of them. The command applier stores its
 * result in the items after every change (shared/commands/derive.ts), so the canvas, the print
 * views, the lint and the placers all read the same stored numbers.
 *
 * Tables follow the engine's table order (RULES §2); cars follow the motorcade, i.e. the order
 * the officer added them (RULES §5). A number the officer fixed by hand (`numberFixed`) is kept;
 * the others take the free numbers in order.
 */
import { isVehicle } from '../kinds';
import type { CarItem, Scene, VenueItem } from '../model/types';
import { isBanquetTable, tableOrder } from './hall';

/** An item that carries a derived number: a banquet table or a car. */
export type NumberedItem = Extract<VenueItem, { number?: number; numberFixed?: boolean }>;

export function isNumbered(item: VenueItem): item is NumberedItem {
  return isBanquetTable(item) || isVehicle(item);
}

/** Every numbered item's number as it should be stored, by item id. */
export function deriveNumbers(scene: Scene): Record<string, number> {
  const numbers: Record<string, number> = scene.items.some(isBanquetTable) ? tableOrder(scene) : {};
  Object.assign(numbers, carNumbers(scene.items.filter(isVehicle)));
  return numbers;
}

function carNumbers(cars: CarItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  const used = new Set<number>();
  for (const car of cars) {
    if (car.numberFixed && car.number !== undefined && !used.has(car.number)) {
      out[car.id] = car.number;
      used.add(car.number);
    }
  }
  let next = 1;
  for (const car of cars) {
    if (out[car.id] !== undefined) continue;
    while (used.has(next)) next++;
    out[car.id] = next;
    used.add(next);
  }
  return out;
}

/**
 * The stored numbers of a scene's numbered items. A document that never went through a command
 * (a case file, a hand-built test plan) may lack some: those take the free numbers in order, the
 * stored ones kept as if fixed.
 */
export function storedNumbers(scene: Scene): Record<string, number> {
  const numbered = scene.items.filter(isNumbered);
  if (numbered.every((i) => i.number !== undefined)) return Object.fromEntries(numbered.map((i) => [i.id, i.number!]));
  const kept = scene.items.map((i) => (isNumbered(i) && i.number !== undefined ? { ...i, numberFixed: true } : i));
  return deriveNumbers({ ...scene, items: kept });
}
