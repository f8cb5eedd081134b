/**
 * Edits from the people panel, each dispatched with its change-log entry as one undo step.
 */
import type { Command } from '../../../shared/commands/commands';
import type { ChangeLogEntry, Person } from '../../../shared/model/types';
import { attendanceEntry, logEntry } from '../../../shared/people';
import { useApp } from '../state/app-store';

export function dispatchLogged(commands: Command[], entry: ChangeLogEntry): void {
  useApp.getState().dispatch([...commands, { type: 'changelog/append', entry }]);
}

export function updatePerson(person: Person, patch: Partial<Omit<Person, 'id'>>): void {
  const fields = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== person[k]);
  if (fields.length === 0) return;
  const now = Date.now();
  const entry =
    patch.attendance && fields.length === 1
      ? attendanceEntry(now, person, patch.attendance)
      : patch.rank !== undefined && fields.length === 1
        ? logEntry(now, 'rank', [person], { detail: `${person.rank}→${patch.rank}` })
        : logEntry(now, 'edit', [person], { detail: fields.join(',') });
  dispatchLogged([{ type: 'person/update', personId: person.id, patch }], entry);
}

/** The group takes ranks (or precedences) 1, 2, 3… in this order; `detail` is e.g. "5→2". */
export function reorderPeople(field: 'rank' | 'precedence', group: Person[], moved: Person, detail: string): void {
  dispatchLogged(
    [{ type: 'people/reorder', field, personIds: group.map((p) => p.id) }],
    logEntry(Date.now(), 'rank', [moved], { detail }),
  );
}

/**
 * 排序 k typed for a person: he takes place k within his side and the others from k on move down
 * one (people/rank-insert), so no two share a rank; one undo step with its log entry.
 */
export function insertAtRank(person: Person, rank: number): void {
  // Typing the rank he already has still settles a tie: he takes it, the other moves down.
  const people = useApp.getState().history?.present.people ?? [];
  const tied = people.some((p) => p.id !== person.id && p.side === person.side && p.rank === person.rank);
  if (rank === person.rank && !tied) return;
  dispatchLogged(
    [{ type: 'people/rank-insert', personId: person.id, rank }],
    logEntry(Date.now(), 'rank', [person], { detail: `${person.rank}→${rank}` }),
  );
}

export function removePerson(person: Person): void {
  dispatchLogged([{ type: 'person/remove', personIds: [person.id] }], logEntry(Date.now(), 'remove', [person]));
}
