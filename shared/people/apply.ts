/**
 * Turns a confirmed preview into the people to add and the changes to people already in the
 * plan: one `people/import` command, so the whole import is one undo step.
 */
import type { IdMaker } from '../model/factory';
import { newPerson } from '../model/factory';
import type { Person, Side } from '../model/types';
import type { ImportedValues, ImportPreview } from './preview';
import { DEFAULT_PRECEDENCE_TABLES, rankRows, rowSide, type PrecedenceTables, type RankBy } from './ranking';

export interface ImportChanges {
  add: Person[];
  update: { personId: string; patch: ImportedValues }[];
}

export interface RankChoice {
  by: RankBy;
  tables: PrecedenceTables;
}

/**
 * Rows to add get the rank the officer's choice gives them (ranking.ts; by default the rank
 * column, and list order for rows without a rank). A row with errors that the user chose to
 * import anyway comes in without its invalid cells. An update changes the rank only when it comes
 * from the rank column: a precedence table ranks the rows being added, not people already placed.
 */
export function importChanges(
  preview: ImportPreview,
  existing: Person[],
  defaultSide: Side,
  makeId: IdMaker,
  ranking: RankChoice = { by: 'column', tables: DEFAULT_PRECEDENCE_TABLES },
): ImportChanges {
  const ranks = rankRows(preview.rows, ranking.by, ranking.tables, existing, defaultSide);
  const add: Person[] = preview.rows
    .filter((r) => ranks.has(r.row))
    .map((r) =>
      newPerson({ ...r.values, name: r.values.name!, side: rowSide(r, defaultSide), rank: ranks.get(r.row)!.rank }, makeId),
    );
  const update = preview.rows
    .filter((r) => r.action === 'update' && r.duplicate?.of === 'plan')
    .map((r) => ({
      personId: (r.duplicate as { personId: string }).personId,
      patch: withSection(ranking.by === 'column' ? r.values : withoutRank(r.values), r.sectionSide),
    }));
  return { add, update };
}

function withoutRank(values: ImportedValues): ImportedValues {
  const { rank: _ignored, ...rest } = values;
  return rest;
}

function withSection(values: ImportedValues, section: Side | undefined): ImportedValues {
  return section && !values.side ? { ...values, side: section } : values;
}
