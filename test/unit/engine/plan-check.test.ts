import { describe, expect, it } from 'vitest';
import { autoPlaceScene } from '../../../shared/engine';
import { checkPlan, sceneFindings, type Finding } from '../../../shared/engine/plan-check';
import { findingWords } from '../../../shared/output/problem-words';
import type { Assignment, Person, Plan, Scene, SceneKind, VenueItem } from '../../../shared/model/types';
import { make } from '../../../shared/templates';
import { door, people, person, plan, round } from './helpers';

const at = (personId: string, itemId: string, seat: string, locked = false): Assignment => ({ personId, itemId, seat, locked });
const codes = (p: Plan) => checkPlan(p).map((f) => f.code);
const named = (ppl: Person[]) => ppl.map((p, i) => ({ ...p, name: `人${i + 1}号` }));

/** One ten-seat table and a door, seated as given. */
const table = (assignments: Assignment[], ppl = people(2, 4), extra: Partial<Scene> = {}) =>
  plan([round('T', 0, 0), door(0, 10, -90)], ppl, { assignments, ...extra });

/** The engine's own placement of a plan's first scene. */
function placed(p: Plan): Plan {
  const res = autoPlaceScene(p, 's');
  return { ...p, scenes: [{ ...p.scenes[0]!, assignments: res.assignments }, ...p.scenes.slice(1)] };
}

let seq = 0;
const id = (prefix: string) => `${prefix}_${seq++}`;

