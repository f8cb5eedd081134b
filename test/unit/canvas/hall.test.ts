/** The hall is drawn by code and does not listen: hits on bodies are computed (test them in each frame), and selected items cut it into runs. */
import { describe, expect, it } from 'vitest';
import type { Scene, VenueItem } from '../../../shared/model/types';
import { make } from '../../../shared/templates';
import { hallRuns } from '../../../renderer/src/canvas/hall-draw';
import { itemAt } from '../../../renderer/src/canvas/item-hit';
import { buildSceneModel } from '../../../renderer/src/canvas/scene-model';

let n = 0;
const id = (p: string) => `${p}${n++}`;
const model = (items: VenueItem[]) =>
  buildSceneModel({ id: 's', name: 's', kind: 'banquet', options: {}, items, assignments: [], roles: [] } as Scene, [], 'zh')
    .model;

describe('itemAt', () => {
  it('a round table is its circle: inside hits, the corner of its box does not', () => {
    const table = make.roundTable(id, { x: 5, y: 5 }, 10);
    const m = model([table]);
    const r = table.diameter / 2;
    expect(itemAt(m, { x: 5 + r * 0.9, y: 5 })?.item.id).toBe(table.id);
    expect(itemAt(m, { x: 5 + r * 0.8, y: 5 + r * 0.8 })).toBeUndefined();
  });

  it('a long table turned 90° is hit along its length on the y axis, not on the x axis', () => {
    const table = make.longTable(id, { x: 0, y: 0 }, 6, { rotation: 90 });
    const m = model([table]);
    expect(itemAt(m, { x: 0, y: table.length / 2 - 0.05 })?.item.id).toBe(table.id);
    expect(itemAt(m, { x: table.length / 2 - 0.05, y: 0 })).toBeUndefined();
  });

  it('a thin wall is hit a little either side of its line', () => {
    const wall = make.wall(id, { x: 0, y: 0 }, 6);
    const m = model([wall]);
    expect(itemAt(m, { x: 2, y: 0.14 })?.item.id).toBe(wall.id);
    expect(itemAt(m, { x: 2, y: 0.3 })).toBeUndefined();
  });

  it('of two overlapping items the later one (drawn on top) wins', () => {
    const under = make.roundTable(id, { x: 0, y: 0 }, 10);
    const over = make.roundTable(id, { x: 0.5, y: 0 }, 10);
    expect(itemAt(model([under, over]), { x: 0.2, y: 0 })?.item.id).toBe(over.id);
    expect(itemAt(model([over, under]), { x: 0.2, y: 0 })?.item.id).toBe(under.id);
  });
});

describe('hall runs', () => {
  it('cuts document order at the selected items, so the z-order of the drawing holds', () => {
    const items = [0, 1, 2, 3, 4].map((i) => make.roundTable(id, { x: i * 3, y: 0 }, 10));
    const parts = model(items).items.map((m) => ({ m, caption: null }));
    const runs = hallRuns(parts, new Set([items[1]!.id, items[2]!.id]));
    expect(runs.map((r) => (r.kind === 'hall' ? r.items.map((p) => p.m.item.id) : r.part.m.item.id))).toEqual([
      [items[0]!.id],
      items[1]!.id,
      items[2]!.id,
      [items[3]!.id, items[4]!.id],
    ]);
    expect(hallRuns(parts, new Set())).toHaveLength(1);
  });
});
