import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError, type Command } from '../../../shared/commands/commands';
import { describeGesture } from '../../../shared/commands/describe';
import { commit, redo, startHistory, undo } from '../../../shared/commands/history';
import { newScene, roundTable } from '../../../shared/model/factory';
import { repairText } from '../../../shared/i18n/problems';
import { restore } from '../../../shared/model/restore';
import type { Plan } from '../../../shared/model/types';
import { banquetPlan, counterIds } from '../../helpers/plans';

const people = [
  { name: '王主任', side: 'host' as const, rank: 1 },
  { name: '李总', side: 'guest' as const, rank: 1 },
  { name: '赵经理', side: 'guest' as const, rank: 2 },
];

function setup() {
  const plan = banquetPlan(people);
  const scene = plan.scenes[0]!;
  const table = scene.items.find((i) => i.kind === 'round-table')!;
  const [host, g1, g2] = plan.people;
  return { plan, scene, table, host: host!, g1: g1!, g2: g2! };
}

const valid = (plan: Plan) => {
  const r = restore(plan);
  expect(r.ok && r.repairs).toEqual([]);
};

describe('commands', () => {
  it('plan/update changes plan details only', () => {
    const { plan } = setup();
    const next = applyCommand(plan, { type: 'plan/update', patch: { name: '新名', convention: 'government' } });
    expect(next.name).toBe('新名');
    expect(next.convention).toBe('government');
    expect(next.people).toBe(plan.people);
  });

  it('plan/update clears an optional date with null and leaves unnamed fields alone', () => {
    const { plan } = setup();
    let next = applyCommand(plan, { type: 'plan/update', patch: { startDate: '2026-12-01', endDate: '2026-12-03' } });
    next = applyCommand(next, { type: 'plan/update', patch: { endDate: null, name: undefined } });
    expect(next.startDate).toBe('2026-12-01');
    expect('endDate' in next).toBe(false);
    expect(next.name).toBe(plan.name);
    valid(next);
  });

  it('scene add, rename, move and remove', () => {
    const { plan, scene } = setup();
    const extra = newScene('car', '车队', counterIds());
    let next = applyCommand(plan, { type: 'scene/add', scene: extra });
    next = applyCommand(next, { type: 'scene/rename', sceneId: extra.id, name: '接站车队' });
    next = applyCommand(next, { type: 'scene/move', sceneId: extra.id, toIndex: 0 });
    expect(next.scenes.map((s) => s.name)).toEqual(['接站车队', '欢迎宴']);
    next = applyCommand(next, { type: 'scene/remove', sceneId: scene.id });
    expect(next.scenes.map((s) => s.id)).toEqual([extra.id]);
    expect(() => applyCommand(next, { type: 'scene/add', scene: extra })).toThrow(CommandError);
  });

  it('scene/update sets and clears a per-scene convention', () => {
    const { plan, scene } = setup();
    let next = applyCommand(plan, {
      type: 'scene/update',
      sceneId: scene.id,
      patch: { convention: 'government', options: { evenRow: 'main' } },
    });
    expect(next.scenes[0]!.convention).toBe('government');
    expect(next.scenes[0]!.options.evenRow).toBe('main');
    next = applyCommand(next, { type: 'scene/update', sceneId: scene.id, patch: { convention: null } });
    expect('convention' in next.scenes[0]!).toBe(false);
  });

  it('item add/update/remove; removing an item drops its seats and roles', () => {
    const { plan, scene, table, host, g1 } = setup();
    let next = applyCommand(plan, {
      type: 'role/set',
      sceneId: scene.id,
      itemId: table.id,
      personId: host.id,
      role: 'chief-host',
    });
    next = applyCommand(next, { type: 'seat/assign', sceneId: scene.id, personId: g1.id, itemId: table.id, seat: 'R1' });
    next = applyCommand(next, {
      type: 'item/update',
      sceneId: scene.id,
      changes: [{ id: table.id, patch: { x: 3, y: 4, kind: 'door', id: 'x' } }],
    });
    const moved = next.scenes[0]!.items.find((i) => i.id === table.id)!;
    expect([moved.x, moved.y, moved.kind]).toEqual([3, 4, 'round-table']);
    next = applyCommand(next, { type: 'item/remove', sceneId: scene.id, itemIds: [table.id] });
    expect(next.scenes[0]!.assignments).toEqual([]);
    expect(next.scenes[0]!.roles).toEqual([]);
    valid(next);
  });

  it('role/set: one role holder per table, one role per person per scene', () => {
    const { plan, scene, table, host, g1 } = setup();
    const other = roundTable(counterIds(), 5, 0);
    let next = applyCommand(plan, { type: 'item/add', sceneId: scene.id, items: [{ ...other, id: 'other' }] });
    const set = (personId: string, itemId: string, role: 'chief-host' | 'deputy-host' | null) =>
      (next = applyCommand(next, { type: 'role/set', sceneId: scene.id, itemId, personId, role }));
    set(host.id, table.id, 'chief-host');
    set(g1.id, table.id, 'chief-host'); // replaces the holder
    expect(next.scenes[0]!.roles).toEqual([{ itemId: table.id, personId: g1.id, role: 'chief-host' }]);
    set(g1.id, 'other', 'deputy-host'); // moves the person to the other table
    expect(next.scenes[0]!.roles).toEqual([{ itemId: 'other', personId: g1.id, role: 'deputy-host' }]);
    set(g1.id, 'other', null);
    expect(next.scenes[0]!.roles).toEqual([]);
  });

  it('seat/assign swaps with the occupant and keeps locks with people', () => {
    const { plan, scene, table, g1, g2 } = setup();
    let next = applyCommand(plan, { type: 'seat/assign', sceneId: scene.id, personId: g1.id, itemId: table.id, seat: 'R1' });
    next = applyCommand(next, { type: 'seat/assign', sceneId: scene.id, personId: g2.id, itemId: table.id, seat: 'L1' });
    next = applyCommand(next, { type: 'seat/lock', sceneId: scene.id, personIds: [g1.id], locked: true });
    next = applyCommand(next, { type: 'seat/assign', sceneId: scene.id, personId: g2.id, itemId: table.id, seat: 'R1' });
    const seatOf = (id: string) => next.scenes[0]!.assignments.find((a) => a.personId === id);
    expect(seatOf(g2.id)).toMatchObject({ seat: 'R1', locked: false });
    expect(seatOf(g1.id)).toMatchObject({ seat: 'L1', locked: true });
    valid(next);
    next = applyCommand(next, { type: 'seat/unassign', sceneId: scene.id, personIds: [g1.id] });
    expect(seatOf(g1.id)).toBeUndefined();
  });

  it('person/partner links couples both ways, relinks cleanly, and removal or restore never leaves a dangling link', () => {
    const { plan, host, g1, g2 } = setup();
    let next = applyCommand(plan, { type: 'person/partner', personId: host.id, partnerId: g1.id });
    const partner = (p: Plan, id: string) => p.people.find((x) => x.id === id)!.partnerId;
    expect([partner(next, host.id), partner(next, g1.id)]).toEqual([g1.id, host.id]);
    next = applyCommand(next, { type: 'person/partner', personId: g2.id, partnerId: host.id });
    expect([partner(next, host.id), partner(next, g2.id), partner(next, g1.id)]).toEqual([g2.id, host.id, undefined]);
    next = applyCommand(next, { type: 'person/partner', personId: g2.id, partnerId: null });
    expect([partner(next, host.id), partner(next, g2.id)]).toEqual([undefined, undefined]);
    next = applyCommand(next, { type: 'person/partner', personId: g1.id, partnerId: g2.id });
    next = applyCommand(next, { type: 'person/remove', personIds: [g2.id] });
    expect(partner(next, g1.id)).toBeUndefined();
    valid(next);
    expect(() => applyCommand(next, { type: 'person/partner', personId: g1.id, partnerId: g1.id })).toThrow(CommandError);
    const dangling = { ...next, people: next.people.map((p) => (p.id === g1.id ? { ...p, partnerId: 'ghost' } : p)) };
    const restored = restore(dangling);
    expect(restored.ok && restored.plan.people.find((p) => p.id === g1.id)!.partnerId).toBeUndefined();
    expect(restored.ok && restored.repairs).toEqual([{ key: 'partnerRemoved', params: { person: '李总' } }]);
    expect(restored.ok && repairText('en', restored.repairs[0]!)).toBe(
      'person "李总": removed a partner link to a missing person',
    );
    expect(restored.ok && repairText('zh', restored.repairs[0]!)).toBe('人员“李总”：已移除指向不存在人员的伴侣关系');
  });

  it('person/remove clears the person from every scene', () => {
    const { plan, scene, table, host } = setup();
    let next = applyCommand(plan, {
      type: 'role/set',
      sceneId: scene.id,
      itemId: table.id,
      personId: host.id,
      role: 'chief-host',
    });
    next = applyCommand(next, { type: 'seat/assign', sceneId: scene.id, personId: host.id, itemId: table.id, seat: 'P' });
    next = applyCommand(next, { type: 'person/remove', personIds: [host.id] });
    expect(next.people).toHaveLength(2);
    expect(next.scenes[0]!.assignments).toEqual([]);
    expect(next.scenes[0]!.roles).toEqual([]);
    valid(next);
  });

  it('every command keeps table numbers in the engine order, except fixed numbers', () => {
    const { plan, scene, table } = setup();
    let next = applyCommand(plan, { type: 'seat/apply', sceneId: scene.id, assignments: [] });
    expect(next.scenes[0]!.items.find((i) => i.id === table.id)).toMatchObject({ number: 1 });
    next = applyCommand(next, {
      type: 'item/update',
      sceneId: scene.id,
      changes: [{ id: table.id, patch: { number: 7, numberFixed: true } }],
    });
    next = applyCommand(next, { type: 'seat/apply', sceneId: scene.id, assignments: [] });
    expect(next.scenes[0]!.items.find((i) => i.id === table.id)).toMatchObject({ number: 7 });
  });

  it('commands on a missing scene, item or person fail loudly', () => {
    const { plan } = setup();
    const bad: Command[] = [
      { type: 'scene/rename', sceneId: 'nope', name: 'x' },
      { type: 'item/update', sceneId: plan.scenes[0]!.id, changes: [{ id: 'nope', patch: {} }] },
      { type: 'person/update', personId: 'nope', patch: { name: 'x' } },
      { type: 'seat/assign', sceneId: plan.scenes[0]!.id, personId: plan.people[0]!.id, itemId: 'nope', seat: 'P' },
    ];
    for (const cmd of bad) expect(() => applyCommand(plan, cmd)).toThrow(CommandError);
  });
});

