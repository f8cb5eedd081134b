/**
 * The meeting hall (会场座区, RULES.md §9) beyond the golden cases: where its seats are, what they
 * are called, the unit order, floors, and the templates. The arrangements themselves are proven
 * by the golden cases `test/fixtures/cases/meeting-hall-*.json`.
 */
import { describe, expect, it } from 'vitest';
import { hallGeometry, hallSeatNumber, hallSeatPoint, hallSeats, zoneAt } from '../../../shared/engine/hall-seats';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import { autoPlaceScene } from '../../../shared/engine/scene';
import { dir } from '../../../shared/engine/geometry';
import { seatGeometry } from '../../../shared/engine/seats';
import { orderUnits } from '../../../shared/engine/unit-order';
import { toEP } from '../../../shared/engine/people';
import { translate } from '../../../shared/i18n/translate';
import { place } from '../../../shared/i18n/case-answer';
import { readFileSync } from 'node:fs';
import {
  formatHallRows,
  hallSeatCount,
  hallSeatName,
  meetingHall,
  parseHallRows,
  uniformBlock,
} from '../../../shared/kinds/meeting-hall';
import type { Convention, HallZone, MeetingHallItem, VenueItem } from '../../../shared/model/types';
import { findTemplate } from '../../../shared/templates';
import { person, plan } from './helpers';

let n = 0;
const makeId = (prefix: string) => `${prefix}_${++n}`;
const hall = (fields: Partial<MeetingHallItem> = {}): MeetingHallItem => meetingHall.create(makeId, { x: 0, y: 0 }, fields);

describe('meeting hall seats', () => {
  it('labels every seat block:row:col from the audience left, and short rows keep to the aisle', () => {
    const item = hall({ blocks: [{ rows: [2, 3] }, { rows: [3, 3] }, { rows: [2, 3] }], seatSpacing: 0.5, aisle: 1 });
    const seats = hallSeats(item);
    expect(seats).toHaveLength(16);
    const at = (label: string) => seats.find((s) => s.label === label)!.lateral;
    // Width 1.5 + 1 + 1.5 + 1 + 1.5 = 6.5: the hall's centre line runs through block 2's middle seat.
    expect(at('2:1:2')).toBeCloseTo(0);
    expect(at('1:2:1')).toBeCloseTo(-3);
    // Block 1's short front row is flush with the aisle (right), block 3's with its aisle (left).
    expect(at('1:1:2')).toBeCloseTo(at('1:2:3'));
    expect(at('3:1:1')).toBeCloseTo(at('3:2:1'));
    expect(at('3:1:1')).toBeCloseTo(-at('1:1:2'));
  });

  it('bends curved rows round the rostrum: the sides come forward and turn inward', () => {
    const item = hall({ blocks: [uniformBlock(2, 10)], curve: 20 });
    const [left, right] = [hallSeatPoint(item, { row: 1, lateral: -2.5 }), hallSeatPoint(item, { row: 1, lateral: 2.5 })];
    const centre = hallSeatPoint(item, { row: 1, lateral: 0 });
    expect(centre.back).toBeCloseTo(0);
    expect(left.back).toBeLessThan(0);
    expect(left.back).toBeCloseTo(right.back);
    // A seat on the audience's right turns toward the centre: counter-clockwise on screen.
    expect(right.turn).toBeLessThan(0);
    expect(left.turn).toBeCloseTo(-right.turn);
    const straight = hall({ blocks: [uniformBlock(2, 10)], curve: 0 });
    expect(hallSeatPoint(straight, { row: 2, lateral: 2.5 })).toEqual({ back: straight.rowSpacing, lateral: 2.5, turn: 0 });
  });

  it('faces the rostrum: a hall facing up puts row 2 below row 1 and col 1 on the screen left', () => {
    const item = hall({ blocks: [uniformBlock(2, 3)], rotation: -90 });
    const g = new Map(hallGeometry(item, { items: [] } as never).map((s) => [s.label, s]));
    expect(g.get('1:2:2')!.y).toBeGreaterThan(g.get('1:1:2')!.y);
    expect(g.get('1:1:1')!.x).toBeLessThan(g.get('1:1:3')!.x);
    expect(g.get('1:1:1')!.facing).toBe(-90);
  });

  it('names seats in words in both languages', () => {
    const name = hallSeatName('2:5:7')!;
    expect(translate('zh', name.key, name.params)).toBe('2区第5排第7座');
    expect(translate('en', name.key, name.params)).toBe('Block 2, row 5, seat 7');
    expect(hallSeatName('R1')).toBeUndefined();
  });

  it('reads a later zone over an earlier one, and a zone of block 0 covers every block', () => {
    const zones: HallZone[] = [
      { name: '代表区', colour: 'red', block: 0, fromRow: 1, toRow: 10, reserved: false },
      { name: '媒体区', colour: 'grey', block: 3, fromRow: 8, toRow: 10, reserved: true },
    ];
    expect(zoneAt(zones, 2, 9)).toBe(0);
    expect(zoneAt(zones, 3, 9)).toBe(1);
    expect(zoneAt(zones, 3, 11)).toBe(-1);
    const seats = hallSeats(hall({ blocks: [uniformBlock(10, 2), uniformBlock(10, 2), uniformBlock(10, 2)], zones }));
    expect(seats.filter((s) => s.reserved)).toHaveLength(6);
  });
});

