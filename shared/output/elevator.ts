/**
 * The elevator boarding and leaving order (RULES.md §6) as data. The orders depend only on who
 * rides, so they are the engine's orders for each elevator's current riders (the engine places them
 * afresh in a copy of the scene; the plan is not changed). Pure; renderer/src/print/elevator.tsx
 * prints them.
 */
import { autoPlaceScene } from '../engine/scene';
import { kindOf } from '../kinds';
import type { Person, Plan, Scene } from '../model/types';

export interface ElevatorOrder {
  itemId: string;
  enter: Person[];
  exit: Person[];
}

export function elevatorOrders(plan: Plan, scene: Scene): ElevatorOrder[] {
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const resolve = (list: string[]) => list.map((id) => people.get(id)).filter((p): p is Person => !!p);
  return scene.items
    .filter((i) => kindOf(i).group === 'elevator')
    .map((item) => {
      const riders = scene.assignments.filter((a) => a.itemId === item.id).map((a) => a.personId);
      const alone: Scene = { ...scene, assignments: scene.assignments.filter((a) => a.itemId !== item.id), participants: riders };
      const order = riders.length
        ? autoPlaceScene({ ...plan, scenes: plan.scenes.map((s) => (s.id === scene.id ? alone : s)) }, scene.id, {
            itemIds: [item.id],
          }).orders[item.id]
        : undefined;
      return { itemId: item.id, enter: resolve(order?.enter ?? []), exit: resolve(order?.exit ?? []) };
    });
}
