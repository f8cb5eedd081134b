/**
 * What every print view needs from a plan, computed once: the scene's seating items with their
 * numbers and every seat's occupant, in print order. Pure: used by the views in the renderer and
 * by the headless export in Node.
 */
import { seatGeometry } from '../engine/seats';
import { isNumbered, storedNumbers } from '../engine/numbers';
import { mainTableId } from '../engine/hall';
import { KINDS, kindOf } from '../kinds';
import type { HostRole, Person, Plan, Scene, VenueItem } from '../model/types';

export interface SeatRow {
  label: string;
  /** World position (m) where the engine knows the seat's geometry. */
  x?: number;
  y?: number;
  person?: Person;
  role?: HostRole;
}

export interface SeatingItem {
  item: VenueItem;
  /** Table or car number where the item has one. */
  number?: number;
  main: boolean;
  seats: SeatRow[];
}

export function findScene(plan: Plan, sceneId?: string): Scene | undefined {
  return plan.scenes.find((s) => s.id === sceneId) ?? plan.scenes.find((s) => s.kind === 'banquet') ?? plan.scenes[0];
}

/** Seat labels in their natural order: P, R1, R2 … then L…, or numbers 1:1, 1:2 …, numerically. */
export function compareLabels(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Every item of the scene that seats people: tables with their geometry order (P, R1 … L1 as the
 * engine lays them), other items with the labels that were assigned. Tables first, by number.
 */
export function seatingItems(plan: Plan, scene: Scene): SeatingItem[] {
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const numbers = storedNumbers(scene);
  // A main table in a banquet, or where round tables make another scene one; long tables alone
  // (a meeting room) have none. The registry has no flag for "banquet furniture only" yet.
  const banquet = scene.kind === 'banquet' || scene.items.some((i) => kindOf(i) === KINDS['round-table']);
  const mainId = banquet ? mainTableId(scene) : undefined;
  const roles = new Map(scene.roles.map((r) => [`${r.itemId}\u0000${r.personId}`, r.role]));
  const out: SeatingItem[] = [];
  for (const item of scene.items) {
    const assigned = scene.assignments.filter((a) => a.itemId === item.id);
    const geometry = seatGeometry(item, scene);
    if (geometry.length === 0 && assigned.length === 0 && !isNumbered(item)) continue;
    const byLabel = new Map(assigned.map((a) => [a.seat, a.personId]));
    const labels = geometry.length ? geometry : [...byLabel.keys()].sort(compareLabels).map((label) => ({ label }));
    const seats: SeatRow[] = labels.map((g) => {
      const personId = byLabel.get(g.label);
      const person = personId ? people.get(personId) : undefined;
      const role = personId ? roles.get(`${item.id}\u0000${personId}`) : undefined;
      return {
        ...g,
        ...(person ? { person } : {}),
        ...(role ? { role } : {}),
      };
    });
    // Seats the geometry does not know (a table made smaller after placing) are still listed.
    for (const [label, personId] of byLabel) {
      if (!labels.some((l) => l.label === label)) seats.push({ label, person: people.get(personId) });
    }
    out.push({
      item,
      ...(numbers[item.id] !== undefined ? { number: numbers[item.id] } : {}),
      main: item.id === mainId || ('main' in item && item.main === true),
      seats,
    });
  }
  return out.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
}

/** Everyone who takes part in the scene, in list order. */
export function participants(plan: Plan, scene: Scene | undefined): Person[] {
  const listed = scene?.participants ? new Set(scene.participants) : undefined;
  return plan.people.filter((p) => (listed ? listed.has(p.id) : p.attendance !== 'absent'));
}

/** The given scene, or else the first scene holding an item of one of `kinds`. */
export function sceneWith(plan: Plan, sceneId: string | undefined, kinds: VenueItem['kind'][]): Scene | undefined {
  if (sceneId) return plan.scenes.find((s) => s.id === sceneId);
  return plan.scenes.find((s) => s.items.some((i) => kinds.includes(i.kind)));
}