describe('checkPlan: the protocol check over the whole plan', () => {
  it('is quiet on the engine’s own placement', () => {
    expect(checkPlan(placed(table([])))).toEqual([]);
  });

  it('seniority inverted: a guest above a more senior one of his side', () => {
    const f = checkPlan(table([at('g2', 'T', 'R1'), at('g1', 'T', 'L1')])).find((x) => x.code === 'seniority-inverted');
    expect(f).toMatchObject({ sceneId: 's', severity: 'warning', personIds: ['g1', 'g2'], seat: { itemId: 'T', seat: 'L1' } });
    expect(codes(table([at('g1', 'T', 'R1'), at('g2', 'T', 'L1')]))).not.toContain('seniority-inverted');
  });

  it('seniority inverted in a 会见 and at a 会谈 table: the chief guest on the wall sofa below guest 2, each way round', () => {
    const ppl = [...people(3, 4), person('s1', 'staff', 1), person('s2', 'staff', 2)];
    const meetings: [string, VenueItem, SceneKind][] = [
      ['会见', { ...make.reception(id, { x: 0, y: 0 }), id: 'M' }, 'reception'],
      ['会谈', { ...make.talksTable(id, { x: 0, y: 0 }), id: 'M' }, 'talks'],
    ];
    for (const [name, item, kind] of meetings)
      for (const handbookMeeting of ['hostSeat', 'honourSeat'] as const)
        for (const convention of ['commercial', 'government'] as const) {
          const base = { ...plan([item, door(0, 10, -90)], ppl, { options: { handbookMeeting } }, kind), convention };
          const own = placed(base);
          const what = `${name} ${convention} ${handbookMeeting}`;
          expect(checkPlan(own), what).toEqual([]);
          const seat = (pid: string) => own.scenes[0]!.assignments.find((a) => a.personId === pid)!.seat;
          const swap = (x: string, y: string) =>
            own.scenes[0]!.assignments.map((a) =>
              a.personId === x ? { ...a, seat: seat(y) } : a.personId === y ? { ...a, seat: seat(x) } : a,
            );
          for (const [senior, junior] of [
            ['g1', 'g2'],
            ['g2', 'g3'],
            ['H1', 'H2'],
            ['s1', 's2'],
          ]) {
            const swapped = { ...own, scenes: [{ ...own.scenes[0]!, assignments: swap(senior!, junior!) }] };
            const f = checkPlan(swapped).filter((x) => x.code === 'seniority-inverted');
            expect(
              f.map((x) => x.personIds),
              `${what} ${senior}↔${junior}`,
            ).toEqual([[senior, junior]]);
          }
        }
  });

  it('a locked seat against the rules', () => {
    expect(codes(table([at('g1', 'T', 'L3', true)]))).toContain('locked-against-rules');
    expect(codes(placed(table([at('g1', 'T', 'R1', true)])))).not.toContain('locked-against-rules');
  });

  it('two people in a seat, one person in two seats', () => {
    expect(codes(table([at('g1', 'T', 'R1'), at('g2', 'T', 'R1')]))).toContain('seat-has-two-people');
    expect(codes(table([at('g1', 'T', 'R1'), at('g1', 'T', 'L1')]))).toContain('person-in-two-seats');
    const fine = codes(table([at('g1', 'T', 'R1'), at('g2', 'T', 'L1')]));
    expect(fine).not.toContain('seat-has-two-people');
    expect(fine).not.toContain('person-in-two-seats');
  });

  it('more people than seats', () => {
    expect(codes(plan([round('T', 0, 0, 4)], people(2, 4)))).toContain('more-people-than-seats');
    expect(codes(plan([round('T', 0, 0, 6)], people(2, 4)))).not.toContain('more-people-than-seats');
  });

  it('an absent person still seated, in every scene she sits in', () => {
    const ppl = people(1, 3).map((p) => (p.id === 'g2' ? { ...p, attendance: 'absent' as const } : p));
    const p = table([at('g2', 'T', 'L1')], ppl);
    const car: Scene = {
      id: 'car',
      name: '车辆',
      kind: 'car',
      options: {},
      items: [{ ...make.car(id, { x: 0, y: 0 }), id: 'C' }],
      assignments: [at('g2', 'C', 'RR')],
      roles: [],
    };
    const both = { ...p, scenes: [...p.scenes, car] };
    const absent = checkPlan(both).filter((f) => f.code === 'absent-seated');
    expect(absent.map((f) => [f.sceneId, f.seat?.seat, f.severity])).toEqual([
      ['s', 'L1', 'error'],
      ['car', 'RR', 'error'],
    ]);
    expect(codes(table([at('g2', 'T', 'L1')]))).not.toContain('absent-seated');
  });

  it('a rank tie within a side (not across sides, not with an absent person)', () => {
    const tie = [...people(1, 3), person('g9', 'guest', 2)];
    const f = checkPlan(table([], tie)).find((x) => x.code === 'rank-tie');
    expect(f).toMatchObject({ personIds: ['g2', 'g9'], severity: 'warning' });
    expect(f?.sceneId).toBeUndefined();
    expect(codes(table([], [...people(2, 2)]))).not.toContain('rank-tie');
    expect(codes(table([], [...people(1, 3), person('g9', 'guest', 2, { attendance: 'absent' })]))).not.toContain('rank-tie');
  });

  it('staff or an interpreter in a principal’s seat, only where principals sit', () => {
    const ppl = [...people(1, 2), person('s1', 'staff', 1), person('i1', 'host', 5, { function: '翻译' })];
    expect(codes(table([at('H1', 'T', 'P'), at('s1', 'T', 'R1')], ppl))).toContain('staff-in-principal-seat');
    expect(codes(table([at('g1', 'T', 'R1'), at('i1', 'T', 'P')], ppl))).toContain('staff-in-principal-seat');
    expect(codes(table([at('H1', 'T', 'P'), at('g1', 'T', 'R1'), at('s1', 'T', 'L3')], ppl))).not.toContain(
      'staff-in-principal-seat',
    );
    // A car of staff only has no principal whose seat they could take.
    const staffCar = plan([{ ...make.car(id, { x: 0, y: 0 }), id: 'C' }], [person('s1', 'staff', 1)], {
      assignments: [at('s1', 'C', 'RR')],
    });
    expect(codes(staffCar)).not.toContain('staff-in-principal-seat');
  });

  it('a table used while a higher table has free seats, and a table left with one or two people', () => {
    const hall = (n: number) => placed(plan([round('A', -2, 0, 6), round('B', 2, 0, 6), door(0, 10, -90)], people(1, n)));
    const full = hall(5); // 6 people: table 1 full, table 2 empty
    expect(codes(full)).not.toContain('table-skipped');
    expect(codes(full)).not.toContain('table-underfilled');
    const seven = hall(6); // 7 people: one left for table 2
    expect(codes(seven)).toContain('table-underfilled');
    expect(codes(seven)).not.toContain('table-skipped');
    const A = seven.scenes[0]!.assignments.find((a) => a.itemId === 'A' && a.seat !== 'P')!;
    const gap = { ...seven, scenes: [{ ...seven.scenes[0]!, assignments: seven.scenes[0]!.assignments.filter((a) => a !== A) }] };
    expect(codes(gap)).toContain('table-skipped');
  });

  it('a seat that no longer exists after the seat count was reduced', () => {
    const p = table([at('g1', 'T', 'R1')]);
    const smaller = {
      ...p,
      scenes: [{ ...p.scenes[0]!, items: [round('T', 0, 0, 6), door(0, 10, -90)], assignments: [at('g1', 'T', 'R4')] }],
    };
    expect(codes(smaller)).toContain('unknown-seat');
    expect(codes(p)).not.toContain('unknown-seat');
  });

  it('a guest with no car when the others of his side have one', () => {
    const cars = (assign: Assignment[][]): Plan => {
      const base = plan([], people(1, 3));
      const scene = (i: number): Scene => ({
        id: `c${i}`,
        name: `车辆${i}`,
        kind: 'car',
        options: {},
        items: [{ ...make.car(id, { x: 0, y: 0 }, 'mpv7'), id: `C${i}` }],
        assignments: assign[i]!,
        roles: [],
      });
      return { ...base, scenes: assign.map((_, i) => scene(i)) };
    };
    const missing = cars([[at('g1', 'C0', 'RR'), at('g2', 'C0', 'RL')], [at('g1', 'C1', 'RR')]]);
    const f = checkPlan(missing).filter((x) => x.code === 'missing-in-scene');
    expect(f.map((x) => [x.sceneId, x.personIds])).toEqual([['c1', ['g2']]]);
    // Nobody of his side rides in the other scene: not his car to miss.
    expect(codes(cars([[at('g1', 'C0', 'RR')], [at('H1', 'C1', 'RR')]]))).not.toContain('missing-in-scene');
    expect(codes(cars([[at('g1', 'C0', 'RR')], [at('g1', 'C1', 'RR')]]))).not.toContain('missing-in-scene');
  });

  it('a late guest left out of the only motorcade while the rest of his side rides', () => {
    /** A banquet seating everyone given, and one motorcade (two MPVs) carrying those given. */
    const visit = (atBanquet: string[], riding: string[]): Plan => {
      const base = table(
        atBanquet.map((pid, i) => at(pid, 'T', ['P', 'O', 'R1', 'L1', 'R2', 'L2', 'R3', 'L3'][i]!)),
        people(2, 6),
      );
      const seats = ['RR', 'RL', 'RM', 'FP', 'M1', 'M2'];
      const motorcade: Scene = {
        id: 'm',
        name: '车队',
        kind: 'car',
        options: {},
        items: [{ ...make.car(id, { x: 0, y: 0 }, 'mpv7'), id: 'C1' }],
        assignments: riding.map((pid, i) => at(pid, 'C1', seats[i]!)),
        roles: [],
      };
      return { ...base, scenes: [...base.scenes, motorcade] };
    };
    const left = (p: Plan) => checkPlan(p).filter((f) => f.code === 'missing-in-scene');
    // Three guests ride, the fourth (added late, seated at the banquet) has no car.
    const late = visit(['H1', 'g1', 'g2', 'g3', 'g4'], ['g1', 'g2', 'g3']);
    expect(left(late).map((f) => [f.sceneId, f.personIds])).toEqual([['m', ['g4']]]);
    const [zh, en] = [findingWords('zh', left(late)[0]!, late), findingWords('en', left(late)[0]!, late)];
    expect(zh.problem).toBe('g4 在“s”有座位，在本场景的车上没有座位，而同方已有 3 人安排乘车');
    expect(en.problem).toBe('g4 has a seat in “s” but no seat in any car here, while 3 others of the side ride');
    // Marked absent, or riding: nothing to say.
    const absent = { ...late, people: late.people.map((q) => (q.id === 'g4' ? { ...q, attendance: 'absent' as const } : q)) };
    expect(left(absent)).toEqual([]);
    expect(left(visit(['H1', 'g1', 'g2', 'g3', 'g4'], ['g1', 'g2', 'g3', 'g4']))).toEqual([]);
    // Part of a side riding is the officer's choice: two of four guests, one host of two.
    expect(left(visit(['H1', 'H2', 'g1', 'g2', 'g3', 'g4'], ['g1', 'g2', 'H1']))).toEqual([]);
  });

  it('memoises per document and re-lints only the scene that changed', () => {
    const p = table([at('g2', 'T', 'R1'), at('g1', 'T', 'L1')]);
    expect(checkPlan(p)).toBe(checkPlan(p));
    const second: Scene = { ...p.scenes[0]!, id: 's2', name: 's2' };
    const two = { ...p, scenes: [...p.scenes, second] };
    const renamed = { ...two, scenes: [two.scenes[0]!, { ...second, name: 'again' }] };
    const before = sceneFindings(two, 's');
    expect(sceneFindings(renamed, 's')[0]).toBe(before[0]);
    expect(sceneFindings(renamed, 's2')).toHaveLength(before.length);
  });
});

