/** Filling a whole hall (RULES.md §2.5): table order first, host structure kept, staff give way first. */
import { describe, expect, it } from 'vitest';
import { autoPlaceScene, lintScene } from '../../../shared/engine';
import { renderWarning } from '../../../shared/i18n/explain';
import type { Assignment, Person, VenueItem } from '../../../shared/model/types';
import { TEMPLATES } from '../../../shared/templates';
import { door, people, person, plan, round } from './helpers';

let seq = 0;
const makeId = (prefix: string) => `${prefix}${++seq}`;

/** The 10-table banquet template as the officer gets it from the template menu. */
function banquet10(): { items: VenueItem[]; main: string; second: string } {
  const items = TEMPLATES.find((t) => t.id === 'banquet-10')!.build(makeId);
  const res = autoPlaceScene(plan(items, []), 's');
  const byNumber = (n: number) => Object.keys(res.tableNumbers).find((id) => res.tableNumbers[id] === n)!;
  return { items, main: byNumber(1), second: byNumber(2) };
}

const at = (as: Assignment[], pid: string) => as.find((a) => a.personId === pid);
const sittingAt = (as: Assignment[], itemId: string) => as.filter((a) => a.itemId === itemId).map((a) => a.personId);

function fill(items: VenueItem[], ppl: Person[]) {
  return autoPlaceScene(plan(items, ppl), 's');
}

describe('filling a hall (RULES.md §2.5)', () => {
  it('the 10-table template keeps the second host at table 1 while it has free seats', () => {
    const { items, main, second } = banquet10();
    const res = fill(items, people(2, 5));
    expect(at(res.assignments, 'H1')).toMatchObject({ itemId: main, seat: 'P' });
    // Table 1 (12 seats) takes all seven: the second host is its 副主陪, not alone at table 2.
    expect(at(res.assignments, 'H2')).toMatchObject({ itemId: main, seat: 'O' });
    expect(sittingAt(res.assignments, second)).toEqual([]);
    expect(res.warnings.map((w) => w.code)).not.toContain('table-underfilled');
  });

  it('uses a lower table only when every higher table is full', () => {
    const { items, main, second } = banquet10();
    const res = fill(items, people(4, 12));
    const counts = [main, second].map((id) => sittingAt(res.assignments, id).length);
    expect(counts).toEqual([12, 4]);
    // Each used table keeps its host structure: table 2 has its own 主陪.
    expect(at(res.assignments, 'H2')).toMatchObject({ itemId: second, seat: 'P' });
    expect(at(res.assignments, 'g1')).toMatchObject({ itemId: main, seat: 'R1' });
  });

  it('staff give up a seat at a higher table before a host leaves it', () => {
    const { items, main, second } = banquet10();
    // 3 hosts + 9 guests fill table 1 (12 seats); the staff member goes to table 2.
    const res = fill(items, people(3, 9, 1));
    for (const pid of ['H1', 'H2', 'H3', 'g9']) expect(at(res.assignments, pid)?.itemId, pid).toBe(main);
    expect(at(res.assignments, 's1')?.itemId).toBe(second);
    const w = res.warnings.find((x) => x.code === 'table-underfilled');
    expect(w).toMatchObject({ itemId: second, personIds: ['s1'], params: { table: 2, n: 1 } });
  });

  it('a table with its 主陪 and 副主陪 never takes seats its guests would need higher up', () => {
    const { items, main, second } = banquet10();
    // 13 people: table 1 full (12), the last one at table 2 — not two hosts there.
    const res = fill(items, people(4, 9));
    expect(sittingAt(res.assignments, main)).toHaveLength(12);
    expect(sittingAt(res.assignments, second)).toHaveLength(1);
    expect(res.warnings.find((x) => x.code === 'table-underfilled')).toMatchObject({ itemId: second, params: { table: 2 } });
  });

  it('says nothing when the hall is full or no table is left with one or two', () => {
    const { items } = banquet10();
    expect(fill(items, people(4, 26)).warnings.map((w) => w.code)).not.toContain('table-underfilled');
    expect(fill(items, people(2, 5)).warnings.map((w) => w.code)).not.toContain('table-underfilled');
  });

  it('staff are the first to stay unseated when the hall overflows', () => {
    const small = banquet10().items.filter((i) => i.kind !== 'round-table' || i.main);
    const res = fill(small, [...people(2, 10), person('s1', 'staff', 1)]);
    expect(at(res.assignments, 's1')).toBeUndefined();
    expect(res.assignments).toHaveLength(12);
  });
});

describe('lint: table-underfilled (RULES.md §2.5, §8)', () => {
  const hall = [round('A', -2, 0, 6), round('B', 2, 0, 6), door(0, 10, -90)];
  const seat = (personId: string, itemId: string, seat: string): Assignment => ({ personId, itemId, seat, locked: false });
  const lint = (assignments: Assignment[], items: VenueItem[] = hall) =>
    lintScene(plan(items, people(2, 6), { assignments }), 's').filter((w) => w.code === 'table-underfilled');

  it('flags a table left with one or two people while the hall has free seats, in words', () => {
    const [w] = lint([
      seat('H1', 'A', 'P'),
      seat('g1', 'A', 'R1'),
      seat('g2', 'A', 'L1'),
      seat('H2', 'B', 'P'),
      seat('g3', 'B', 'R1'),
    ]);
    expect(w).toMatchObject({ itemId: 'B', personIds: ['H2', 'g3'], params: { table: 2, n: 2 } });
    expect(renderWarning('zh', w!)).toBe('第2桌只坐了2人（H2、g3），而全场还有空座：可给一张桌子加座，或撤掉一张桌子');
    expect(renderWarning('en', w!)).toContain('Table 2 has only 2 people (H2, g3)');
  });

  it('is quiet for a table of three, a full hall and a single table', () => {
    expect(lint([seat('H1', 'A', 'P'), seat('H2', 'B', 'P'), seat('g1', 'B', 'R1'), seat('g2', 'B', 'L1')])).toEqual([
      expect.objectContaining({ itemId: 'A' }),
    ]);
    expect(lint([seat('H1', 'B', 'P'), seat('g1', 'B', 'R1'), seat('g2', 'B', 'L1')])).toEqual([]);
    const tiny = [round('A', -2, 0, 4), round('B', 2, 0, 4), door(0, 10, -90)];
    const full = ['H1', 'H2', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6'].map((pid, i) =>
      seat(pid, i < 4 ? 'A' : 'B', ['P', 'R1', 'O', 'L1'][i % 4]!),
    );
    expect(lint(full, tiny)).toEqual([]);
    expect(lint([seat('H1', 'A', 'P')], [round('A', 0, 0, 6), door(0, 10, -90)])).toEqual([]);
  });
});
