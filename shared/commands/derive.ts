/**
 * The document's derived facts, kept by the command applier after every command (never patched
 * by callers): table and car numbers (shared/engine/numbers.ts) and one main table per scene.
 *
 * Seats that no longer exist (a table's seat count reduced under its guests) are deliberately
 * NOT derived away: the assignment stays, the canvas and the lists still show the person with
 * that table, and the lint reports "a seat that no longer exists" (RULES §8) until the officer
 * re-places or moves them. Dropping it silently would unseat a guest without a word.
 */
import { deriveNumbers, isNumbered } from '../engine/numbers';
import { isBanquetTable } from '../engine/hall';
import type { Plan, Scene, VenueItem } from '../model/types';

/** Re-derives every scene the command changed (all of them without `before`): cheap, and a plan
 * that entered without numbers (a new scene, a hand-built document) is numbered by its first edit. */
export function derivePlan(before: Plan | undefined, after: Plan): Plan {
  let changed = false;
  const scenes = after.scenes.map((scene) => {
    const previous = before?.scenes.find((s) => s.id === scene.id);
    if (previous === scene) return scene;
    const next = deriveScene(scene, previous);
    if (next !== scene) changed = true;
    return next;
  });
  return changed ? { ...after, scenes } : after;
}

/** `previous` tells which table the officer has just marked main, when two are marked. */
export function deriveScene(scene: Scene, previous?: Scene): Scene {
  const mained = oneMainTable(scene.items, previous);
  const numbers = deriveNumbers({ ...scene, items: mained });
  let changed = mained !== scene.items;
  const items = mained.map((item) => {
    // A number the officer fixed stays as typed, even where it clashes with another table's.
    if (!isNumbered(item) || item.number === numbers[item.id] || (item.numberFixed && item.number !== undefined)) return item;
    changed = true;
    return { ...item, number: numbers[item.id] };
  });
  return changed ? { ...scene, items } : scene;
}

/** Marking a table main unmarks the others: the newly marked one wins, else the first. */
function oneMainTable(items: VenueItem[], previous?: Scene): VenueItem[] {
  const marked = items.filter((i) => isBanquetTable(i) && i.main);
  if (marked.length < 2) return items;
  const wasMain = new Set(previous?.items.filter((i) => isBanquetTable(i) && i.main).map((i) => i.id));
  const keep = (marked.find((i) => !wasMain.has(i.id)) ?? marked[0]!).id;
  return items.map((i) => (isBanquetTable(i) && i.main && i.id !== keep ? { ...i, main: false } : i));
}
