/**
 * One change, every scene: who a change affects (derived from the document), 全部重排 as one
 * gesture over every affected scene with its change list and reprint list, rank insertion, and
 * rank ties named.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/commands/commands';
import { describeGesture } from '../../../shared/commands/describe';
import { commit, startHistory, undo } from '../../../shared/commands/history';
import { autoPlaceScene } from '../../../shared/engine';
import { newPerson, newPlan } from '../../../shared/model/factory';
import { restore } from '../../../shared/model/restore';
import type { Plan, Scene, SceneKind, Side } from '../../../shared/model/types';
import { affectedIn, affectedScenes, placementInputs } from '../../../shared/people/affected';
import { rankTies } from '../../../shared/people/rank-ties';
import { reflowCommands } from '../../../shared/people/reflow';
import { replaceAll, reprintList } from '../../../shared/people/replace-all';
import { findTemplate } from '../../../shared/templates';
import { counterIds } from '../../helpers/plans';

const PEOPLE: [string, Side, number][] = [
  ['王建国', 'host', 1],
  ['刘晓梅', 'host', 2],
  ['陈志远', 'guest', 1],
  ['周文华', 'guest', 2],
  ['欧阳娜娜', 'guest', 3],
  ['孙立', 'guest', 4],
];

const SCENES: [SceneKind, string, (ids: ReturnType<typeof counterIds>) => Scene['items']][] = [
  ['reception', '会见', (ids) => findTemplate('reception-hall').build(ids)],
  ['banquet', '欢迎宴', (ids) => findTemplate('single-table').build(ids)],
  ['car', '车队', (ids) => findTemplate('motorcade-5').build(ids).slice(0, 3)],
  ['elevator', '电梯', (ids) => findTemplate('elevator').build(ids)],
];

const run = (plan: Plan, ...cmds: Command[]) => cmds.reduce(applyCommand, plan);
const place = (plan: Plan, sceneId: string) => autoPlaceScene(plan, sceneId);

/** A visit of four scenes, each placed once by 自动排座 (which records what it placed from). */
function placedVisit(): Plan {
  const ids = counterIds();
  let plan = newPlan({ name: '访问', organisation: '外办', convention: 'government' }, ids);
  plan = run(plan, { type: 'person/add', people: PEOPLE.map(([name, side, rank]) => newPerson({ name, side, rank }, ids)) });
  for (const [kind, name, items] of SCENES) {
    plan = run(plan, {
      type: 'scene/add',
      scene: { id: ids('scene'), name, kind, options: {}, items: items(ids), assignments: [], roles: [] },
    });
  }
  for (const scene of plan.scenes) plan = run(plan, ...reflowCommands(plan, scene.id, place(plan, scene.id), 1, true).commands);
  return plan;
}

const idOf = (plan: Plan, name: string) => plan.people.find((p) => p.name === name)!.id;
const nameOf = (plan: Plan, id: string) => plan.people.find((p) => p.id === id)!.name;
const named = (plan: Plan, scene: Scene) =>
  Object.fromEntries([...affectedIn(scene, plan.people)].map(([id, why]) => [nameOf(plan, id), why]));
const seat = (plan: Plan, scene: Scene, name: string) => scene.assignments.find((a) => a.personId === idOf(plan, name));

/** 欧阳娜娜 cannot come; 郑海 joins as guest 2 (the add form: add, then insert at the typed rank). */
function lateChange(plan: Plan): Plan {
  const late = newPerson({ name: '郑海', side: 'guest', rank: 2 }, () => 'person_late');
  return run(
    plan,
    { type: 'person/update', personId: idOf(plan, '欧阳娜娜'), patch: { attendance: 'absent' } },
    { type: 'person/add', people: [late] },
    { type: 'people/rank-insert', personId: late.id, rank: 2 },
  );
}

