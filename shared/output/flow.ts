/**
 * Flowing blocks of known height into columns and pages by arithmetic (top to bottom, column after
 * column, page after page), so a block never breaks and every printer gives the same pages. Used by
 * the kitchen sheet (one column of table blocks) and the entrance index (columns of names under
 * letter headings).
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

/**
 * Pages of placed blocks. A block marked `keepWithNext` (a heading) moves on with the block after
 * it rather than stand alone at the foot of a column. A block taller than a column gets one to itself.
 */
export function flowColumns<T>(
  items: readonly T[],
  height: (item: T) => number,
  frame: FlowFrame,
  keepWithNext: (item: T) => boolean = () => false,
): Flowed<T>[][] {
  const pages: Flowed<T>[][] = [[]];
  let col = 0;
  let y = frame.top;
  items.forEach((item, i) => {
    const next = items[i + 1];
    const need = height(item) + (keepWithNext(item) && next !== undefined ? frame.gap + height(next) : 0);
    if (y + need > frame.bottom && y > frame.top) {
      y = frame.top;
      if (++col >= frame.cols) {
        pages.push([]);
        col = 0;
      }
    }
    pages.at(-1)!.push({ item, col, y });
    y += height(item) + frame.gap;
  });
  return pages;
}
