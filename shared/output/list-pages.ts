/**
 * Per-table lists laid out by arithmetic: each table a block of its heading and seat rows, packed
 * into two columns on A4 portrait so that a table never breaks across a page and every printer
 * gives the same pages. Pure; renderer/src/print/lists.tsx draws the blocks where this puts them.
 */
import { sheetOf } from './paper';
import type { SeatingItem } from './plan-data';

/** The list page's measures, mm: page margin, title band, gap between blocks, block heading, row. */
export const LIST_BLOCK = { margin: 12, title: 16, gap: 4, head: 7, row: 5.4 };
const { margin: MARGIN, title: TITLE_H, gap: GAP, head: HEAD_H, row: ROW_H } = LIST_BLOCK;

export interface Placed {
  entry: SeatingItem;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Packs the blocks top to bottom, column after column, page after page. */
export function packBlocks(entries: SeatingItem[], cols = 2): Placed[][] {
  const sheet = sheetOf('A4', 'portrait');
  const colW = (sheet.w - 2 * MARGIN - (cols - 1) * GAP) / cols;
  const top = MARGIN + TITLE_H;
  const bottom = sheet.h - MARGIN;
  const pages: Placed[][] = [[]];
  let col = 0;
  let y = top;
  for (const entry of entries) {
    const h = HEAD_H + Math.max(entry.seats.length, 1) * ROW_H + 1;
    if (y + h > bottom && y > top) {
      col++;
      y = top;
      if (col >= cols) {
        pages.push([]);
        col = 0;
      }
    }
    pages.at(-1)!.push({ entry, x: MARGIN + col * (colW + GAP), y, w: colW, h });
    y += h + GAP;
  }
  return pages;
}
