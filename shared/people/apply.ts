/**
 * Turns a confirmed preview into the people to add and the changes to people already in the
 * plan: one `people/import` command, so the whole import is one undo step.
 */
import type { IdMaker } from '../model/factory';
import { newPerson } from '../model/factory';
import type { Person, Side } from '../model/types';
import type { ImportedValues, ImportPreview } from './preview';

export interface ImportChanges {
  add: Person[];
  update: { personId: string; patch: ImportedValues }[];
}

/**
 * Rows without a rank follow the list: after the highest rank their side already has (in the
 * plan or earlier in the file), in file order. A row with errors that the user chose to import
 * anyway comes in without its invalid cells.
 */
export function importChanges(preview: ImportPreview, existing: Person[], defaultSide: Side, makeId: IdMaker): ImportChanges {
  const top = new Map<Side, number>();
  const raise = (side: Side, rank: number) => top.set(side, Math.max(top.get(side) ?? 0, rank));
  for (const p of existing) raise(p.side, p.rank);
  const adding = preview.rows.filter((r) => r.action === 'add' && r.values.name);
  for (const r of adding) if (r.values.rank) raise(sideOf(r.values, r.sectionSide, defaultSide), r.values.rank);

  const add: Person[] = [];
  for (const r of adding) {
    const side = sideOf(r.values, r.sectionSide, defaultSide);
    let rank = r.values.rank;
    if (rank === undefined) {
      rank = (top.get(side) ?? 0) + 1;
      raise(side, rank);
    }
    add.push(newPerson({ ...r.values, name: r.values.name!, side, rank }, makeId));
  }
  const update = preview.rows
    .filter((r) => r.action === 'update' && r.duplicate?.of === 'plan')
    .map((r) => ({ personId: (r.duplicate as { personId: string }).personId, patch: withSection(r.values, r.sectionSide) }));
  return { add, update };
}

function sideOf(values: ImportedValues, section: Side | undefined, fallback: Side): Side {
  return values.side ?? section ?? fallback;
}

function withSection(values: ImportedValues, section: Side | undefined): ImportedValues {
  return section && !values.side ? { ...values, side: section } : values;
}
