/**
 * Every seat explained from the document alone (issue 12): the rule's reason for a seat the rules
 * gave, and for a seat set by hand or locked what the rules would have done — over several kinds,
 * and after a save and load (nothing remembered from the run that placed the seats).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../../shared/engine/case-schema';
import { explainSeat, type SeatQuery } from '../../../shared/engine/explain-seat';
import { caseToPlan } from '../../../shared/engine/place';
import { autoPlaceScene } from '../../../shared/engine/scene';
import { explainContext, renderReason, seatContext } from '../../../shared/i18n/explain';
import type { Lang } from '../../../shared/i18n/translate';
import { restore } from '../../../shared/model/restore';
import type { Assignment, Plan } from '../../../shared/model/types';
import { ENGINE_CODE } from '../../helpers/engine-codes';

const dir = fileURLToPath(new URL('../../fixtures/cases/', import.meta.url));

/** A golden case as a plan, placed by 自动排座 and stored the way a command stores it. */
function placedCase(file: string): Plan {
  const plan = caseToPlan(parseCase(JSON.parse(readFileSync(dir + file, 'utf8'))));
  // Names to read in the text; unranked people (ranked 10⁶ + list position by the case format)
  // keep their order within the limit a stored plan allows.
  const people = plan.people.map((p, i) => ({ ...p, name: `${p.id}名`, rank: Math.min(p.rank, 1000 + i) }));
  const named = { ...plan, people };
  const result = autoPlaceScene(named, 'case');
  return withSeats(named, () => result.assignments);
}

function withSeats(plan: Plan, seats: (current: Assignment[]) => Assignment[]): Plan {
  const scene = plan.scenes[0]!;
  return { ...plan, scenes: [{ ...scene, assignments: seats(scene.assignments) }] };
}

/** Moves a person to a seat of the same item (by hand, or locked); whoever sat there loses it. */
function seatAt(plan: Plan, personId: string, seat: string, locked = false): Plan {
  return withSeats(plan, (list) => {
    const itemId = list.find((a) => a.personId === personId)!.itemId;
    const rest = list.filter((a) => a.personId !== personId && !(a.itemId === itemId && a.seat === seat));
    return [...rest, { personId, itemId, seat, locked }];
  });
}

/** Two people swap seats by hand. */
function swap(plan: Plan, a: string, b: string): Plan {
  return withSeats(plan, (list) => {
    const at = (id: string) => list.find((x) => x.personId === id)!;
    const [sa, sb] = [at(a), at(b)];
    return list.map((x) =>
      x === sa ? { ...sb, personId: a, locked: false } : x === sb ? { ...sa, personId: b, locked: false } : x,
    );
  });
}

function words(plan: Plan, query: SeatQuery, lang: Lang = 'zh'): string {
  const scene = plan.scenes[0]!;
  const e = explainSeat(plan, scene.id, query);
  const itemId = 'itemId' in query ? query.itemId : scene.assignments.find((a) => a.personId === query.personId)?.itemId;
  return e ? renderReason(lang, e.reason, seatContext(plan, scene, itemId!)) : '';
}

const how = (plan: Plan, personId: string) => explainSeat(plan, 'case', { personId })?.how;

function roundTrip(plan: Plan): Plan {
  const loaded = restore(JSON.parse(JSON.stringify(plan)));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.plan;
}