describe('history', () => {
  it('undoes and redoes one gesture at a time, with a readable label', () => {
    const { plan, scene, table } = setup();
    let h = startHistory(plan);
    h = commit(h, [
      { type: 'item/update', sceneId: scene.id, changes: [{ id: table.id, patch: { number: 3, numberFixed: true } }] },
    ]);
    h = commit(h, [{ type: 'item/update', sceneId: scene.id, gesture: 'move', changes: [{ id: table.id, patch: { x: 9 } }] }]);
    expect(describeGesture('zh', h.past.at(-1)!.label, h.past.at(-1)!.plan)).toBe('移动 3 号桌');
    expect(describeGesture('en', h.past.at(-1)!.label, h.past.at(-1)!.plan)).toBe('Move Table 3');
    h = undo(h);
    expect(h.present.scenes[0]!.items.find((i) => i.id === table.id)!.x).toBe(0);
    h = redo(h);
    expect(h.present.scenes[0]!.items.find((i) => i.id === table.id)!.x).toBe(9);
    h = undo(undo(h));
    expect(h.present).toBe(plan);
    expect(undo(h)).toBe(h);
    h = commit(h, [{ type: 'plan/update', patch: { name: 'x' } }]);
    expect(h.future).toEqual([]);
  });

  it('a batch of commands is one undo step', () => {
    const { plan } = setup();
    let h = startHistory(plan);
    h = commit(h, [
      { type: 'plan/update', patch: { name: 'a' } },
      { type: 'plan/update', patch: { organisation: 'b' } },
    ]);
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toBe(plan);
  });
});
