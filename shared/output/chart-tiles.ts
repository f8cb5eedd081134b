/**
 * A chart whose names are not legible on one A3 sheet is split over sheets of A4 at the scale
 * where they are (a poster's tiles): a grid of pages, each showing a window of the hall, every two
 * neighbours printing the same band of `overlap` mm along their shared edge, so the pages are
 * laid over each other there and taped. The overlap is at least as wide as the largest name, so
 * every name is whole on at least one page. Pure arithmetic; the chart view draws the pages, the
 * marks in the overlaps and the key map (which page shows which part of the hall).
 */
import { boxCentre, drawingArea, layoutAt, STANDARD_SCALES, type Box, type ChartLayout } from './chart-layout';
import { sheetOf, type PaperName, type Sheet } from './paper';

export interface Tile {
  /** 0-based row (top to bottom) and column (left to right) in the grid of pages. */
  row: number;
  col: number;
  /** A1, A2 … B1: the row's letter and the column's number, as the key map shows them. */
  label: string;
  /** The page: the chart's scale with this tile's window centred in the drawing area. */
  layout: ChartLayout;
  /** The part of the world the page shows, in metres. */
  window: Box;
}

export interface TiledChart {
  scale: number;
  /** mm of drawing two neighbouring pages both print along their shared edge. */
  overlap: number;
  rows: number;
  cols: number;
  /** Row by row, left to right. */
  tiles: Tile[];
}

/** A, B … Z, AA, AB …: a spreadsheet's column letters, for the rows of pages. */
export function rowLetters(row: number): string {
  let s = '';
  for (let r = row + 1; r > 0; r = Math.floor((r - 1) / 26)) s = String.fromCharCode(65 + ((r - 1) % 26)) + s;
  return s;
}

export const tileLabel = (row: number, col: number) => `${rowLetters(row)}${col + 1}`;

/**
 * The largest standard scale (the smallest drawing, the fewest pages) at which `legible` holds,
 * or undefined when not even the largest drawing is legible. Legibility depends on the scale only.
 */
export function legibleScale(world: Box, legible: (layout: ChartLayout) => boolean, sheet: Sheet): number | undefined {
  return [...STANDARD_SCALES].reverse().find((s) => legible(layoutAt(sheet, s, boxCentre(world))));
}

/** How many pages of `span` mm of drawing take, each `room` mm wide, neighbours sharing `overlap`. */
const pagesFor = (span: number, room: number, overlap: number) => Math.max(1, Math.ceil((span - overlap) / (room - overlap)));

/**
 * The world at 1:scale over the fewest pages of `paper` (portrait on a tie), neighbours overlapping
 * by `overlap` mm. A page is left out unless its core `shows` something: its window less half the
 * overlap towards each neighbour in the grid. The cores tile the world without gaps or overlaps, so
 * whatever lies within half the overlap of a point of some core is whole on that core's page.
 */
export function tileChart(
  world: Box,
  scale: number,
  overlap: number,
  shows: (core: Box) => boolean = () => true,
  paper: PaperName = 'A4',
): TiledChart {
  const k = 1000 / scale;
  const grids = (['portrait', 'landscape'] as const).map((orientation) => {
    const sheet = sheetOf(paper, orientation);
    const area = drawingArea(sheet);
    const room = { w: area.x1 - area.x0, h: area.y1 - area.y0 };
    const cols = pagesFor((world.x1 - world.x0) * k, room.w, overlap);
    const rows = pagesFor((world.y1 - world.y0) * k, room.h, overlap);
    return { sheet, room, cols, rows };
  });
  const { sheet, room, cols, rows } = grids.reduce((a, b) => (b.cols * b.rows < a.cols * a.rows ? b : a));
  // Windows in metres: each page's room, stepped by the room less the overlap, the grid centred on the world.
  const win = { w: room.w / k, h: room.h / k };
  const step = { w: (room.w - overlap) / k, h: (room.h - overlap) / k };
  const centre = boxCentre(world);
  const x0 = centre.x - ((cols - 1) * step.w + win.w) / 2;
  const y0 = centre.y - ((rows - 1) * step.h + win.h) / 2;
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const window = {
        x0: x0 + col * step.w,
        y0: y0 + row * step.h,
        x1: x0 + col * step.w + win.w,
        y1: y0 + row * step.h + win.h,
      };
      const core = {
        x0: window.x0 + (col > 0 ? overlap / 2 / k : 0),
        y0: window.y0 + (row > 0 ? overlap / 2 / k : 0),
        x1: window.x1 - (col < cols - 1 ? overlap / 2 / k : 0),
        y1: window.y1 - (row < rows - 1 ? overlap / 2 / k : 0),
      };
      if (shows(core))
        tiles.push({ row, col, label: tileLabel(row, col), layout: layoutAt(sheet, scale, boxCentre(window)), window });
    }
  }
  return { scale, overlap, rows, cols, tiles };
}

/** The tile beside `tile` on each side, where there is one. */
export function neighbours(chart: TiledChart, tile: Tile): { side: 'top' | 'right' | 'bottom' | 'left'; tile: Tile }[] {
  const at = (row: number, col: number) => chart.tiles.find((t) => t.row === row && t.col === col);
  const around = [
    ['top', at(tile.row - 1, tile.col)],
    ['right', at(tile.row, tile.col + 1)],
    ['bottom', at(tile.row + 1, tile.col)],
    ['left', at(tile.row, tile.col - 1)],
  ] as const;
  return around.flatMap(([side, t]) => (t ? [{ side, tile: t }] : []));
}

/** Whether two boxes share any area. */
export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
