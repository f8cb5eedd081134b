import { describe, expect, it } from 'vitest';
import { autoPlaceScene, seatGeometry } from '../../../shared/engine';
import { itemSchema } from '../../../shared/model/schema';
import type { CarItem } from '../../../shared/model/types';
import { people, plan } from './helpers';

const bus = (extra: Partial<CarItem> = {}): CarItem => ({
  id: 'B',
  kind: 'car',
  x: 0,
  y: 0,
  rotation: -90,
  model: 'minibus',
  driver: 'chauffeur',
  ...extra,
});

describe('minibus layout from the plan item', () => {
  it('seatGeometry uses the item’s rows and seats per row (default 5 × 4)', () => {
    const scene = plan([], []).scenes[0]!;
    const labels = seatGeometry(bus({ rows: 3, seatsPerRow: 4 }), scene).map((s) => s.label);
    expect(labels).toEqual(['D', 'FP', '1:1', '1:2', '1:3', '1:4', '2:1', '2:2', '2:3', '2:4', '3:1', '3:2', '3:3', '3:4']);
    expect(seatGeometry(bus(), scene)).toHaveLength(2 + 5 * 4);
    expect(seatGeometry(bus({ rows: 2, seatsPerRow: 5 }), scene).filter((s) => s.label.startsWith('2:'))).toHaveLength(5);
  });

  it('autoPlaceScene fills the rows from the front, each from the door side, and no more seats than the layout has', () => {
    const p = plan([bus({ rows: 3, seatsPerRow: 4 })], people(0, 8), {}, 'car');
    const seats = Object.fromEntries(autoPlaceScene(p, 's').assignments.map((a) => [a.personId, a.seat]));
    expect(seats).toEqual({
      g1: '1:4',
      g2: '1:3',
      g3: '1:2',
      g4: '1:1',
      g5: '2:4',
      g6: '2:3',
      g7: '2:2',
      g8: '2:1',
    });
    // 3 × 4 passengers and the front passenger seat: the 14th person has no seat.
    const full = autoPlaceScene(plan([bus({ rows: 3, seatsPerRow: 4 })], people(0, 14), {}, 'car'), 's');
    expect(full.assignments).toHaveLength(13);
    expect(full.assignments.some((a) => a.personId === 'g14')).toBe(false);
  });

  it('the plan schema keeps the fields and rejects sizes out of range', () => {
    expect(itemSchema.parse(bus({ rows: 3, seatsPerRow: 4 }))).toMatchObject({ rows: 3, seatsPerRow: 4 });
    expect(itemSchema.safeParse(bus({ rows: 21 })).success).toBe(false);
    expect(itemSchema.safeParse(bus({ seatsPerRow: 1 })).success).toBe(false);
    expect(itemSchema.safeParse(bus({ seatsPerRow: 6 })).success).toBe(false);
  });
});