describe('seat numbering (单双号)', () => {
  const odd = hall({ blocks: [{ rows: [3] }, { rows: [5] }, { rows: [3] }], numbering: 'oddEven' });
  const numbers = (item: MeetingHallItem) => hallSeats(item).map((s) => hallSeatNumber(item, s.label));

  it('numbers each hall row from the centre line across the aisles: odd to the audience right, even to their left', () => {
    // From the audience's left: block 1's three, block 2's five (its middle seat on the line), block 3's three.
    expect(numbers(odd)).toEqual([10, 8, 6, 4, 2, 1, 3, 5, 7, 9, 11]);
    expect(numbers({ ...odd, numbering: 'consecutive' })).toEqual([1, 2, 3, 1, 2, 3, 4, 5, 1, 2, 3]);
    expect(numbers({ ...odd, numbering: undefined })).toEqual([1, 2, 3, 1, 2, 3, 4, 5, 1, 2, 3]);
  });

  it('gives the number to the seat words wherever the hall is at hand, and the column where only the kind is', () => {
    expect(seatLabelText('zh', odd, '1:1:1')).toBe('1区第1排第10座');
    expect(seatLabelText('en', odd, '3:1:1')).toBe('Block 3, row 1, seat 7');
    expect(seatLabelText('zh', 'meeting-hall', '1:1:1')).toBe('1区第1排第1座');
  });
});

describe('the rows of a block as typed', () => {
  it('reads n*k as k rows of n and writes the short form back', () => {
    expect(parseHallRows('16*2, 18，20×3')).toEqual([16, 16, 18, 20, 20, 20]);
    expect(formatHallRows([16, 16, 18, 20, 20, 20])).toBe('16*2, 18, 20*3');
    expect(parseHallRows(formatHallRows([9, 9, 9, 12]))).toEqual([9, 9, 9, 12]);
  });

  it('refuses what the schema refuses', () => {
    expect(parseHallRows('')).toBeUndefined();
    expect(parseHallRows('0')).toBeUndefined();
    expect(parseHallRows('81')).toBeUndefined();
    expect(parseHallRows('10*81')).toBeUndefined();
    expect(parseHallRows('ten')).toBeUndefined();
  });
});

describe('unit order', () => {
  const ppl = [
    person('a1', 'guest', 2, { organisation: '王府' }),
    person('b1', 'guest', 1, { organisation: '丁', delegation: '丁代表团' }),
    person('x', 'guest', 3),
    person('a2', 'guest', 1, { organisation: '王府' }),
  ].map((p, i) => toEP(p, i));

  it('takes the delegation over the organisation, list order by first appearance, and people without a unit last', () => {
    const units = orderUnits(ppl, {});
    expect(units.map((u) => [u.name, u.people.map((p) => p.id)])).toEqual([
      ['王府', ['a2', 'a1']],
      ['丁代表团', ['b1']],
      ['', ['x']],
    ]);
  });

  it("puts the officer's list first and the units it leaves out after, in list order", () => {
    expect(orderUnits(ppl, { unitOrder: 'custom', unitList: ['丁代表团'] }).map((u) => u.name)).toEqual(['丁代表团', '王府', '']);
  });
});

describe('a split unit', () => {
  it('is reported from its first seat to its last seat in another area, even when its last seat is back in the first', () => {
    // 竖排法 without keeping units together: B's strip is block 1's last column and block 2's first,
    // filled row by row, so B's first and last seats are both in block 1.
    const input = JSON.parse(
      readFileSync(new URL('../../fixtures/cases/meeting-hall-vertical-split.json', import.meta.url), 'utf8'),
    ) as unknown;
    const split = place(input).warnings.filter((w) => w.code === 'unit-split');
    expect(split.map((w) => w.message)).toEqual([expect.stringContaining('（1区第1排第3座 至 2区第1排第1座）')]);
  });
});