describe('findingWords: a finding in the officer’s words', () => {
  const engineCode = /person_|\b(?:P|O|R\d+|L\d+|RR|RL|FP|E-(?:left|right)[-\w]*)\b|seniority|locked-against/;

  function wordsOf(p: Plan, f: Finding) {
    return [findingWords('zh', f, p), findingWords('en', f, p)];
  }

  it('names people by name and seats in words, and says what to do', () => {
    const ppl = named([...people(1, 3)]).map((x) => ({ ...x, id: `person_${x.id}` }));
    const p = table([at('person_g2', 'T', 'R1'), at('person_g1', 'T', 'L1', true)], ppl);
    const found = checkPlan(p);
    expect(found.map((f) => f.code).sort()).toEqual(['locked-against-rules', 'seniority-inverted']);
    for (const f of found)
      for (const w of wordsOf(p, f)) {
        expect(w.problem).not.toMatch(engineCode);
        expect(w.action).not.toMatch(engineCode);
        expect(w.action.length).toBeGreaterThan(3);
      }
    const locked = found.find((f) => f.code === 'locked-against-rules')!;
    const [zh, en] = wordsOf(p, locked);
    expect(zh!.problem).toContain('人2号');
    expect(zh!.problem).toContain('左1');
    expect(zh!.problem).toContain('右1');
    expect(en!.problem).toContain('人2号');
    expect(en!.scene).toBe('s');
  });

  it('words every kind of finding without engine codes', () => {
    const ppl = named([...people(1, 3), person('g9', 'guest', 2), person('s1', 'staff', 1)]).map((x) => ({
      ...x,
      id: `person_${x.id}`,
    }));
    ppl[1] = { ...ppl[1]!, attendance: 'absent' };
    const items: VenueItem[] = [round('T', 0, 0, 6), round('U', 4, 0, 6), door(0, 10, -90)];
    const p = plan(items, ppl, {
      assignments: [
        at('person_H1', 'T', 'P'),
        at('person_s1', 'T', 'R1'),
        at('person_g1', 'T', 'R1'),
        at('person_g2', 'U', 'L1'),
        at('person_g3', 'T', 'R9'),
        at('person_gone', 'T', 'L2'),
      ],
    });
    const found = checkPlan(p);
    expect(new Set(found.map((f) => f.code))).toEqual(
      new Set([
        'seat-has-two-people',
        'absent-seated',
        'unknown-seat',
        'unknown-person',
        'staff-in-principal-seat',
        'rank-tie',
        'table-skipped',
        'table-underfilled',
      ]),
    );
    expect(found[0]!.severity).toBe('error');
    for (const f of found) for (const w of wordsOf(p, f)) expect(`${w.problem} ${w.action}`).not.toMatch(engineCode);
  });
});
