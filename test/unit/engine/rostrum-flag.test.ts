/**
 * 上主席台 (Person.rostrum): who sits on the rostrum is the officer's choice. With anyone flagged,
 * 自动排座 gives the rostrum only the flagged, by precedence (RULES.md §3), and the unflagged — however
 * senior — sit in the hall with their units; nobody flagged, the rostrum takes the top N as before.
 * On the 500-seat meeting-hall template (a rostrum of 9 + 11 and a hall of 498).
 */
import { describe, expect, it } from 'vitest';
import { lintScene } from '../../../shared/engine/lint';
import { autoPlaceScene } from '../../../shared/engine/scene';
import { renderReason, renderWarning } from '../../../shared/i18n/explain';
import { restore } from '../../../shared/model/restore';
import { SCHEMA_VERSION, type Person, type Plan, type VenueItem } from '../../../shared/model/types';
import { findTemplate } from '../../../shared/templates';
import { person, plan } from './helpers';

let n = 0;
const makeId = (prefix: string) => `${prefix}_${++n}`;
const items: VenueItem[] = findTemplate('meeting-hall-500').build(makeId);
const rostrumId = items.find((i) => i.kind === 'rostrum')!.id;
const ROSTRUM_SEATS = 20;

/** 60 guests in three units of 20, ranked p1 … p60 in list order; `flagged` marked 上主席台. */
function meeting(flagged: number[], extra: (k: number) => Partial<Person> = () => ({})): Plan {
  const ppl = Array.from({ length: 60 }, (_, i) =>
    person(`p${i + 1}`, 'guest', i + 1, {
      organisation: ['甲', '乙', '丙'][Math.floor(i / 20)]!,
      ...(flagged.includes(i + 1) ? { rostrum: true } : {}),
      ...extra(i + 1),
    }),
  );
  return { ...plan(items, ppl, {}, 'meeting'), convention: 'government' };
}

function seated(p: Plan) {
  const res = autoPlaceScene(p, 's');
  const onRostrum = res.assignments.filter((a) => a.itemId === rostrumId).map((a) => a.personId);
  return { res, onRostrum, seatOf: new Map(res.assignments.map((a) => [a.personId, a])) };
}

/** The plan with the engine's own answer stored, every assignment locked or not. */
function withAnswer(p: Plan, locked: (personId: string) => boolean = () => false): Plan {
  const answer = autoPlaceScene(p, 's').assignments.map((a) => ({ ...a, locked: locked(a.personId) }));
  return { ...p, scenes: p.scenes.map((s) => ({ ...s, assignments: answer })) };
}

