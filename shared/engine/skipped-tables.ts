/**
 * RULES.md §2.5 and §8: a hall is filled in table order, so a table used while a table higher in
 * the order still has free seats is flagged (`table-skipped`) — the hall fill never does it, but a
 * hand-made or locked plan may. Read from the tables as they stand, beside `underfilled.ts`.
 */
import { warn } from './reasons';
import type { Warning } from './types';
import type { TableFill } from './underfilled';

export function skippedTables(tables: readonly TableFill[]): Warning[] {
  const inOrder = [...tables].sort((a, b) => a.number - b.number);
  // The lowest table in the order that is in use: every table above it should be full.
  const last = inOrder.findLast((t) => t.people.length > 0);
  if (!last) return [];
  return inOrder
    .filter((t) => t.number < last.number && t.people.length < t.seats)
    .map((t) =>
      warn(
        'table-skipped',
        'warning.lint.tableSkipped',
        { table: t.number, free: t.seats - t.people.length, later: last.number },
        { itemId: t.id },
      ),
    );
}
