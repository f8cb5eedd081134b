/**
 * What the import wizard would do with a sheet when the officer accepts every guess: the header
 * found, the columns mapped by their header words, every row's action, fields, side and rank
 * with its source, and every problem. `npm run people` prints it; tests read it.
 */
import type { Person, Side } from '../model/types';
import { detectHeader } from './header';
import { guessMapping, type ColumnMapping } from './mapping';
import { ownExportHeaders, unguardCell } from './own-export';
import { buildPreview, type ImportPreview, type PreviewRow } from './preview';
import {
  DEFAULT_PRECEDENCE_TABLES,
  defaultRankBy,
  rankRows,
  rowRank,
  rowSide,
  type PrecedenceTables,
  type RankBy,
  type RowRank,
} from './ranking';

export interface ListReportOptions {
  /** Default: the rank column when one is mapped, otherwise list order (as the wizard). */
  rankBy?: RankBy;
  tables?: PrecedenceTables;
  /** The side of rows that name none and sit under no section heading (the wizard's default: guest). */
  defaultSide?: Side;
  /** The plan's people, for add / update; none = a new plan. */
  existing?: Person[];
  hiddenColumns?: readonly number[];
}

export interface ReportRow extends PreviewRow {
  /** The side the person gets: their own, their section's, or the default. */
  side: Side;
  /** Absent for a row that is skipped or updates someone (who keeps their rank unless the rank column gives one). */
  rank?: RowRank;
}

export interface ListReport {
  /** 0-based first header row, and how many rows the header spans. */
  headerRow: number;
  headerRows: 1 | 2;
  headers: string[];
  mapping: ColumnMapping;
  rankBy: RankBy;
  rows: ReportRow[];
  skipped: ImportPreview['skipped'];
  noNameColumn: boolean;
}

export function listReport(sheetRows: string[][], options: ListReportOptions = {}): ListReport {
  const header = detectHeader(sheetRows);
  // Our own people export maps label for label, its cells without the formula guard (as the wizard).
  const own = ownExportHeaders(header.headers);
  const rows = own ? sheetRows.map((r) => r.map(unguardCell)) : sheetRows;
  const mapping = own?.mapping ?? guessMapping(header.headers, {}, options.hiddenColumns);
  const rankBy = options.rankBy === 'column' && !mapping.includes('rank') ? 'list' : (options.rankBy ?? defaultRankBy(mapping));
  const defaultSide = options.defaultSide ?? 'guest';
  const existing = options.existing ?? [];
  const preview = buildPreview({ rows, dataStart: header.row + header.rows, headers: header.headers, mapping, existing });
  const ranks = rankRows(preview.rows, rankBy, options.tables ?? DEFAULT_PRECEDENCE_TABLES, existing, defaultSide);
  return {
    headerRow: header.row,
    headerRows: header.rows,
    headers: header.headers,
    mapping,
    rankBy,
    rows: preview.rows.map((r) => {
      const rank = rowRank(ranks, r, rankBy);
      return { ...r, side: rowSide(r, defaultSide), ...(rank ? { rank } : {}) };
    }),
    skipped: preview.skipped,
    noNameColumn: preview.noNameColumn,
  };
}