describe('上主席台: the rostrum is the officer’s choice', () => {
  it('nobody flagged: the rostrum takes the top 20 of the precedence, as before', () => {
    const { onRostrum, res } = seated(meeting([]));
    expect(new Set(onRostrum)).toEqual(new Set(Array.from({ length: ROSTRUM_SEATS }, (_, i) => `p${i + 1}`)));
    expect(res.warnings.map((w) => w.code)).not.toContain('flagged-off-rostrum');
  });

  it('flagged lower-ranked people take the rostrum, in precedence order; the senior unflagged sit in the hall', () => {
    const { onRostrum, seatOf, res } = seated(meeting([45, 12, 50]));
    expect(onRostrum.sort()).toEqual(['p12', 'p45', 'p50']);
    // §3 government, front row of 9: No. 1 in the centre (col 5), No. 2 on its own left = col 6.
    expect(seatOf.get('p12')!.seat).toBe('1:5');
    expect(seatOf.get('p45')!.seat).toBe('1:6');
    expect(seatOf.get('p50')!.seat).toBe('1:4');
    // p1 outranks all three but is not flagged: the hall, with his unit, at its head.
    expect(seatOf.get('p1')!.itemId).not.toBe(rostrumId);
    expect(res.assignments).toHaveLength(60);
    // The reason counts among the flagged, not the whole list: p45 is No. 2 of them, not precedence 2.
    expect(renderReason('en', res.reasons['p45']!)).toBe(
      'Rostrum, Row 1, seat 6: No. 2 of those marked for the rostrum (front row first; centre first, then left is senior (government))',
    );
  });

  it('a flagged person the rostrum cannot hold sits in the hall and is named; nobody is unseated', () => {
    const flagged = Array.from({ length: 22 }, (_, i) => 30 + i);
    const { onRostrum, seatOf, res } = seated(meeting(flagged));
    expect(new Set(onRostrum)).toEqual(new Set(flagged.slice(0, ROSTRUM_SEATS).map((k) => `p${k}`)));
    expect(seatOf.get('p50')!.itemId).not.toBe(rostrumId);
    expect(seatOf.get('p51')!.itemId).not.toBe(rostrumId);
    expect(res.assignments).toHaveLength(60);
    const off = res.warnings.filter((w) => w.code === 'flagged-off-rostrum');
    expect(off.map((w) => w.personIds)).toEqual([['p50', 'p51']]);
    expect(res.warnings.map((w) => w.code)).not.toContain('more-people-than-seats');
  });

  it('a flagged staff member still never sits on the rostrum: he passes on and is named', () => {
    const { onRostrum, seatOf, res } = seated(meeting([3, 4], (k) => (k === 4 ? { side: 'staff', rank: 1 } : {})));
    expect(onRostrum).toEqual(['p3']);
    expect(seatOf.get('p4')).toBeDefined();
    const off = res.warnings.find((w) => w.code === 'flagged-off-rostrum')!;
    expect(off.personIds).toEqual(['p4']);
    expect(renderWarning('zh', off)).toBe('标为上主席台而未排上主席台：p4（主席台座位已满，或工作人员按规则不上主席台）');
  });

  it('a flagged person already locked on the rostrum still keeps it for the flagged: nobody else is added', () => {
    const p = meeting([12]);
    const locked: Plan = {
      ...p,
      scenes: p.scenes.map((s) => ({ ...s, assignments: [{ personId: 'p12', itemId: rostrumId, seat: '1:5', locked: true }] })),
    };
    const res = autoPlaceScene(locked, 's');
    expect(res.assignments.filter((a) => a.itemId === rostrumId).map((a) => a.personId)).toEqual(['p12']);
    expect(res.assignments).toHaveLength(60);
  });

  it('flagged people outside the scene’s pool (absent) do not empty the rostrum', () => {
    const { onRostrum } = seated(meeting([45], (k) => (k === 45 ? { attendance: 'absent' } : {})));
    expect(onRostrum).toHaveLength(ROSTRUM_SEATS);
    expect(onRostrum).toContain('p1');
  });

  it('a photo line-up ignores the flag: it has no audience to pass anyone on to', () => {
    const line = { ...items.find((i) => i.kind === 'rostrum')!, id: 'line' };
    const ppl = Array.from({ length: 5 }, (_, i) => person(`p${i + 1}`, 'guest', i + 1, i === 4 ? { rostrum: true } : {}));
    const res = autoPlaceScene({ ...plan([line], ppl, {}, 'photo'), convention: 'government' }, 's');
    expect(res.assignments).toHaveLength(5);
  });
});

describe('the lint on the engine’s own placement with flags', () => {
  const flaggedPlan = meeting([45, 12, 50, 33]);
  const codes = (p: Plan) => lintScene(p, 's').map((w) => w.code);

  it('reports no inverted seniority across rostrum and hall, and no lock against the rules when the answer is locked', () => {
    expect(codes(withAnswer(flaggedPlan))).not.toContain('seniority-inverted');
    const locked = withAnswer(flaggedPlan, () => true);
    expect(codes(locked)).not.toContain('seniority-inverted');
    expect(codes(locked)).not.toContain('locked-against-rules');
  });

  it('reads the flags when it judges a lock: the flagged No. 1 locked in the centre is right, an unflagged senior there is not', () => {
    const lockedAtCentre = (personId: string): Plan => ({
      ...flaggedPlan,
      scenes: flaggedPlan.scenes.map((s) => ({
        ...s,
        assignments: [{ personId, itemId: rostrumId, seat: '1:5', locked: true }],
      })),
    });
    expect(codes(lockedAtCentre('p12'))).not.toContain('locked-against-rules');
    const against = lintScene(lockedAtCentre('p1'), 's').filter((w) => w.code === 'locked-against-rules');
    expect(against.map((w) => w.personIds)).toEqual([['p1']]);
  });
});

describe('the flag in the plan file', () => {
  it('is optional (files without it load as before) and loads as written; anything but true/false is refused', () => {
    const doc = (flag: unknown) => ({
      ...meeting([]),
      schemaVersion: SCHEMA_VERSION,
      people: [person('p1', 'guest', 1, flag === undefined ? {} : ({ rostrum: flag } as Partial<Person>))],
    });
    expect(restore(doc(undefined)).ok).toBe(true);
    const flagged = restore(doc(true));
    expect(flagged.ok && flagged.plan.people[0]!.rostrum).toBe(true);
    expect(restore(doc('是')).ok).toBe(false);
  });
});