describe('affected people, derived from the document', () => {
  it('nobody is affected right after 自动排座; the scene records what it placed from', () => {
    const plan = placedVisit();
    expect(affectedScenes(plan.scenes, plan.people)).toEqual([]);
    for (const scene of plan.scenes) {
      expect(scene.placedWith).toEqual(placementInputs(scene, plan.people));
      expect(scene.placedWith).toHaveLength(PEOPLE.length);
    }
    // Placing chosen tables only records nothing: the rest of the scene was not re-placed.
    const banquet = plan.scenes[1]!;
    const partial = reflowCommands(plan, banquet.id, place(plan, banquet.id), 2, false).commands[0]!;
    expect(partial).not.toHaveProperty('placedWith');
  });

  it('an absence and a late guest mark every scene, and survive a reload; renumbering around him marks nobody else', () => {
    const plan = lateChange(placedVisit());
    expect(plan.people.filter((p) => p.side === 'guest').map((p) => [p.name, p.rank])).toEqual([
      ['陈志远', 1],
      ['周文华', 3],
      ['欧阳娜娜', 4],
      ['孙立', 5],
      ['郑海', 2],
    ]);
    for (const scene of plan.scenes) expect(named(plan, scene), scene.name).toEqual({ 欧阳娜娜: 'absent', 郑海: 'new' });
    const restored = restore(JSON.parse(JSON.stringify(plan)));
    if (!restored.ok) throw new Error(restored.error);
    const reloaded = restored.plan;
    expect(affectedScenes(reloaded.scenes, reloaded.people).map((s) => s.scene.name)).toEqual(['会见', '欢迎宴', '车队', '电梯']);
  });

  it('a real change of order marks whose place changed; a side change marks that person', () => {
    const plan = placedVisit();
    const guests = ['陈志远', '孙立', '欧阳娜娜', '周文华'].map((n) => idOf(plan, n));
    const swapped = run(plan, { type: 'people/reorder', field: 'rank', personIds: guests });
    expect(named(swapped, swapped.scenes[1]!)).toEqual({ 周文华: 'rank', 孙立: 'rank' });
    const sided = run(plan, { type: 'person/update', personId: idOf(plan, '刘晓梅'), patch: { side: 'guest', rank: 9 } });
    expect(named(sided, sided.scenes[1]!)).toEqual({ 刘晓梅: 'side' });
    const precedence = run(plan, { type: 'person/update', personId: idOf(plan, '孙立'), patch: { precedence: 1 } });
    expect(named(precedence, precedence.scenes[1]!)).toEqual({ 孙立: 'rank' });
  });

  it('a scene never auto-placed marks only absent people still seated; a scene only for some marks only them', () => {
    let plan = placedVisit();
    const banquet = plan.scenes[1]!;
    const seated = banquet.assignments.find((a) => a.personId === idOf(plan, '周文华'))!;
    plan = run(
      plan,
      { type: 'scene/add', scene: { ...banquet, id: 'scene_hand', name: '手排', placedWith: undefined } },
      {
        type: 'scene/update',
        sceneId: plan.scenes[0]!.id,
        patch: { participants: [idOf(plan, '王建国'), idOf(plan, '陈志远')] },
      },
    );
    expect(plan.scenes.at(-1)!.assignments).toContainEqual(seated);
    plan = lateChange(run(plan, ...reflowCommands(plan, plan.scenes[0]!.id, place(plan, plan.scenes[0]!.id), 3, true).commands));
    expect(named(plan, plan.scenes.at(-1)!)).toEqual({ 欧阳娜娜: 'absent' });
    // The 会见 now seats two people: the absence and the late guest are not its business.
    expect(named(plan, plan.scenes[0]!)).toEqual({});
  });
});

describe('全部重排', () => {
  it('re-places every affected scene as one gesture, locks kept, and clears the marks', () => {
    let plan = placedVisit();
    const banquet = plan.scenes[1]!;
    const guest2Seat = seat(plan, banquet, '周文华')!.seat;
    const chief = seat(plan, banquet, '陈志远')!;
    // A lock in the banquet: the chief guest held where he is.
    plan = lateChange(run(plan, { type: 'seat/lock', sceneId: banquet.id, personIds: [idOf(plan, '陈志远')], locked: true }));
    const done = replaceAll(plan, place, 5);
    expect(done.commands.map((c) => c.type)).toEqual(Array(4).fill(['seat/apply', 'changelog/append']).flat());
    expect(done.scenes.map((s) => s.sceneId)).toEqual(plan.scenes.map((s) => s.id));

    const history = commit(startHistory(plan), done.commands);
    const after = history.present;
    expect(after).toEqual(done.after);
    expect(affectedScenes(after.scenes, after.people)).toEqual([]);
    for (const scene of after.scenes) {
      expect(seat(after, scene, '欧阳娜娜'), scene.name).toBeUndefined();
      expect(seat(after, scene, '郑海'), scene.name).toBeDefined();
    }
    const banquetAfter = after.scenes[1]!;
    expect(seat(after, banquetAfter, '郑海')!.seat).toBe(guest2Seat);
    expect(seat(after, banquetAfter, '陈志远')).toEqual({ ...chief, locked: true });
    // One undo step takes every scene back.
    expect(undo(history).present).toBe(plan);
    // Each scene's moves are logged with it.
    expect(after.changeLog!.filter((e) => e.kind === 'reflow' && e.at === 5).map((e) => e.detail)).toEqual([
      '会见',
      '欢迎宴',
      '车队',
      '电梯',
    ]);
    // Nothing affected: nothing to do.
    expect(replaceAll(after, place, 6).commands).toEqual([]);
  });

  it('lists who moved per scene and only what must be printed again', () => {
    const plan = lateChange(placedVisit());
    const done = replaceAll(plan, place, 5);
    const banquet = done.scenes[1]!;
    const byName = banquet.changes.map((c) => [nameOf(done.after, c.personId), c.kind, c.reprint]);
    expect(byName).toContainEqual(['欧阳娜娜', 'unseated', false]);
    expect(byName).toContainEqual(['郑海', 'seated', true]);
    const reprint = reprintList(plan, done.after, done.scenes);
    const sceneName = (id: string) => done.after.scenes.find((s) => s.id === id)!.name;
    const views = reprint.map((r) => `${sceneName(r.sceneId)}:${r.view}`);
    expect(views).toEqual([
      '会见:placeCards',
      '会见:meeting',
      '欢迎宴:placeCards',
      '欢迎宴:seatingChart',
      '欢迎宴:tableLists',
      '车队:cars',
      '电梯:elevator',
    ]);
    // Place cards only for new seat-holders: the late guest (and whoever got a seat back).
    const cards = reprint.find((r) => r.view === 'placeCards' && sceneName(r.sceneId) === '欢迎宴')!;
    expect(cards.personIds.map((id) => nameOf(done.after, id))).toEqual(['郑海']);
    // The car sheet names the cars whose riders changed, in motorcade order; no place cards in a car.
    const cars = reprint.find((r) => r.view === 'cars')!;
    const numbers = cars.itemIds.map((id) => {
      const car = done.after.scenes[2]!.items.find((i) => i.id === id)!;
      return 'number' in car ? car.number : undefined;
    });
    expect(numbers).toEqual([...numbers].sort());
    expect(numbers.length).toBeGreaterThan(0);
    // Table numbers did not change: no table cards.
    expect(reprint.some((r) => r.view === 'tableCards')).toBe(false);
  });
});

