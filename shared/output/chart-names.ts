/**
 * One name size per chart. A seat's name may take two lines inside the seat's width (Chinese
 * names split between characters, Latin names only at spaces, so words stay whole), and the
 * chart's size is the largest at which every seat's name fits that way. The size never goes below
 * NAME_MIN_MM: a layout that would need smaller is not legible, and the chart takes bigger paper.
 * Sizes are in mm (the charts are drawn in mm).
 */
import { heiEmWidth } from './text-fit';

const PT_MM = 25.4 / 72;

/**
 * 8 pt: the smallest size a 黑体 name on an office laser print is read at arm's length without
 * squinting (the size of fine print on forms); everything smaller reads as a grey smudge in
 * complex characters such as 鑫 or 馨.
 */
export const NAME_MIN_MM = 8 * PT_MM;
/** 10 pt: larger names only crowd the drawing; a chart with room to spare stays at this size. */
export const NAME_MAX_MM = 10 * PT_MM;
/** The main table's names may be drawn up to this much larger than the rest (≤ 1/0.7). */
export const MAIN_NAME_GROWTH = 1.3;
/** Pill padding around a name, mm. */
export const PILL_PAD = 1.2;
/** Baseline to baseline, in font sizes. */
export const LINE_HEIGHT = 1.15;

/** The ways a name may be set: on one line, or split in two at each allowed break. */
function layouts(name: string): string[][] {
  const text = name.trim();
  const out: string[][] = [[text]];
  const words = text.split(/\s+/);
  if (words.length > 1) {
    for (let i = 1; i < words.length; i++) out.push([words.slice(0, i).join(' '), words.slice(i).join(' ')]);
    return out;
  }
  // No spaces: a Chinese name may break between characters, a single Latin word never.
  const chars = [...text];
  if (chars.length > 1 && /[^\x20-\x7e\u00a0-\u024f]/.test(text)) {
    const half = Math.ceil(chars.length / 2);
    out.push([chars.slice(0, half).join(''), chars.slice(half).join('')]);
  }
  return out;
}

const linesEm = (lines: string[]) => Math.max(...lines.map(heiEmWidth), 1);

/** How `name` is set at `size` within `width` mm: one line when it fits, else the narrowest split. */
export function nameLines(name: string, size: number, width: number): string[] {
  const options = layouts(name);
  const room = width - PILL_PAD;
  if (heiEmWidth(options[0]![0]!) * size <= room) return options[0]!;
  return options.reduce((best, lines) => (linesEm(lines) < linesEm(best) ? lines : best));
}

export interface Point {
  x: number;
  y: number;
}

/** A name as drawn: its lines and its pill (centre and size), in mm on paper. */
export interface PlacedName {
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Sets a name at its seat. Round tables (`centre` given) push the pill outwards until its inner
 * edge sits on the seat, so neighbours spread apart as they would around a real table.
 */
export function placeName(name: string, size: number, seat: Point, pitch: number, centre?: Point): PlacedName {
  const lines = nameLines(name, size, pitch);
  const w = linesEm(lines) * size + PILL_PAD;
  const h = size * (0.25 + LINE_HEIGHT * lines.length);
  let { x, y } = seat;
  if (centre) {
    const dx = seat.x - centre.x;
    const dy = seat.y - centre.y;
    const d = Math.hypot(dx, dy) || 1;
    const push = (Math.abs(dx / d) * w) / 2 + (Math.abs(dy / d) * h) / 2 - 1.2;
    x += (dx / d) * push;
    y += (dy / d) * push;
  }
  return { lines, x, y, w, h };
}

/** A seating item on paper: its seated names at their seats, its seat pitch, the table centre when round. */
export interface SeatGroup {
  seats: { name: string; at: Point }[];
  pitch: number;
  centre?: Point;
  main: boolean;
}

/** Pills closer than this (mm) read as one. */
const GAP = 0.3;

/** Whether every name of the group fits its own seat at `size`: no pill runs into another's. */
export function groupFits(group: SeatGroup, size: number): boolean {
  const pills = group.seats.map((s) => placeName(s.name, size, s.at, group.pitch, group.centre));
  for (let i = 0; i < pills.length; i++) {
    const a = pills[i]!;
    for (let j = i + 1; j < pills.length; j++) {
      const b = pills[j]!;
      if (Math.abs(a.x - b.x) * 2 < a.w + b.w + GAP && Math.abs(a.y - b.y) * 2 < a.h + b.h + GAP) return false;
    }
  }
  return true;
}

export interface ChartNameSizes {
  /** Every name except the main table's. */
  size: number;
  main: number;
  /** Whether every name fits its seat at NAME_MIN_MM or larger. */
  legible: boolean;
}

/** The largest size in [lo, hi] at which every group fits (to 0.05 mm), or undefined when lo does not. */
function largestFitting(groups: SeatGroup[], lo: number, hi: number): number | undefined {
  const fits = (size: number) => groups.every((g) => groupFits(g, size));
  if (!fits(lo)) return undefined;
  if (fits(hi)) return hi;
  let ok = lo;
  let bad = hi;
  while (bad - ok > 0.05) {
    const mid = (ok + bad) / 2;
    if (fits(mid)) ok = mid;
    else bad = mid;
  }
  return ok;
}

/**
 * The one size at which every name fits its seat (at most NAME_MAX_MM; held at NAME_MIN_MM when
 * even that does not fit, and then not legible), and the main table's, up to MAIN_NAME_GROWTH larger.
 */
export function chartNameSizes(groups: SeatGroup[]): ChartNameSizes {
  const fitted = largestFitting(groups, NAME_MIN_MM, NAME_MAX_MM);
  const size = fitted ?? NAME_MIN_MM;
  const mains = groups.filter((g) => g.main);
  const main = mains.length ? (largestFitting(mains, size, size * MAIN_NAME_GROWTH) ?? size) : size;
  return { size, main, legible: fitted !== undefined };
}
