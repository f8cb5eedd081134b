/**
 * Why table 2 is table 2 (RULES §2), as a code with parameters worded by the translation layer:
 * the main table by how it was found, the others by the step of the order that placed them
 * (nearer the main table; tied in distance — deeper, then D-right), or a number the officer
 * fixed by hand. Read from the stored numbers, so it says what the canvas and print show.
 */
import type { Plan } from '../model/types';
import { isBanquetTable, tableOrderWhy, type TableWhy } from './hall';
import { storedNumbers } from './numbers';
import { r } from './reasons';
import { findScene } from './scene';
import type { Reason } from './types';

const cache = new WeakMap<Plan, Map<string, Record<string, TableWhy>>>();

/** The reason of a banquet table's number; undefined for an item that is not a banquet table. */
export function explainTableNumber(plan: Plan, sceneId: string, itemId: string): Reason | undefined {
  const scene = findScene(plan, sceneId);
  const table = scene.items.find((i) => i.id === itemId);
  if (!table || !isBanquetTable(table)) return undefined;
  const numbers = storedNumbers(scene);
  const n = numbers[itemId]!;
  if (table.numberFixed && table.number === n) return r('reason.tableNumber.fixed', { n });
  let perPlan = cache.get(plan);
  if (!perPlan) cache.set(plan, (perPlan = new Map()));
  let why = perPlan.get(sceneId);
  if (!why) perPlan.set(sceneId, (why = tableOrderWhy(scene)));
  const w = why[itemId]!;
  if (w.rule === 'main') return r(`reason.tableNumber.main.${w.how}`, { n });
  if (w.rule === 'nearer') return r('reason.tableNumber.nearer', { n, metres: w.distance });
  const m = numbers[w.than]!;
  return r(`reason.tableNumber.${w.rule}.${w.before ? 'before' : 'after'}`, { n, m });
}
