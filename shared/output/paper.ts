/**
 * Paper sizes and the arithmetic of laying cards out on a sheet. Millimetres throughout: print
 * views are sized in mm so that what the officer measures on paper is what the view says.
 */

export type PaperName = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export const PAPER_MM: Record<PaperName, { w: number; h: number }> = {
  A4: { w: 210, h: 297 },
  A3: { w: 297, h: 420 },
};

export interface Sheet {
  paper: PaperName;
  orientation: Orientation;
  /** Page width and height in mm, orientation applied. */
  w: number;
  h: number;
}

export function sheetOf(paper: PaperName, orientation: Orientation): Sheet {
  const { w, h } = PAPER_MM[paper];
  return orientation === 'portrait' ? { paper, orientation, w, h } : { paper, orientation, w: h, h: w };
}

/** Ordinary office printers cannot print closer than about 5 mm to the edge. */
export const PRINTABLE_MARGIN_MM = 5;

export interface Grid {
  sheet: Sheet;
  cols: number;
  rows: number;
  /** Top-left of the first cell, and the pitch between cells, in mm. */
  x0: number;
  y0: number;
  dx: number;
  dy: number;
}

/**
 * The grid that fits the most items of w×h (plus a gap for cut marks) on the paper, trying both
 * orientations; portrait wins ties. Undefined when not even one fits.
 */
export function bestGrid(paper: PaperName, w: number, h: number, gap: number): Grid | undefined {
  let best: Grid | undefined;
  for (const orientation of ['portrait', 'landscape'] as const) {
    const sheet = sheetOf(paper, orientation);
    const usableW = sheet.w - 2 * PRINTABLE_MARGIN_MM;
    const usableH = sheet.h - 2 * PRINTABLE_MARGIN_MM;
    const cols = Math.floor((usableW + gap) / (w + gap));
    const rows = Math.floor((usableH + gap) / (h + gap));
    if (cols < 1 || rows < 1) continue;
    if (best && cols * rows <= best.cols * best.rows) continue;
    const blockW = cols * w + (cols - 1) * gap;
    const blockH = rows * h + (rows - 1) * gap;
    best = { sheet, cols, rows, x0: (sheet.w - blockW) / 2, y0: (sheet.h - blockH) / 2, dx: w + gap, dy: h + gap };
  }
  return best;
}

export function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
