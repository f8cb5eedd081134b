import { describe, expect, it } from 'vitest';
import { autoPlaceScene, lintScene, tableOrder } from '../../../shared/engine';
import { explainContext, renderReason, renderWarning } from '../../../shared/i18n/explain';
import type { Assignment, Plan, VenueItem } from '../../../shared/model/types';
import { door, people, person, plan, round } from './helpers';

const seatOf = (as: Assignment[], pid: string) => as.find((a) => a.personId === pid);

describe('autoPlaceScene', () => {
  it('places participants only: absent people and non-participants stay out', () => {
    const ppl = [...people(1, 3), person('gx', 'guest', 0, { attendance: 'absent' })];
    const res = autoPlaceScene(plan([round('T', 0, 0)], ppl), 's');
    expect(seatOf(res.assignments, 'gx')).toBeUndefined();
    expect(seatOf(res.assignments, 'g1')?.seat).toBe('R1');
    const only = autoPlaceScene(plan([round('T', 0, 0)], ppl, { participants: ['H1', 'g3'] }), 's');
    expect(only.assignments.map((a) => a.personId).sort()).toEqual(['H1', 'g3']);
    expect(seatOf(only.assignments, 'g3')?.seat).toBe('R1');
  });

  it('itemIds restricts placement; assignments elsewhere stay', () => {
    const items = [round('A', -2, 0), round('B', 2, 0), door(0, 10, -90)];
    const p = plan(items, people(2, 6), {
      assignments: [{ personId: 'g1', itemId: 'B', seat: 'L3', locked: false }],
    });
    const res = autoPlaceScene(p, 's', { itemIds: ['A'] });
    expect(seatOf(res.assignments, 'g1')).toEqual({ personId: 'g1', itemId: 'B', seat: 'L3', locked: false });
    expect(res.assignments.filter((a) => a.itemId === 'B')).toHaveLength(1);
    expect(seatOf(res.assignments, 'g2')?.itemId).toBe('A');
  });

  it('a locked chief host keeps his seat and the others go around him', () => {
    const p = plan([round('T', 0, 0)], people(1, 3), {
      roles: [{ itemId: 'T', personId: 'H1', role: 'chief-host' }],
      assignments: [{ personId: 'g1', itemId: 'T', seat: 'P', locked: true }],
    });
    const res = autoPlaceScene(p, 's');
    expect(seatOf(res.assignments, 'g1')).toEqual({ personId: 'g1', itemId: 'T', seat: 'P', locked: true });
    // P is taken: the 主陪 moves to the next seat of honour, and lint says so.
    expect(seatOf(res.assignments, 'H1')?.seat).not.toBe('P');
    const linted = lintScene({ ...p, scenes: [{ ...p.scenes[0]!, assignments: res.assignments }] }, 's');
    expect(linted.map((w) => w.code)).toContain('chief-host-not-facing-door');
  });

  it('fills a hall with per-table roles from scene.roles', () => {
    const items = [round('A', -2, 0, 6), round('B', 2, 0, 6), door(0, 10, -90)];
    const p = plan(items, people(3, 6), {
      roles: [
        { itemId: 'B', personId: 'H1', role: 'chief-host' },
        { itemId: 'A', personId: 'H2', role: 'chief-host' },
        { itemId: 'A', personId: 'H3', role: 'deputy-host' },
      ],
    });
    const res = autoPlaceScene(p, 's');
    expect(res.tableNumbers).toEqual({ A: 1, B: 2 });
    expect(seatOf(res.assignments, 'H2')).toMatchObject({ itemId: 'A', seat: 'P' });
    expect(seatOf(res.assignments, 'H3')).toMatchObject({ itemId: 'A', seat: 'O' });
    expect(seatOf(res.assignments, 'H1')).toMatchObject({ itemId: 'B', seat: 'P' });
    expect(seatOf(res.assignments, 'g1')).toMatchObject({ itemId: 'A', seat: 'R1' });
    expect(seatOf(res.assignments, 'g5')).toMatchObject({ itemId: 'B', seat: 'R1' });
    expect(renderReason('zh', res.reasons.g5!)).toContain('第2桌');
    expect(renderReason('en', res.reasons.g5!)).toContain('Table 2');
  });

  it('keeps fixed table numbers and makes a head table the main table', () => {
    const head: VenueItem = {
      id: 'HT',
      kind: 'long-table',
      x: 0,
      y: 6,
      rotation: 0,
      seatsPerSide: 6,
      endSeats: 0,
      length: 5,
      width: 1,
      head: true,
    };
    const items = [round('A', -3, 0), round('B', 3, 0, 10, { number: 7, numberFixed: true }), head, door(0, 12, -90)];
    const sc = plan(items, []).scenes[0]!;
    expect(tableOrder(sc)).toEqual({ HT: 1, B: 7, A: 2 });
  });

  it('rostrum takes the top of the precedence; the audience blocks the rest, block by the stage first', () => {
    const items: VenueItem[] = [
      { id: 'stage', kind: 'stage', x: 0, y: -8, rotation: 0, width: 8, depth: 3 },
      { id: 'R', kind: 'rostrum', x: 0, y: -8, rotation: 90, rows: [3], lectern: true },
      { id: 'back', kind: 'seat-block', x: 0, y: 6, rotation: -90, rows: 1, cols: 2 },
      { id: 'front', kind: 'seat-block', x: 0, y: 0, rotation: -90, rows: 1, cols: 2 },
      door(0, 10, -90),
    ];
    const res = autoPlaceScene(plan(items, people(0, 8), {}, 'meeting'), 's');
    expect(
      res.assignments
        .filter((a) => a.itemId === 'R')
        .map((a) => a.personId)
        .sort(),
    ).toEqual(['g1', 'g2', 'g3']);
    expect(seatOf(res.assignments, 'g4')?.itemId).toBe('front');
    expect(seatOf(res.assignments, 'g6')?.itemId).toBe('back');
    expect(res.warnings.map((w) => w.code)).toEqual(['more-people-than-seats']);
    expect(res.warnings[0]!.personIds).toEqual(['g8']);
    expect(res.unsupported).toEqual([]);
  });

  it('reports elevator orders and motorcade numbers', () => {
    const items: VenueItem[] = [{ id: 'E', kind: 'elevator', x: 0, y: 0, rotation: -90, panel: 'front-right', attendant: false }];
    const res = autoPlaceScene(plan(items, people(1, 2), {}, 'elevator'), 's');
    expect(res.orders.E).toEqual({ enter: ['H1', 'g1', 'g2'], exit: ['g1', 'g2', 'H1'] });
    const cars: VenueItem[] = [
      { id: 'b', kind: 'car', x: 0, y: 0, rotation: -90, model: 'sedan', driver: 'chauffeur', number: 2 },
      { id: 'a', kind: 'car', x: 0, y: 5, rotation: -90, model: 'sedan', driver: 'chauffeur' },
    ];
    const m = autoPlaceScene(plan(cars, people(1, 3), {}, 'car'), 's');
    expect(m.tableNumbers).toEqual({ b: 2, a: 1 });
    expect(seatOf(m.assignments, 'g1')).toMatchObject({ itemId: 'a', seat: 'RR' });
  });

  it('throws on an unknown scene', () => {
    expect(() => autoPlaceScene(plan([], []), 'nope')).toThrow('unknown scene');
  });
});