describe('explainSeat', () => {
  it('round table: the rule seat gives the rule, a hand-moved seat says so and what the rules want', () => {
    const plan = placedCase('round10-two-hosts-4-guests.json');
    expect(how(plan, 'g1')).toBe('rule');
    expect(words(plan, { personId: 'g1' })).toBe(
      renderReason('zh', autoPlaceScene(plan, 'case').reasons.g1!, explainContext(plan)),
    );
    expect(words(plan, { personId: 'g1' })).toContain('主陪右手');

    // g3 (R2) swapped by hand into g1's seat R1.
    const moved = swap(plan, 'g3', 'g1');
    expect(how(moved, 'g3')).toBe('hand');
    expect(words(moved, { personId: 'g3' })).toMatch(/^手动安排；按规则此位应为 g1名（主宾：主陪右手.*）；按规则 g3名 应坐左4$/);
    expect(words(moved, { personId: 'g3' }, 'en')).toMatch(
      /^Placed by hand; by the rules this seat is g1名’s \(Chief guest.*\); by the rules g3名 sits at Left 4$/,
    );
    // An untouched seat still reads as the rule's.
    expect(how(moved, 'g2')).toBe('rule');
  });

  it('round table: a locked seat that contradicts the rules says so; one that agrees gives the rule', () => {
    const plan = placedCase('round10-two-hosts-4-guests.json');
    const agrees = withSeats(plan, (list) => list.map((a) => (a.personId === 'g1' ? { ...a, locked: true } : a)));
    expect(how(agrees, 'g1')).toBe('locked');
    expect(words(agrees, { personId: 'g1' })).toMatch(/^锁定座位，与规则一致：主宾：主陪右手/);

    const against = seatAt(plan, 'g1', 'L3', true);
    expect(words(against, { personId: 'g1' })).toMatch(/^锁定座位（用户指定，不移动）；按规则此位空着；按规则 g1名 应坐右1$/);
    expect(words(against, { personId: 'g1' }, 'en')).toBe(
      'Locked seat (set by you, never moved); by the rules this seat stays empty; by the rules g1名 sits at Right 1',
    );
  });

  it('an empty seat says who the rules put there; a person the rules would not seat here says so', () => {
    const plan = placedCase('round10-two-hosts-4-guests.json');
    const unseated = withSeats(plan, (list) => list.filter((a) => a.personId !== 'g2'));
    expect(explainSeat(unseated, 'case', { itemId: 'T', seat: 'L1' })?.how).toBe('empty');
    expect(words(unseated, { itemId: 'T', seat: 'L1' })).toMatch(/^空座；按规则此位应为 g2名（第2位客人/);
    expect(explainSeat(unseated, 'case', { personId: 'g2' })).toBeUndefined();

    // g4 marked absent but still seated by hand: the rules seat nobody there and not g4 at all.
    const absent = { ...plan, people: plan.people.map((p) => (p.id === 'g4' ? { ...p, attendance: 'absent' as const } : p)) };
    expect(words(absent, { personId: 'g4' })).toMatch(/^手动安排；按规则此位空着；按规则 g4名 不在此场景就座$/);
  });

  it('rostrum, car, 会见 and elevator: rule seats give the rule; a hand swap says what the rules want, seats in words', () => {
    const cases: [string, string, string][] = [
      ['rostrum-government-4-stageview.json', 'p1', 'p2'],
      ['car-sedan-chauffeur-guest-host.json', 'g1', 'g2'],
      ['reception-commercial.json', 'g1', 'g2'],
      ['elevator-front-right-attendant.json', 'g1', 'g2'],
    ];
    for (const [file, a, b] of cases) {
      const plan = placedCase(file);
      for (const lang of ['zh', 'en'] as const) {
        expect(how(plan, a), file).toBe('rule');
        expect(words(plan, { personId: a }, lang), file).not.toMatch(ENGINE_CODE);
      }
      const swapped = swap(plan, a, b);
      expect(how(swapped, a), file).toBe('hand');
      const zh = words(swapped, { personId: a });
      expect(zh, file).toContain(`按规则此位应为 ${b}名（`);
      expect(zh, file).toContain(`按规则 ${a}名 应坐`);
      expect(zh, file).not.toMatch(ENGINE_CODE);
      expect(words(swapped, { personId: a }, 'en'), file).not.toMatch(ENGINE_CODE);
    }
  });

  it('a hall: a guest moved by hand to another table is told his table and seat by the rules', () => {
    const plan = placedCase('hall-fill-two-tables.json');
    // g1 (table 1, R1) and g5 (table 2, R1) trade places across the tables.
    const moved = swap(plan, 'g1', 'g5');
    expect(how(moved, 'g1')).toBe('hand');
    expect(words(moved, { personId: 'g1' })).toMatch(/^手动安排；按规则此位应为 g5名（第2桌.*）；按规则 g1名 应坐第1桌右1$/);
    expect(words(moved, { personId: 'g1' }, 'en')).toMatch(/by the rules g1名 sits at Table 1, Right 1$/);
  });

  it('car: the hand seat names the car seat in the car’s own words', () => {
    const plan = placedCase('car-sedan-chauffeur-guest-host.json');
    const swapped = swap(plan, 'g1', 'g2');
    expect(words(swapped, { personId: 'g1' })).toMatch(/按规则 g1名 应坐后排右$/);
    expect(words(swapped, { personId: 'g1' }, 'en')).toMatch(/by the rules g1名 sits at Rear right$/);
  });

  it('after a save and load the same explanations come back (derived, not remembered)', () => {
    for (const file of ['round10-two-hosts-4-guests.json', 'reception-commercial.json', 'elevator-front-right-attendant.json']) {
      // One person locked into another's seat, so rule, hand-free and locked seats all come back.
      const placed = placedCase(file);
      const plan = seatAt(placed, placed.people[0]!.id, placed.scenes[0]!.assignments.at(-1)!.seat, true);
      const loaded = roundTrip(plan);
      expect(loaded).not.toBe(plan);
      for (const a of plan.scenes[0]!.assignments) {
        const before = words(plan, { personId: a.personId });
        expect(before, file).not.toBe('');
        expect(words(loaded, { personId: a.personId }), file).toBe(before);
        expect(explainSeat(loaded, 'case', { personId: a.personId })?.how).toBe(
          explainSeat(plan, 'case', { personId: a.personId })?.how,
        );
      }
    }
  });

  it('is computed once per document and scene, and afresh for a changed document', () => {
    const plan = placedCase('round10-two-hosts-4-guests.json');
    // Asked again for the same document: the same answer object, nothing placed again.
    const first = explainSeat(plan, 'case', { personId: 'g1' });
    expect(explainSeat(plan, 'case', { personId: 'g1' })).toBe(first);
    // A structurally equal copy is another document: explained afresh, to the same effect.
    const copy = structuredClone(plan);
    expect(explainSeat(copy, 'case', { personId: 'g1' })).not.toBe(first);
    expect(explainSeat(copy, 'case', { personId: 'g1' })).toEqual(first);
    const moved = seatAt(plan, 'g1', 'L3');
    expect(explainSeat(moved, 'case', { personId: 'g1' })!.how).toBe('hand');
  });
});
