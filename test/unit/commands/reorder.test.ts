import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError } from '../../../shared/commands/commands';
import { newPlan } from '../../../shared/model/factory';
import type { Plan, VenueItem } from '../../../shared/model/types';
import { make } from '../../../shared/templates';

let n = 0;
const id = (p: string) => `${p}${n++}`;

function plan(): { plan: Plan; ids: string[] } {
  const items: VenueItem[] = ['a', 'b', 'c', 'd'].map((k) => ({ ...make.wall(id, { x: 0, y: 0 }), id: k }));
  const p = applyCommand(newPlan({ name: 'p', organisation: '', convention: 'commercial' }, id), {
    type: 'scene/add',
    scene: { id: 's', name: 's', kind: 'other', options: {}, items, assignments: [], roles: [] },
  });
  return { plan: p, ids: items.map((i) => i.id) };
}

const order = (p: Plan) => p.scenes[0]!.items.map((i) => i.id).join('');

describe('item/reorder (z-order)', () => {
  it('front, back, forward, backward keep the chosen items in their own order', () => {
    const { plan: p } = plan();
    const run = (itemIds: string[], to: 'front' | 'back' | 'forward' | 'backward') =>
      order(applyCommand(p, { type: 'item/reorder', sceneId: 's', itemIds, to }));
    expect(run(['a', 'c'], 'front')).toBe('bdac');
    expect(run(['b', 'd'], 'back')).toBe('bdac');
    expect(run(['a', 'b'], 'forward')).toBe('cabd');
    expect(run(['c', 'd'], 'backward')).toBe('acdb');
    expect(run(['d'], 'forward')).toBe('abcd');
  });
  it('refuses unknown items and leaves the plan untouched', () => {
    const { plan: p } = plan();
    expect(() => applyCommand(p, { type: 'item/reorder', sceneId: 's', itemIds: ['x'], to: 'front' })).toThrow(CommandError);
    expect(order(p)).toBe('abcd');
  });
});
