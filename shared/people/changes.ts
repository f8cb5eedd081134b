/**
 * What a re-flow changed: who moved from which seat to which, who got a seat, who lost one,
 * and which place cards must be printed again. A place card (席卡) shows the name and, as
 * chosen when printing, the title or organisation; it moves with its person, so only a new
 * seat-holder or a changed name/title/organisation needs a new card.
 */
import type { Assignment, Person } from '../model/types';

export interface SeatRef {
  itemId: string;
  seat: string;
}

export type SeatChangeKind = 'moved' | 'seated' | 'unseated' | 'edited';

export interface SeatChange {
  personId: string;
  kind: SeatChangeKind;
  from?: SeatRef;
  to?: SeatRef;
  /** A new place card must be printed for this person. */
  reprint: boolean;
}

const ORDER: Record<SeatChangeKind, number> = { unseated: 0, moved: 1, seated: 2, edited: 3 };

/**
 * Compares a scene's seats before and after. `cardEdited` holds the people whose card text
 * changed since the last placement (see `cardEditsSince`). Sorted: lost seats first (their
 * cards come off the tables), then moves, then new seats, each in list order.
 */
export function seatChanges(
  before: Assignment[],
  after: Assignment[],
  people: Person[],
  cardEdited: ReadonlySet<string> = new Set(),
): SeatChange[] {
  const was = new Map(before.map((a) => [a.personId, a]));
  const now = new Map(after.map((a) => [a.personId, a]));
  const changes: SeatChange[] = [];
  for (const person of people) {
    const from = was.get(person.id);
    const to = now.get(person.id);
    const edited = cardEdited.has(person.id);
    if (from && to && from.itemId === to.itemId && from.seat === to.seat) {
      if (edited) changes.push({ personId: person.id, kind: 'edited', from: ref(from), to: ref(to), reprint: true });
    } else if (from && to) {
      changes.push({ personId: person.id, kind: 'moved', from: ref(from), to: ref(to), reprint: edited });
    } else if (to) {
      changes.push({ personId: person.id, kind: 'seated', to: ref(to), reprint: true });
    } else if (from) {
      changes.push({ personId: person.id, kind: 'unseated', from: ref(from), reprint: false });
    }
  }
  // Someone removed from the plan had a seat: their card comes off too.
  const known = new Set(people.map((p) => p.id));
  for (const a of before) {
    if (!known.has(a.personId)) changes.push({ personId: a.personId, kind: 'unseated', from: ref(a), reprint: false });
  }
  const index = new Map(people.map((p, i) => [p.id, i]));
  return changes.sort(
    (a, b) => ORDER[a.kind] - ORDER[b.kind] || (index.get(a.personId) ?? Infinity) - (index.get(b.personId) ?? Infinity),
  );
}

function ref(a: Assignment): SeatRef {
  return { itemId: a.itemId, seat: a.seat };
}
