/** Deterministic documents for tests. */
import { applyCommand } from '../../shared/commands/commands';
import { autoPlaceScene } from '../../shared/engine/scene';
import { newPerson, newPlan, newScene, type IdMaker, type NewPersonInput } from '../../shared/model/factory';
import type { Plan, Scene, VenueItem } from '../../shared/model/types';

export function counterIds(): IdMaker {
  let n = 0;
  return (prefix) => `${prefix}_${++n}`;
}

/** A plan with one banquet scene (door + one 10-seat round table) and the given people. */
export function banquetPlan(people: (NewPersonInput & { rank: number })[] = []): Plan {
  const ids = counterIds();
  const plan = newPlan({ name: '测试计划', organisation: '来访单位', convention: 'commercial' }, ids);
  return {
    ...plan,
    people: people.map((p) => newPerson(p, ids)),
    scenes: [newScene('banquet', '欢迎宴', ids)],
  };
}

/** The plan with one more scene (id `hall`) of these items, added and auto-placed as the officer would. */
export function withPlacedScene(plan: Plan, scene: { name: string; kind: Scene['kind']; items: VenueItem[] }): Plan {
  const added = applyCommand(plan, {
    type: 'scene/add',
    scene: { id: 'hall', options: {}, assignments: [], roles: [], ...scene },
  });
  return applyCommand(added, { type: 'seat/apply', sceneId: 'hall', assignments: autoPlaceScene(added, 'hall').assignments });
}
