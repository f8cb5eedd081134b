/**
 * Choosing paper, orientation and a standard scale for a drawing of a venue, and the mapping from
 * world metres to paper millimetres.
 */
import { sheetOf, type PaperName, type Sheet } from './paper';

export const STANDARD_SCALES = [20, 25, 50, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2000];

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ChartLayout {
  sheet: Sheet;
  /** 1:scale. */
  scale: number;
  /** The drawing area on the page, mm. */
  area: Box;
  /** World metres → page millimetres. */
  toPage(p: { x: number; y: number }): { x: number; y: number };
  /** Page millimetres → world metres. */
  toWorld(p: { x: number; y: number }): { x: number; y: number };
  /** A world length in metres → mm on paper. */
  mm(metres: number): number;
}

export const CHART_MARGIN = 10;
export const CHART_HEAD = 16;
export const CHART_FOOT = 14;

/** The drawing area of a chart page: inside the margins, below the header, above the legend. */
export function drawingArea(sheet: Sheet): Box {
  return {
    x0: CHART_MARGIN,
    y0: CHART_MARGIN + CHART_HEAD,
    x1: sheet.w - CHART_MARGIN,
    y1: sheet.h - CHART_MARGIN - CHART_FOOT,
  };
}

/** The world at 1:scale on `sheet`, the world point `centre` at the centre of the drawing area. */
export function layoutAt(sheet: Sheet, scale: number, centre: { x: number; y: number }): ChartLayout {
  const area = drawingArea(sheet);
  const k = 1000 / scale;
  const ox = (area.x0 + area.x1) / 2 - centre.x * k;
  const oy = (area.y0 + area.y1) / 2 - centre.y * k;
  return {
    sheet,
    scale,
    area,
    toPage: (p) => ({ x: ox + p.x * k, y: oy + p.y * k }),
    toWorld: (p) => ({ x: (p.x - ox) / k, y: (p.y - oy) / k }),
    mm: (m) => m * k,
  };
}

export const boxCentre = (b: Box) => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });

/** The largest standard scale at which the whole world fits the sheet's drawing area, centred. */
export function fit(world: Box, sheet: Sheet): ChartLayout {
  const area = drawingArea(sheet);
  const ww = Math.max(world.x1 - world.x0, 0.5);
  const wh = Math.max(world.y1 - world.y0, 0.5);
  const needed = Math.max((ww * 1000) / (area.x1 - area.x0), (wh * 1000) / (area.y1 - area.y0));
  const scale = STANDARD_SCALES.find((s) => s >= needed) ?? Math.ceil(needed / 500) * 500;
  return layoutAt(sheet, scale, boxCentre(world));
}

/**
 * The largest standard scale on the first paper (either way round) at which `legible` holds, else
 * on the next paper; undefined when it holds on none (the chart is then split over pages,
 * chart-tiles.ts).
 */
export function chooseLayout(
  world: Box,
  legible: (layout: ChartLayout) => boolean,
  papers: PaperName[] = ['A4', 'A3'],
): ChartLayout | undefined {
  const best = (paper: PaperName) =>
    [fit(world, sheetOf(paper, 'portrait')), fit(world, sheetOf(paper, 'landscape'))].sort((a, b) => a.scale - b.scale)[0]!;
  return papers.map(best).find(legible);
}