describe('floors', () => {
  it('fills the balcony only after every free seat of the floor, wherever it is drawn', () => {
    const balcony = { ...hall({ blocks: [uniformBlock(1, 4)], floor: 1 }), id: 'balcony' };
    const floor = { ...hall({ blocks: [uniformBlock(1, 3)], floor: 0, y: 20 }), id: 'floor' };
    const ppl = Array.from({ length: 5 }, (_, i) => person(`p${i + 1}`, 'guest', i + 1, { organisation: 'U' }));
    const res = autoPlaceScene(plan([balcony, floor], ppl, {}, 'meeting'), 's');
    const where = new Map(res.assignments.map((a) => [a.personId, a.itemId]));
    expect(['p1', 'p2', 'p3'].map((p) => where.get(p))).toEqual(['floor', 'floor', 'floor']);
    expect(['p4', 'p5'].map((p) => where.get(p))).toEqual(['balcony', 'balcony']);
  });
});

describe('the meeting hall templates', () => {
  const seats = (id: 'meeting-hall-500' | 'meeting-hall-1500' | 'meeting-hall-3000') =>
    findTemplate(id)
      .build(makeId)
      .filter((i): i is MeetingHallItem => i.kind === 'meeting-hall')
      .map((h) => [h.floor, hallSeatCount(h)]);

  it('has the seat counts their names promise', () => {
    expect(seats('meeting-hall-500')).toEqual([[0, 498]]);
    expect(seats('meeting-hall-1500')).toEqual([[0, 1520]]);
    expect(seats('meeting-hall-3000')).toEqual([
      [0, 2456],
      [1, 520],
    ]);
  });

  // RULES.md §9 in the hall's own frame, on the templates as the officer gets them: the audience
  // faces the rostrum, and honours its own left under government (its right under commercial),
  // while the rostrum honours its own left: its No. 2 sits on the audience's right (§3).
  it.each(['meeting-hall-500', 'meeting-hall-1500', 'meeting-hall-3000'] as const)(
    '%s: the audience faces the rostrum, and each side honours its own hand, as seen facing the rostrum',
    (id) => {
      const items: VenueItem[] = findTemplate(id).build(makeId);
      const floor = items.find((i): i is MeetingHallItem => i.kind === 'meeting-hall' && i.floor === 0)!;
      const rostrum = items.find((i) => i.kind === 'rostrum')!;
      const ahead = dir(floor.rotation);
      const right = dir(floor.rotation + 90);
      const along = (v: { x: number; y: number }, from: { x: number; y: number }) => ({
        ahead: (v.x - from.x) * ahead.x + (v.y - from.y) * ahead.y,
        right: (v.x - from.x) * right.x + (v.y - from.y) * right.y,
      });
      expect(along(rostrum, floor).ahead).toBeGreaterThan(0);
      const seatsOf = (convention: Convention) => {
        // The rostrum's seats and two units of five for the hall, the senior unit first.
        const ppl = Array.from({ length: 50 }, (_, i) =>
          person(`p${i + 1}`, 'guest', i + 1, { organisation: i < 40 ? '主席台' : i < 45 ? '甲' : '乙' }),
        );
        const p = { ...plan(items, ppl, {}, 'meeting'), convention };
        const scene = p.scenes[0]!;
        const at = new Map(items.flatMap((i) => seatGeometry(i, scene).map((g) => [`${i.id} ${g.label}`, g] as const)));
        return new Map(autoPlaceScene(p, 's').assignments.map((a) => [a.personId, at.get(`${a.itemId} ${a.seat}`)!]));
      };
      const government = seatsOf('government');
      const commercial = seatsOf('commercial');
      const rostrumNo = (seats: typeof government, k: number) => along(seats.get(`p${k}`)!, government.get('p1')!).right;
      // The rostrum: No. 1 in the middle, No. 2 on its own left (the audience's right) under government.
      expect(along(government.get('p1')!, rostrum).right).toBeCloseTo(0);
      expect(rostrumNo(government, 2)).toBeGreaterThan(0);
      expect(rostrumNo(commercial, 2)).toBeLessThan(0);
      // The hall: the first unit starts on the audience's left under government, their right under commercial.
      const unitHead = (seats: typeof government, k: number) => along(seats.get(`p${k}`)!, floor).right;
      const rostrumSeats = rostrum.kind === 'rostrum' ? rostrum.rows.reduce((a, b) => a + b, 0) : 0;
      const head = rostrumSeats + 1;
      expect(unitHead(government, head)).toBeLessThan(0);
      expect(unitHead(commercial, head)).toBeGreaterThan(0);
    },
  );
});
