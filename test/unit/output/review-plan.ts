/**
 * The review sheet's fixture: a visit built from the venue templates — a 会见, the 10-table
 * banquet, the 5-car motorcade and the elevator — with seven people, each scene seated by the
 * engine; in the banquet two guests are then swapped by hand (a seat the rules would not give and
 * an open protocol problem).
 */
import { autoPlaceScene } from '../../../shared/engine/scene';
import { newPerson, newPlan } from '../../../shared/model/factory';
import type { Plan, Scene, SceneKind, Side } from '../../../shared/model/types';
import { findTemplate, type TemplateId } from '../../../shared/templates';

export function reviewPlan(): Plan {
  let seq = 0;
  const makeId = (prefix: string) => `${prefix}_${++seq}`;
  const plan = newPlan({ name: '友好城市代表团来访', organisation: '市外办', convention: 'commercial' }, makeId);
  const person = (name: string, side: Side, rank: number, title: string) =>
    newPerson({ name, side, rank, title, gender: 'male' }, makeId);
  plan.people = [
    person('李明远', 'guest', 1, '市长'),
    person('周建国', 'guest', 2, '副市长'),
    person('吴海峰', 'guest', 3, '秘书长'),
    person('赵立新', 'host', 1, '市长'),
    person('钱志强', 'host', 2, '副市长'),
    person('孙文博', 'host', 3, '外办主任'),
    person('郑晓东', 'staff', 1, '翻译'),
  ];
  const scene = (name: string, kind: SceneKind, template: TemplateId): Scene => ({
    id: makeId('scene'),
    name,
    kind,
    options: {},
    items: findTemplate(template).build(makeId),
    assignments: [],
    roles: [],
  });
  plan.scenes = [
    scene('会见', 'reception', 'reception-hall'),
    scene('欢迎宴', 'banquet', 'banquet-10'),
    scene('车队', 'car', 'motorcade-5'),
    // The two principals of each side take the lift.
    { ...scene('乘梯', 'elevator', 'elevator'), participants: [0, 1, 3, 4].map((i) => plan.people[i]!.id) },
  ];
  for (const s of plan.scenes) s.assignments = autoPlaceScene(plan, s.id).assignments;
  // By hand: the third guest takes the second guest's seat at the banquet and the other way round.
  const banquet = plan.scenes[1]!;
  const [second, third] = [plan.people[1]!.id, plan.people[2]!.id];
  banquet.assignments = banquet.assignments.map((a) =>
    a.personId === second ? { ...a, personId: third } : a.personId === third ? { ...a, personId: second } : a,
  );
  return plan;
}
