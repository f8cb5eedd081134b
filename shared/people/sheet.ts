/**
 * One sheet of an imported list as rows of text (what every reader produces and header detection,
 * mapping and the preview consume), and the limits every form of list is held to.
 */
import { IMPORT_LIMITS, IMPORT_MAX_BYTES } from '../model/limits';

export interface SheetRows {
  name: string;
  rows: string[][];
  /** 0-based indexes of the columns the sheet hides (an old 原排序 kept for reference); text has none. */
  hiddenColumns: number[];
}

/** A list past the row or column limit. */
export type LimitProblem = 'tooManyRows' | 'tooManyColumns';

/** Why a list was not read. Each names its limit or cause to the officer. */
export type ReadProblem = 'notWorkbook' | 'tooLarge' | LimitProblem;

/** The size limit, checked before anything is parsed. */
export function tooLarge(byteLength: number): boolean {
  return byteLength > IMPORT_MAX_BYTES;
}

/** Rows and columns past the limits, counting only what holds text (formatting alone never counts). */
export function overLimit(rows: readonly (readonly string[])[]): LimitProblem | undefined {
  let lastFilled = -1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let width = row.length;
    while (width > 0 && row[width - 1] === '') width--;
    if (width > IMPORT_LIMITS.columns) return 'tooManyColumns';
    if (width > 0) lastFilled = r;
  }
  return lastFilled + 1 > IMPORT_LIMITS.rows ? 'tooManyRows' : undefined;
}

/** A row without its empty cells at the end (a reader's cell count follows formatting, not text). */
export function trimTrailing(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

/** The rows up to the last one holding text. */
export function trimTrailingRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1]!.every((c) => c.trim() === '')) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}
