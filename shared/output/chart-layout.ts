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
  /** A world length in metres → mm on paper. */
  mm(metres: number): number;
}

export const CHART_MARGIN = 10;
export const CHART_HEAD = 16;
export const CHART_FOOT = 14;

function fit(world: Box, paper: PaperName, orientation: 'portrait' | 'landscape'): ChartLayout {
  const sheet = sheetOf(paper, orientation);
  const area = {
    x0: CHART_MARGIN,
    y0: CHART_MARGIN + CHART_HEAD,
    x1: sheet.w - CHART_MARGIN,
    y1: sheet.h - CHART_MARGIN - CHART_FOOT,
  };
  const ww = Math.max(world.x1 - world.x0, 0.5);
  const wh = Math.max(world.y1 - world.y0, 0.5);
  const needed = Math.max((ww * 1000) / (area.x1 - area.x0), (wh * 1000) / (area.y1 - area.y0));
  const scale = STANDARD_SCALES.find((s) => s >= needed) ?? Math.ceil(needed / 500) * 500;
  const k = 1000 / scale;
  // Centre the drawing in the area.
  const ox = (area.x0 + area.x1) / 2 - ((world.x0 + world.x1) / 2) * k;
  const oy = (area.y0 + area.y1) / 2 - ((world.y0 + world.y1) / 2) * k;
  return { sheet, scale, area, toPage: (p) => ({ x: ox + p.x * k, y: oy + p.y * k }), mm: (m) => m * k };
}

/**
 * The largest standard scale on the first paper (either way round) at which `legible` holds, else
 * on the next paper; when none is legible, the last paper's (the caller then prints it at its
 * minimum sizes).
 */
export function chooseLayout(
  world: Box,
  legible: (layout: ChartLayout) => boolean,
  papers: PaperName[] = ['A4', 'A3'],
): ChartLayout {
  const best = (paper: PaperName) =>
    [fit(world, paper, 'portrait'), fit(world, paper, 'landscape')].sort((a, b) => a.scale - b.scale)[0]!;
  const candidates = papers.map(best);
  return candidates.find(legible) ?? candidates.at(-1)!;
}
