import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/commands/commands';
import { InvalidDocumentError, setCommandChecks } from '../../../shared/commands/check';
import { lintScene } from '../../../shared/engine/lint';
import { newPlan, newPerson } from '../../../shared/model/factory';
import { restore } from '../../../shared/model/restore';
import type { Plan, Scene, VenueItem } from '../../../shared/model/types';
import { make, paletteItem } from '../../../shared/templates';
import { counterIds } from '../../helpers/plans';

const id = counterIds();

function planWith(items: VenueItem[], kind: Scene['kind'] = 'banquet'): Plan {
  const plan = newPlan({ name: 'p', organisation: '', convention: 'commercial' }, id);
  const scene: Scene = { id: 's', name: 's', kind, options: {}, items, assignments: [], roles: [] };
  return applyCommand(plan, { type: 'scene/add', scene });
}

const item = (plan: Plan, itemId: string) =>
  plan.scenes[0]!.items.find((i) => i.id === itemId) as VenueItem & { number?: number; main?: boolean };
const numbers = (plan: Plan) => plan.scenes[0]!.items.map((i) => ('number' in i ? i.number : undefined));

describe('the applier keeps derived facts', () => {
  it('a car added from the palette gets number 1, a second 2; removing car 1 renumbers the other', () => {
    let plan = planWith([], 'car');
    const first = paletteItem('car-sedan', id, { x: 0, y: 0 }, '');
    const second = paletteItem('car-mpv7', id, { x: 0, y: 5 }, '');
    plan = applyCommand(plan, { type: 'item/add', sceneId: 's', items: [first] });
    expect(item(plan, first.id).number).toBe(1);
    plan = applyCommand(plan, { type: 'item/add', sceneId: 's', items: [second] });
    expect(item(plan, second.id).number).toBe(2);
    plan = applyCommand(plan, { type: 'item/remove', sceneId: 's', itemIds: [first.id] });
    expect(item(plan, second.id).number).toBe(1);
  });

  it('a car number the officer fixed is kept; the others take the free numbers', () => {
    const a = make.car(id, { x: 0, y: 0 });
    const b = make.car(id, { x: 0, y: 5 });
    let plan = planWith([a, b], 'car');
    expect(numbers(plan)).toEqual([1, 2]);
    plan = applyCommand(plan, {
      type: 'item/update',
      sceneId: 's',
      changes: [{ id: b.id, patch: { number: 1, numberFixed: true } }],
    });
    expect(numbers(plan)).toEqual([2, 1]);
  });

  it('moving a table re-derives table numbers in the same command, fixed numbers kept', () => {
    const a = make.roundTable(id, { x: -3, y: 0 }, 10);
    const b = make.roundTable(id, { x: 3, y: 0 }, 10);
    let plan = planWith([make.door(id, { x: 0, y: 6 }), a, b]);
    const move: Command = { type: 'item/update', sceneId: 's', gesture: 'move', changes: [{ id: b.id, patch: { y: -2 } }] };
    const moved = applyCommand(plan, move);
    expect([item(moved, a.id).number, item(moved, b.id).number]).toEqual([2, 1]);
    plan = applyCommand(plan, { type: 'item/update', sceneId: 's', changes: [{ id: a.id, patch: { numberFixed: true } }] });
    const fixed = applyCommand(plan, move);
    expect([item(fixed, a.id).number, item(fixed, b.id).number]).toEqual([1, 2]);
  });

  it('marking a table main unmarks the one marked before', () => {
    const a = make.roundTable(id, { x: -3, y: 0 }, 10, { main: true });
    const b = make.roundTable(id, { x: 3, y: 0 }, 10);
    let plan = planWith([make.door(id, { x: 0, y: 6 }), a, b]);
    plan = applyCommand(plan, { type: 'item/update', sceneId: 's', changes: [{ id: b.id, patch: { main: true } }] });
    expect([item(plan, a.id).main, item(plan, b.id).main]).toEqual([false, true]);
    expect(item(plan, b.id).number).toBe(1);
  });

  it('an assignment to a seat removed by a smaller table stays, and the lint reports it', () => {
    const table = make.roundTable(id, { x: 0, y: 0 }, 12);
    let plan = planWith([make.door(id, { x: 0, y: 6 }), table]);
    const guest = newPerson({ name: '李总', side: 'guest', rank: 1 }, id);
    plan = applyCommand(plan, { type: 'person/add', people: [guest] });
    plan = applyCommand(plan, { type: 'seat/assign', sceneId: 's', personId: guest.id, itemId: table.id, seat: 'R5' });
    plan = applyCommand(plan, { type: 'item/update', sceneId: 's', changes: [{ id: table.id, patch: { seats: 8 } }] });
    expect(plan.scenes[0]!.assignments).toEqual([{ personId: guest.id, itemId: table.id, seat: 'R5', locked: false }]);
    expect(lintScene(plan, 's').map((w) => w.code)).toContain('unknown-seat');
  });
});

describe('commands are validated in development and test builds', () => {
  afterEach(() => setCommandChecks(true));

  it('an invalid result fails at the command that made it, naming the command', () => {
    const guest = newPerson({ name: '李总', side: 'guest', rank: 1 }, id);
    const plan = applyCommand(planWith([]), { type: 'person/add', people: [guest] });
    const bad: Command = { type: 'person/update', personId: guest.id, patch: { tags: ['x'.repeat(51)] } };
    expect(() => applyCommand(plan, bad)).toThrow(InvalidDocumentError);
    expect(() => applyCommand(plan, bad)).toThrow(/person\/update.*people\[0\]\.tags\[0\]/);
    setCommandChecks(false);
    expect(applyCommand(plan, bad).people[0]!.tags).toHaveLength(1);
  });
});

describe('format 1 documents', () => {
  it('keep the car numbers the officer typed, as fixed numbers', () => {
    const car = make.car(id, { x: 0, y: 0 }, 'sedan', { number: 3 });
    const plan = { ...planWith([car], 'car'), schemaVersion: 1 };
    plan.scenes[0]!.items[0] = { ...car, number: 3 };
    const restored = restore(plan);
    expect(restored.ok && restored.plan.scenes[0]!.items[0]).toMatchObject({ number: 3, numberFixed: true });
  });
});
