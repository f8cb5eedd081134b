/**
 * RULES.md §2.5 and §8: a table left with one or two people while the hall still has free seats
 * is flagged (`table-underfilled`, with the table number), never left silent — the officer
 * should enlarge a table or remove one. The hall fill (as it places) and the lint (on the scene
 * as it stands) both ask here, so they can never disagree.
 */
import { personRef, warn } from './reasons';
import type { Warning } from './types';

export interface TableFill {
  id: string;
  /** The table number (桌次). */
  number: number;
  /** How many seats the table has. */
  seats: number;
  /** Who sits there (person ids), locked people included. */
  people: string[];
}

/** A table this sparse is worth a word; an empty table is simply not used. */
const FEW = 2;

export function underfilledTables(tables: readonly TableFill[]): Warning[] {
  // A single table cannot be removed or merged: only a hall of tables is checked.
  if (tables.length < 2) return [];
  const seats = tables.reduce((s, t) => s + t.seats, 0);
  const seated = tables.reduce((s, t) => s + t.people.length, 0);
  if (seated >= seats) return [];
  return [...tables]
    .sort((a, b) => a.number - b.number)
    .filter((t) => t.people.length > 0 && t.people.length <= FEW && t.people.length < t.seats)
    .map((t) =>
      warn(
        'table-underfilled',
        'warning.tableUnderfilled',
        { table: t.number, n: t.people.length, people: t.people.map(personRef) },
        { personIds: [...t.people], itemId: t.id },
      ),
    );
}
