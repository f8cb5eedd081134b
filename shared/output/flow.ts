/**
 * Flowing blocks of known height into columns and pages by arithmetic (top to bottom, column after
 * column, page after page), so a block never breaks and every printer gives the same pages. Used by
 * the kitchen sheet (one column of table blocks) and the entrance index (columns of names under
 * letter headings, each kept with its first rows and repeated where its group runs on).
 */

export interface Flowed<T> {
  item: T;
  /** Column on its page, from 0. */
  col: number;
  /** Top of the block, mm from the top of the page. */
  y: number;
}

export interface FlowFrame {
  /** Where blocks start and must end on a page, mm from its top. */
  top: number;
  bottom: number;
  cols: number;
  /** Space below each block, mm. */
  gap: number;
}

/** How blocks hold together across a column break. */
export interface FlowRules<T> {
  /** How many blocks after this one must share its column (a heading keeps its first rows). */
  keepsWith?: (item: T) => number;
  /** A block to set first in a column that opens with this one (a group's heading, marked continued). */
  carriedOver?: (item: T) => T | undefined;
}

/**
 * Pages of placed blocks. A block that keeps with n blocks moves on with them rather than stand
 * alone, or nearly so, at the foot of a column; a column that opens inside a group starts with the
 * block `carriedOver` gives. A block taller than a column gets one to itself.
 */
export function flowColumns<T>(
  items: readonly T[],
  height: (item: T) => number,
  frame: FlowFrame,
  { keepsWith = () => 0, carriedOver = () => undefined }: FlowRules<T> = {},
): Flowed<T>[][] {
  const pages: Flowed<T>[][] = [[]];
  let col = 0;
  let y = frame.top;
  const place = (item: T) => {
    pages.at(-1)!.push({ item, col, y });
    y += height(item) + frame.gap;
  };
  items.forEach((item, i) => {
    const kept = items.slice(i + 1, i + 1 + keepsWith(item));
    const need = kept.reduce((sum, next) => sum + frame.gap + height(next), height(item));
    if (y + need > frame.bottom && y > frame.top) {
      y = frame.top;
      if (++col >= frame.cols) {
        pages.push([]);
        col = 0;
      }
      const carried = carriedOver(item);
      if (carried !== undefined) place(carried);
    }
    place(item);
  });
  return pages;
}