describe('warnings name people as the officer knows them', () => {
  it('more people than seats lists the unseated by name, ids kept for the UI', () => {
    const ppl = [
      ...people(1, 3),
      person('late1', 'guest', 9, { name: '迟到的客人甲' }),
      person('late2', 'guest', 10, { name: '迟到的客人乙' }),
    ];
    const p = plan([door(0, 8, -90), round('T', 0, 0, 4)], ppl);
    const res = autoPlaceScene(p, 's');
    const w = res.warnings.find((x) => x.code === 'more-people-than-seats')!;
    const zh = renderWarning('zh', w, explainContext(p));
    expect(zh).toContain('迟到的客人甲、迟到的客人乙');
    expect(zh).not.toContain('late1');
    expect(w.personIds).toEqual(['late1', 'late2']);
  });

  it('a seniority warning names both people, not their ids', () => {
    const p = plan(
      [door(0, 8, -90), round('T', 0, 0, 4)],
      [person('g1', 'guest', 1, { name: '王芳' }), person('g2', 'guest', 2, { name: '李雷' })],
    );
    const placed = autoPlaceScene(p, 's').assignments;
    const swapped = placed.map((a) => ({ ...a, personId: a.personId === 'g1' ? 'g2' : a.personId === 'g2' ? 'g1' : a.personId }));
    const w = lintScene({ ...p, scenes: [{ ...p.scenes[0]!, assignments: swapped }] }, 's').find(
      (x) => x.code === 'seniority-inverted',
    )!;
    expect(renderWarning('zh', w, explainContext(p))).toBe('位次较高者 王芳 坐在较低座位，低于 李雷');
    expect(renderWarning('en', w, explainContext(p))).toBe('王芳 is more senior than 李雷 but sits lower');
  });
});

