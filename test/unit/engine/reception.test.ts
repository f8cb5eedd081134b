/** 会见 (RULES.md §4): interpreters, note-takers and staff sit in the second row, never on the sofas. */
import { describe, expect, it } from 'vitest';
import { autoPlaceScene } from '../../../shared/engine';
import { seatGeometry } from '../../../shared/engine/seats';
import { renderReason, renderWarning } from '../../../shared/i18n/explain';
import type { Person, ReceptionItem } from '../../../shared/model/types';
import { door, people, person, plan, sceneOf } from './helpers';

const room = (extra: Partial<ReceptionItem> = {}): ReceptionItem => ({
  id: 'M',
  kind: 'reception',
  x: 0,
  y: 0,
  rotation: 0,
  perSide: 3,
  ...extra,
});

function receive(item: ReceptionItem, ppl: Person[]) {
  const res = autoPlaceScene(plan([item, door(0, 6, -90)], ppl, {}, 'reception'), 's');
  const seat = (pid: string) => res.assignments.find((a) => a.personId === pid)?.seat;
  return { res, seat };
}

const interpreter = (id: string, side: Person['side'], rank: number) => person(id, side, rank, { function: '翻译' });
const staff = (id: string, rank: number, fn = '联络员') => person(id, 'staff', rank, { function: fn });

describe('会见 second row (RULES.md §4)', () => {
  it('has two second-row seats per side unless the room says otherwise; 0 means none', () => {
    const backs = (item: ReceptionItem) =>
      seatGeometry(item, sceneOf([item, door(0, 6, -90)], { kind: 'reception' }))
        .map((s) => s.label)
        .filter((l) => l.includes('-B'))
        .sort();
    expect(backs(room())).toEqual(['E-left-B1', 'E-left-B2', 'E-right-B1', 'E-right-B2']);
    expect(backs(room({ backRow: 0 }))).toEqual([]);
    expect(backs(room({ backRow: 3 }))).toHaveLength(6);
  });

  it('seats staff behind the host side, never on a sofa with room, and says why', () => {
    const { res, seat } = receive(room(), [...people(2, 2), staff('s1', 1)]);
    // Commercial: the host sits on the right as you enter; his side's sofa E-right-2 stays free.
    expect(seat('s1')).toBe('E-right-B1');
    expect(seat('H2')).toBe('E-right-1');
    expect(renderReason('zh', res.reasons.s1!)).toContain('第二排');
    expect(renderReason('en', res.reasons.s1!)).toContain('second row');
  });

  it('puts interpreters right behind their principal, then note-takers, then other staff', () => {
    const ppl = [...people(1, 1), staff('s1', 1, '安保'), staff('nt', 2, '记录员'), interpreter('hi', 'host', 2)];
    const { seat, res } = receive(room({ backRow: 2 }), ppl);
    expect([seat('hi'), seat('nt')]).toEqual(['E-right-B1', 'E-right-B2']);
    // The second row is full: the last of them stays unseated rather than take a sofa.
    expect(seat('s1')).toBeUndefined();
    const w = res.warnings.find((x) => x.code === 'reception-no-back-seat');
    expect(w).toMatchObject({ personIds: ['s1'], itemId: 'M' });
  });

  it('without a second row leaves them unseated and warns in words', () => {
    const ppl = [...people(1, 1), interpreter('gi', 'guest', 2), staff('s1', 1)];
    const { res, seat } = receive(room({ backRow: 0 }), ppl);
    expect(seat('gi')).toBeUndefined();
    expect(seat('s1')).toBeUndefined();
    expect(res.assignments.map((a) => a.seat).sort()).toEqual(['E-left', 'E-right']);
    const w = res.warnings.find((x) => x.code === 'reception-no-back-seat')!;
    expect(w.personIds?.sort()).toEqual(['gi', 's1']);
    expect(renderWarning('zh', w)).toContain('加座');
    expect(renderWarning('en', w)).toContain('Add second-row seats');
  });
});
