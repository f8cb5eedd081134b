import { describe, expect, it } from 'vitest';
import { tableOrder } from '../../../shared/engine';
import type { VenueItem } from '../../../shared/model/types';
import { TEMPLATES, make } from '../../../shared/templates';
import { align, distribute } from '../../../renderer/src/canvas/align';
import { itemBounds, itemFrame, toLocal, toWorld, worldBox } from '../../../renderer/src/canvas/item-frame';
import { resizePatch, resizeSpec } from '../../../renderer/src/canvas/resize';
import { seatAt, seatList } from '../../../renderer/src/canvas/seat-index';
import { shortName } from '../../../renderer/src/canvas/seat-name';
import { snapMove } from '../../../renderer/src/canvas/snapping';
import { scaleBarLength, zoomAt } from '../../../renderer/src/canvas/view';
import { canvasFont } from '../../../renderer/src/canvas/shapes/paint';
import { sceneOf } from '../engine/helpers';

let n = 0;
const id = (p: string) => `${p}${n++}`;
const scene = (items: VenueItem[]) => sceneOf(items);

describe('snapping', () => {
  const base = { origin: { x: 0, y: 0 }, grid: 0.1, tolerance: 0.1, toItems: true };
  it('snaps the origin to the grid when no item is near', () => {
    const r = snapMove({ ...base, moving: { x0: -1, y0: -1, x1: 1, y1: 1 }, others: [], dx: 1.234, dy: -0.456 });
    expect(r.dx).toBeCloseTo(1.2);
    expect(r.dy).toBeCloseTo(-0.5);
    expect(r.guides).toEqual([]);
  });
  it('snaps an edge to another item within tolerance and shows a guide', () => {
    const r = snapMove({
      ...base,
      moving: { x0: -1, y0: -1, x1: 1, y1: 1 },
      others: [{ x0: 3.05, y0: 10, x1: 5, y1: 12 }],
      dx: 2,
      dy: 0,
    });
    expect(r.dx).toBeCloseTo(2.05);
    expect(r.guides).toEqual([{ axis: 'x', at: 3.05 }]);
  });
  it('grid 0 and no items: the move is exact', () => {
    const r = snapMove({
      ...base,
      grid: 0,
      toItems: false,
      moving: { x0: 0, y0: 0, x1: 1, y1: 1 },
      others: [],
      dx: 0.123,
      dy: 0.456,
    });
    expect([r.dx, r.dy]).toEqual([0.123, 0.456]);
  });
});

describe('align and distribute', () => {
  const items = [
    { id: 'a', x: 0, y: 0, box: { x0: -1, y0: -1, x1: 1, y1: 1 } },
    { id: 'b', x: 5, y: 3, box: { x0: 4, y0: 2, x1: 6, y1: 4 } },
    { id: 'c', x: 9, y: 1, box: { x0: 8.5, y0: 0.5, x1: 9.5, y1: 1.5 } },
  ];
  it('aligns tops and left edges', () => {
    expect(align(items, 'top').map((m) => m.y)).toEqual([0, 0, -0.5]);
    expect(align(items, 'left').map((m) => m.x)).toEqual([0, 0, -0.5]);
  });
  it('distributes with equal gaps, ends fixed', () => {
    const moves = distribute(items, 'horizontal');
    // span 10.5, sizes 2+2+1 → gap 2.75: b starts at 3.75.
    expect(moves.find((m) => m.id === 'b')!.x).toBeCloseTo(4.75);
    expect(moves.find((m) => m.id === 'a')!.x).toBe(0);
    expect(moves.find((m) => m.id === 'c')!.x).toBe(9);
  });
});

describe('names on seats', () => {
  it('keeps Chinese names up to four characters, shortens the rest sensibly', () => {
    expect(shortName('王建国')).toBe('王建国');
    expect(shortName('欧阳娜娜')).toBe('欧阳娜娜');
    expect(shortName('玛丽亚·冈萨雷斯')).toBe('冈萨雷斯');
    expect(shortName('爱新觉罗溥仪先生')).toBe('爱新觉…');
    expect(shortName('John Smith')).toBe('J. Smith');
  });
});

describe('frames, bounds, resize', () => {
  it('local and world coordinates are inverse', () => {
    const p = toWorld({ x: 2, y: 3 }, 30, { x: 1, y: -0.5 });
    const back = toLocal({ x: 2, y: 3 }, 30, p);
    expect(back.x).toBeCloseTo(1);
    expect(back.y).toBeCloseTo(-0.5);
  });
  it('a long table rotated 90° is tall, and its bounds include the seats', () => {
    const t = make.longTable(id, { x: 0, y: 0, rotation: 90 }, 6);
    const s = scene([make.door(id, { x: 0, y: 8 }), t]);
    const body = worldBox(t, itemFrame(t, s));
    expect(body.y1 - body.y0).toBeCloseTo(t.length);
    expect(body.x1 - body.x0).toBeCloseTo(t.width);
    const all = itemBounds(t, s);
    expect(all.x1 - all.x0).toBeGreaterThan(t.width + 1);
  });
  it("resize handles map to the kind's fields, clamped to the schema", () => {
    const round = make.roundTable(id, { x: 0, y: 0 });
    expect(resizeSpec(round)!.keepRatio).toBe(true);
    expect(resizePatch(round, 1.5, 1.4)).toEqual({ diameter: 2.7 });
    expect(resizePatch(round, 10, 10)).toEqual({ diameter: 6 });
    expect(resizePatch(make.wall(id, { x: 0, y: 0 }, 4), 1.5, 3)).toEqual({ length: 6 });
    expect(resizeSpec(make.car(id, { x: 0, y: 0 }))).toBeNull();
  });
  it("finds the seat under a point by each kind's own seat size", () => {
    const seats = seatList([{ item: make.car(id, { x: 0, y: 0 }), geometry: [{ label: 'RR', x: 1, y: 1, facing: 0 }] }]);
    expect(seatAt(seats, { x: 1.15, y: 1 })?.label).toBe('RR');
    expect(seatAt(seats, { x: 1.25, y: 1 })).toBeUndefined();
    expect(seatAt(seats, { x: 1.25, y: 1 }, 0.1)?.label).toBe('RR');
  });
});

describe('view', () => {
  it('zooms about the pointer and picks a round scale-bar length', () => {
    const v = zoomAt({ scale: 10, x: 0, y: 0 }, 2, { x: 100, y: 50 });
    expect(v).toEqual({ scale: 20, x: -100, y: -50 });
    expect(scaleBarLength(40)).toBe(2);
    expect(scaleBarLength(11)).toBe(10);
  });
});

describe('templates and table numbers', () => {
  it('every template builds fresh ids, and a banquet hall numbers its marked main table first', () => {
    for (const t of TEMPLATES) {
      const items = t.build(id);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    }
    const hall = TEMPLATES.find((t) => t.id === 'banquet-10')!.build(id);
    const main = hall.find((i) => i.kind === 'round-table' && i.main)!;
    expect(tableOrder(scene(hall))[main.id]).toBe(1);
  });
});

describe('canvas font', () => {
  it('puts a Latin face first in English, so Latin quotes keep their width; CJK first in Chinese', () => {
    expect(canvasFont('en').split(',')[0]).toBe('Arial');
    expect(canvasFont('zh').split(',')[0]).toBe('"Noto Sans SC"');
    expect(canvasFont('en')).toContain('"Noto Sans SC"'); // Chinese names still find a CJK face
  });
});