describe('lintScene', () => {
  const base = (assignments: Assignment[], extra: Partial<Plan['scenes'][0]> = {}) =>
    plan([round('T', 0, 0, 8), door(0, 10, -90)], people(2, 4), { assignments, ...extra });
  const codes = (p: Plan) => lintScene(p, 's').map((w) => w.code);
  const a = (personId: string, seat: string, locked = false): Assignment => ({ personId, itemId: 'T', seat, locked });

  it('is quiet on the engine’s own placement', () => {
    const p = base([]);
    const res = autoPlaceScene(p, 's');
    expect(lintScene({ ...p, scenes: [{ ...p.scenes[0]!, assignments: res.assignments }] }, 's')).toEqual([]);
  });

  it('flags a person in two seats, a seat with two people and seats that do not exist', () => {
    expect(codes(base([a('g1', 'R1'), a('g1', 'L1')]))).toContain('person-in-two-seats');
    expect(codes(base([a('g1', 'R1'), a('g2', 'R1')]))).toContain('seat-has-two-people');
    expect(codes(base([a('g1', 'R9')]))).toContain('unknown-seat');
  });

  it('flags more people than seats', () => {
    const p = plan([round('T', 0, 0, 4)], people(2, 4));
    expect(codes(p)).toContain('more-people-than-seats');
  });

  it('flags a junior guest above a senior guest', () => {
    expect(codes(base([a('g2', 'R1'), a('g1', 'L1')]))).toContain('seniority-inverted');
    expect(codes(base([a('g1', 'R1'), a('g2', 'L1')]))).not.toContain('seniority-inverted');
  });

  it('flags the 主陪 away from P and a host in the chief guest’s seat', () => {
    const roles = [{ itemId: 'T', personId: 'H1', role: 'chief-host' as const }];
    expect(codes(base([a('H1', 'O')], { roles }))).toContain('chief-host-not-facing-door');
    expect(codes(base([a('H2', 'R1'), a('g1', 'L1')]))).toContain('host-in-guest-seat');
    // A table of hosts only has no chief guest to give R1 to.
    expect(codes(base([a('H2', 'R1'), a('H1', 'P')]))).not.toContain('host-in-guest-seat');
  });

  it('flags a western table with N divisible by 4', () => {
    expect(codes(base([], { options: { western: true } }))).toContain('western-alternation');
  });

  it('reports a locked seat that contradicts the rules, but keeps it', () => {
    const p = base([a('g1', 'L3', true)]);
    const w = lintScene(p, 's').find((x) => x.code === 'locked-against-rules');
    expect(w?.personIds).toEqual(['g1']);
    // The seat the rules want, in words (RULES §8), never its label R1.
    expect(renderWarning('en', w!)).toContain('Right 1');
    expect(renderWarning('en', w!)).not.toContain('R1');
    expect(seatOf(autoPlaceScene(p, 's').assignments, 'g1')?.seat).toBe('L3');
  });
});
