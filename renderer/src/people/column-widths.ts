/**
 * Column widths of the people table, from its text rather than from the DOM. The table shows a
 * window of rows (row-window.ts), so the browser cannot size columns to their content: a fixed
 * layout with widths from every row's text keeps columns steady while scrolling, and costs a
 * string scan instead of laying out every cell.
 */
import { displayWidth } from '../../../shared/people';
import type { Person } from '../../../shared/model/types';
import type { Column, ColumnKey } from './columns';

/** 13px text: about 7px per display unit (a CJK character counts two), plus padding and border. */
const PX_PER_UNIT = 7;
const CELL_PADDING = 8;
/** As wide as a cell may grow before its text is cut with an ellipsis (people.css). */
const MAX_WIDTH = 220;

export function columnWidths(
  columns: Column[],
  rows: Person[],
  text: (p: Person, key: ColumnKey) => string,
  label: (col: Column) => string,
  /** For columns of a few words (side, attendance …): the stored value, so each word is measured once. */
  choice?: (p: Person, col: Column) => string | undefined,
): number[] {
  // A column this wide is already at MAX_WIDTH: the remaining rows cannot widen it.
  const widestUseful = (MAX_WIDTH - CELL_PADDING) / PX_PER_UNIT;
  return columns.map((col) => {
    // Header: the label plus the sort arrow.
    let widest = displayWidth(label(col)) + 2;
    const seen = new Set<string>();
    for (const p of rows) {
      const stored = choice?.(p, col);
      if (stored !== undefined) {
        if (seen.has(stored)) continue;
        seen.add(stored);
      }
      const value = text(p, col.key);
      // A string is at most two units per code unit: most cells need no character scan.
      if (value.length * 2 <= widest) continue;
      const units = displayWidth(value);
      if (units > widest) widest = units;
      if (widest >= widestUseful) break;
    }
    return Math.min(MAX_WIDTH, Math.max(col.width, Math.ceil(widest * PX_PER_UNIT + CELL_PADDING)));
  });
}