describe('rank insertion (people/rank-insert)', () => {
  const guests = (plan: Plan) =>
    plan.people
      .filter((p) => p.side === 'guest')
      .sort((a, b) => a.rank - b.rank)
      .map((p) => `${p.rank}${p.name}`);

  it('inserts at k within the side and renumbers the others; hosts untouched; one undo step', () => {
    const plan = placedVisit();
    const history = commit(startHistory(plan), [{ type: 'people/rank-insert', personId: idOf(plan, '孙立'), rank: 2 }]);
    expect(guests(history.present)).toEqual(['1陈志远', '2孙立', '3周文华', '4欧阳娜娜']);
    expect(history.present.people.filter((p) => p.side === 'host')).toEqual(plan.people.filter((p) => p.side === 'host'));
    expect(undo(history).present).toBe(plan);
    expect(describeGesture('zh', history.past[0]!.label, plan)).toBe('把 孙立 排在第 2 位');
    expect(describeGesture('en', history.past[0]!.label, plan)).toBe('Put 孙立 at rank 2');
  });

  it('moves down as well as up, puts a rank past the end last, and resolves ties in list order', () => {
    const plan = placedVisit();
    expect(guests(run(plan, { type: 'people/rank-insert', personId: idOf(plan, '陈志远'), rank: 3 }))).toEqual([
      '1周文华',
      '2欧阳娜娜',
      '3陈志远',
      '4孙立',
    ]);
    expect(guests(run(plan, { type: 'people/rank-insert', personId: idOf(plan, '陈志远'), rank: 99 }))).toEqual([
      '1周文华',
      '2欧阳娜娜',
      '3孙立',
      '4陈志远',
    ]);
    const tied = run(plan, { type: 'person/update', personId: idOf(plan, '孙立'), patch: { rank: 2 } });
    expect(rankTies(tied.people).map((t) => [t.side, t.rank, t.people.map((p) => p.name)])).toEqual([
      ['guest', 2, ['周文华', '孙立']],
    ]);
    const fixed = run(tied, { type: 'people/rank-insert', personId: idOf(plan, '孙立'), rank: 2 });
    expect(guests(fixed)).toEqual(['1陈志远', '2孙立', '3周文华', '4欧阳娜娜']);
    expect(rankTies(fixed.people)).toEqual([]);
  });

  it('refuses an unknown person or a rank below 1', () => {
    const plan = placedVisit();
    expect(() => run(plan, { type: 'people/rank-insert', personId: 'person_nobody', rank: 1 })).toThrow(/no person/);
    expect(() => run(plan, { type: 'people/rank-insert', personId: idOf(plan, '孙立'), rank: 0 })).toThrow(/bad rank/);
  });
});

describe('rank ties', () => {
  it('names only the ties that involve the given people (an import)', () => {
    const ids = counterIds();
    const people = [
      newPerson({ name: '甲', side: 'guest', rank: 1 }, ids),
      newPerson({ name: '乙', side: 'guest', rank: 1 }, ids),
      newPerson({ name: '丙', side: 'host', rank: 3 }, ids),
      newPerson({ name: '丁', side: 'host', rank: 3 }, ids),
      newPerson({ name: '戊', side: 'guest', rank: 3 }, ids),
    ];
    expect(rankTies(people).map((t) => t.people.map((p) => p.name))).toEqual([
      ['丙', '丁'],
      ['甲', '乙'],
    ]);
    expect(rankTies(people, new Set([people[3]!.id])).map((t) => t.rank)).toEqual([3]);
    expect(rankTies(people, new Set([people[4]!.id]))).toEqual([]);
  });
});
