/**
 * One import from a list that has been read to the changes the officer confirms, in the shape the
 * wizard's worker runs it (renderer/src/people/list-worker.ts): the rows stay where they were read,
 * and the page receives only what it shows — each sheet's first rows, to choose the header, and a
 * digest of the preview (its first rows with their ranks, the counts, the first problems). So a
 * list of 100,000 rows is validated, ranked and turned into people off the page's thread, and
 * what crosses to the page is small. Pure: tests and the benchmark run the same steps.
 */
import type { Command } from '../commands/commands';
import type { IdMaker } from '../model/ids';
import type { Plan, Side } from '../model/types';
import { importChanges, type ImportChanges } from './apply';
import type { ColumnMapping } from './mapping';
import {
  findSeats,
  seatCommands,
  seatingListSeats,
  unguardCell,
  type FoundSeats,
  type OwnExportHeaders,
  type SeatNote,
} from './own-export';
import { buildPreview, type ImportIssue, type ImportPreview, type PreviewRow, type RowAction } from './preview';
import { rankTies, type RankTie } from './rank-ties';
import { rankRows, rowRank, type PrecedenceTables, type RankBy, type RowRank } from './ranking';
import type { ReadList } from './read-list';

/** Rows of each sheet the page gets: the 30 the header is looked for in, a two-row header and three samples under it. */
export const HEAD_ROWS = 35;
/** What the preview shows of a long list: its first rows, problems and skipped rows (the counts cover all). */
export const DIGEST_LIMITS = { rows: 300, problems: 100, skipped: 20 } as const;

export interface SheetHead {
  name: string;
  /** The first HEAD_ROWS rows. */
  head: string[][];
  rowCount: number;
  hiddenColumns: number[];
}

export interface ListHead {
  format: string;
  unclosedQuoteRows: number[];
  sheets: SheetHead[];
}

export function listHead(list: ReadList): ListHead {
  return {
    format: list.format,
    unclosedQuoteRows: list.unclosedQuoteRows,
    sheets: list.sheets.map((s) => ({
      name: s.name,
      head: s.rows.slice(0, HEAD_ROWS),
      rowCount: s.rows.length,
      hiddenColumns: s.hiddenColumns,
    })),
  };
}

/** Everything the preview depends on: the sheet, the header and mapping chosen, the plan and the officer's choices. */
export interface PreviewRequest {
  sheet: number;
  /** 0-based first header row, and where the data starts under it. */
  headerRow: number;
  dataStart: number;
  headers: string[];
  mapping: ColumnMapping;
  /** The sheet is our own people export: cells without the formula guard, seats from its scene columns. */
  ownExport?: OwnExportHeaders;
  plan: Plan;
  /** Rows whose action the officer changed. */
  actions: Record<number, RowAction>;
  rankBy: RankBy;
  tables: PrecedenceTables;
  defaultSide: Side;
}

export interface ImportModel {
  preview: ImportPreview;
  ranks: Map<number, RowRank>;
  /** Seats our own exports give back (people export or seating list), with notes on those left out. */
  seats: FoundSeats | null;
}

/** The preview of every row, with the officer's actions, each row's rank and the seats to restore. */
export function importModel(sheetRows: string[][], request: PreviewRequest): ImportModel {
  const { ownExport, plan, actions } = request;
  const rows = ownExport ? sheetRows.map((r) => r.map(unguardCell)) : sheetRows;
  const built = buildPreview({
    rows,
    dataStart: request.dataStart,
    headers: request.headers,
    mapping: request.mapping,
    existing: plan.people,
  });
  const preview = { ...built, rows: built.rows.map((r) => (actions[r.row] ? { ...r, action: actions[r.row]! } : r)) };
  const ranks = rankRows(preview.rows, request.rankBy, request.tables, plan.people, request.defaultSide);
  const seats = ownExport
    ? findSeats(plan, rows, request.dataStart, ownExport.seats)
    : (seatingListSeats(plan, rows, request.headerRow) ?? null);
  return { preview, ranks, seats };
}

export interface DigestRow extends PreviewRow {
  rank?: RowRank;
}

export interface ImportCounts {
  add: number;
  update: number;
  skip: number;
  /** Rows with at least one problem. */
  errors: number;
}

/** What the preview step shows: a window on the rows, and counts over all of them. */
export interface PreviewDigest {
  rows: DigestRow[];
  rowCount: number;
  counts: ImportCounts;
  problems: ImportIssue[];
  problemCount: number;
  skipped: ImportPreview['skipped'];
  skippedCount: number;
  noNameColumn: boolean;
  seatNotes: SeatNote[];
}

export function previewDigest(model: ImportModel, rankBy: RankBy): PreviewDigest {
  const { preview, ranks } = model;
  const problems = preview.rows.flatMap((r) => r.errors);
  return {
    rows: preview.rows.slice(0, DIGEST_LIMITS.rows).map((r) => {
      const rank = rowRank(ranks, r, rankBy);
      return rank ? { ...r, rank } : r;
    }),
    rowCount: preview.rows.length,
    counts: importCounts(preview),
    problems: problems.slice(0, DIGEST_LIMITS.problems),
    problemCount: problems.length,
    skipped: preview.skipped.slice(0, DIGEST_LIMITS.skipped),
    skippedCount: preview.skipped.length,
    noNameColumn: preview.noNameColumn,
    seatNotes: model.seats?.notes ?? [],
  };
}

export function importCounts(preview: ImportPreview): ImportCounts {
  let add = 0;
  let update = 0;
  let skip = preview.skipped.length;
  let errors = 0;
  for (const r of preview.rows) {
    if (r.action === 'add') add++;
    else if (r.action === 'update') update++;
    else skip++;
    if (r.errors.length) errors++;
  }
  return { add, update, skip, errors };
}

/** What confirming does: the people to add and update, the seats to restore, and the rank ties it leaves. */
export interface ImportOutcome {
  changes: ImportChanges;
  seated: Command[];
  /** The first ties (side, rank, names), and how many there are. */
  ties: { side: Side; rank: number; names: string[] }[];
  tieCount: number;
}

const TIES_SHOWN = 5;

export function importOutcome(model: ImportModel, request: PreviewRequest, makeId: IdMaker): ImportOutcome {
  const { plan } = request;
  const changes = importChanges(model.preview, plan.people, request.defaultSide, makeId, {
    by: request.rankBy,
    tables: request.tables,
  });
  const seated = model.seats ? seatCommands(model.preview, changes, model.seats.placements) : [];
  const ties = importTies(plan, changes);
  return {
    changes,
    seated,
    ties: ties.slice(0, TIES_SHOWN).map((t) => ({ side: t.side, rank: t.rank, names: t.people.map((p) => p.name) })),
    tieCount: ties.length,
  };
}

/** Ranks the import leaves shared between two people of a side (never silent: the wizard says so). */
function importTies(plan: Plan, changes: ImportChanges): RankTie[] {
  const patches = new Map(changes.update.map((u) => [u.personId, u.patch]));
  const after = [...plan.people.map((p) => ({ ...p, ...patches.get(p.id) })), ...changes.add];
  return rankTies(after, new Set([...changes.add.map((p) => p.id), ...patches.keys()]));
}
