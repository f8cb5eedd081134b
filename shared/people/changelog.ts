/**
 * The plan's change log (规划变更记录): what changed and when, kept in the document so it travels
 * with the plan (backups, revisions, .zuoci files) and stays consistent with undo. Bounded: the
 * `changelog/append` command keeps the newest CHANGE_LOG_LIMIT entries (shared/commands/change-log.ts).
 */
import type { Attendance, ChangeLogEntry, ChangeLogKind, Person, Plan } from '../model/types';
import type { SeatChange } from './changes';

/** Names kept per entry; an import of 5,000 people records the count and the first names. */
export const NAMES_PER_ENTRY = 50;
export const MOVES_PER_ENTRY = 2000;

export function logEntry(
  at: number,
  kind: ChangeLogKind,
  people: Pick<Person, 'id' | 'name'>[],
  extra: Partial<ChangeLogEntry> = {},
): ChangeLogEntry {
  return {
    at,
    kind,
    names: people.slice(0, NAMES_PER_ENTRY).map((p) => p.name),
    personIds: people.slice(0, NAMES_PER_ENTRY).map((p) => p.id),
    count: people.length,
    ...extra,
  };
}

export function attendanceEntry(at: number, person: Person, attendance: Attendance): ChangeLogEntry {
  return logEntry(at, 'attendance', [person], { detail: attendance });
}

/** The re-flow entry: every move, with table numbers as they were, so the log reads later. */
export function reflowEntry(at: number, plan: Plan, sceneId: string, changes: SeatChange[], after: Plan): ChangeLogEntry {
  const name = (id: string) => plan.people.find((p) => p.id === id)?.name ?? after.people.find((p) => p.id === id)?.name ?? '';
  const beforeScene = plan.scenes.find((s) => s.id === sceneId);
  const afterScene = after.scenes.find((s) => s.id === sceneId);
  const numberOf = (scene: typeof beforeScene, itemId: string) => {
    const item = scene?.items.find((i) => i.id === itemId);
    return item && 'number' in item ? item.number : undefined;
  };
  const kindOf = (itemId: string) => (afterScene ?? beforeScene)?.items.find((i) => i.id === itemId)?.kind ?? 'round-table';
  const moves = changes.slice(0, MOVES_PER_ENTRY).map((c) => ({
    personId: c.personId,
    name: name(c.personId),
    ...(c.from ? { from: { ...c.from, kind: kindOf(c.from.itemId), ...numbered(numberOf(beforeScene, c.from.itemId)) } } : {}),
    ...(c.to ? { to: { ...c.to, kind: kindOf(c.to.itemId), ...numbered(numberOf(afterScene, c.to.itemId)) } } : {}),
    ...(c.reprint ? { reprint: true } : {}),
  }));
  return {
    at,
    kind: 'reflow',
    names: [],
    count: changes.length,
    sceneId,
    detail: afterScene?.name ?? beforeScene?.name ?? '',
    moves,
  };
}

function numbered(n: number | undefined): { number?: number } {
  return n === undefined ? {} : { number: n };
}

/**
 * People whose place-card text (name, title, organisation) was edited after the scene's last
 * re-flow: their cards must be reprinted even if their seat did not change.
 */
export function cardEditsSince(log: ChangeLogEntry[] | undefined, sceneId: string): Set<string> {
  const edited = new Set<string>();
  for (const entry of [...(log ?? [])].reverse()) {
    if (entry.kind === 'reflow' && entry.sceneId === sceneId) break;
    if (entry.kind === 'edit' && entry.detail && /\b(name|title|organisation)\b/.test(entry.detail)) {
      for (const id of entry.personIds ?? []) edited.add(id);
    }
  }
  return edited;
}
