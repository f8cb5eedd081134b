/**
 * 全部重排: one change (an absence, a late guest, a new rank) re-placed in every scene it reaches,
 * as one gesture — each affected scene's new seats and its change-log entry, scene after scene —
 * and what must be printed again because of it. The engine is passed in (`place`): this folder
 * sits above commands, not beside the engine, and the caller already holds it.
 */
import { applyCommand, type Command } from '../commands/commands';
import { findKind } from '../kinds';
import type { GroupKey } from '../kinds';
import type { Plan, Scene, VenueItem } from '../model/types';
import { affectedScenes } from './affected';
import type { SeatChange } from './changes';
import { reflowCommands, type Placed } from './reflow';

export interface SceneReplaced {
  sceneId: string;
  /** Who moved from where to where (changes.ts), lost seats first. */
  changes: SeatChange[];
}

export interface ReplaceAll {
  commands: Command[];
  scenes: SceneReplaced[];
  /** The plan after the commands. */
  after: Plan;
}

/** Re-places every scene with someone affected (locks kept: the engine never moves them). */
export function replaceAll(plan: Plan, place: (plan: Plan, sceneId: string) => Placed, at: number): ReplaceAll {
  const commands: Command[] = [];
  const scenes: SceneReplaced[] = [];
  let current = plan;
  for (const { scene } of affectedScenes(plan.scenes, plan.people)) {
    const reflow = reflowCommands(current, scene.id, place(current, scene.id), at, true);
    current = reflow.commands.reduce(applyCommand, current);
    commands.push(...reflow.commands);
    scenes.push({ sceneId: scene.id, changes: reflow.changes });
  }
  return { commands, scenes, after: current };
}

/** The print views (their `print.view.*` names) a change can make stale. */
export type ReprintView =
  'placeCards' | 'tableCards' | 'seatingChart' | 'tableLists' | 'rostrum' | 'meeting' | 'cars' | 'elevator';

export interface Reprint {
  view: ReprintView;
  sceneId: string;
  /** The tables, cars or elevators concerned (none: the scene's whole sheet). */
  itemIds: string[];
  /** Place cards: whose card. */
  personIds: string[];
}

/** Which sheet shows an item's seats, by the engine group of its kind. */
const SHEETS: Record<GroupKey, ReprintView[]> = {
  banquet: ['seatingChart', 'tableLists'],
  car: ['cars'],
  elevator: ['elevator'],
  rostrum: ['rostrum'],
  reception: ['meeting'],
  talks: ['meeting'],
  conference: ['meeting'],
  audience: ['seatingChart'],
};

/** Groups whose seats carry no place card (a car, a lift). */
const NO_CARDS = new Set<GroupKey>(['car', 'elevator']);

/**
 * Only what changed: per re-placed scene, the new place cards (new seat-holders, edited card
 * text), the sheets that show a table, car or elevator whose people changed, and table cards
 * whose number changed. A scene where nobody moved needs nothing.
 */
export function reprintList(before: Plan, after: Plan, replaced: SceneReplaced[]): Reprint[] {
  const list: Reprint[] = [];
  for (const { sceneId, changes } of replaced) {
    const scene = after.scenes.find((s) => s.id === sceneId);
    const was = before.scenes.find((s) => s.id === sceneId);
    if (!scene || changes.length === 0) continue;
    const itemOf = (id: string) => scene.items.find((i) => i.id === id) ?? was?.items.find((i) => i.id === id);
    const groupOf = (item: VenueItem | undefined) => (item ? findKind(item.kind)?.group : undefined);
    const touched = new Set(changes.flatMap((c) => [c.from?.itemId, c.to?.itemId]).filter((id) => id !== undefined));
    const sheets = new Map<ReprintView, string[]>();
    for (const id of touched) {
      const group = groupOf(itemOf(id));
      for (const view of group ? SHEETS[group] : []) sheets.set(view, [...(sheets.get(view) ?? []), id]);
    }
    const cards = changes.filter((c) => c.reprint && c.to && !NO_CARDS.has(groupOf(itemOf(c.to.itemId))!));
    if (cards.length) list.push({ view: 'placeCards', sceneId, itemIds: [], personIds: cards.map((c) => c.personId) });
    const renumbered = tablesRenumbered(was, scene);
    if (renumbered.length) list.push({ view: 'tableCards', sceneId, itemIds: renumbered, personIds: [] });
    for (const [view, itemIds] of sheets) {
      list.push({ view, sceneId, itemIds: view === 'seatingChart' ? [] : ordered(scene, itemIds), personIds: [] });
    }
  }
  return list;
}

function tablesRenumbered(was: Scene | undefined, scene: Scene): string[] {
  const number = (item: VenueItem | undefined) => (item && 'number' in item ? item.number : undefined);
  return scene.items
    .filter((i) => findKind(i.kind)?.numberedTable && number(was?.items.find((w) => w.id === i.id)) !== number(i))
    .map((i) => i.id);
}

/** Items in their number order (2号车 before 3号车), unnumbered ones last in scene order. */
function ordered(scene: Scene, ids: string[]): string[] {
  const number = (id: string) => {
    const item = scene.items.find((i) => i.id === id);
    return item && 'number' in item && item.number !== undefined ? item.number : Infinity;
  };
  const index = (id: string) => scene.items.findIndex((i) => i.id === id);
  return [...ids].sort((a, b) => number(a) - number(b) || index(a) - index(b));
}
