/**
 * One name size per chart. A seat's name may take up to four lines inside the seat's width (Chinese
 * names split between characters, Latin names at spaces and after hyphens, so words stay whole), and the
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

/** At most this many lines to a name: a hall's rows are deeper than its seats are wide, so a long name grows down. */
export const MAX_LINES = 4;

/** Latin pieces set on one line: a space between words, none after a hyphen (Hohenberg-Schwarzenbach). */
const joinLatin = (parts: string[]) =>
  parts.reduce((line, part) => (line && !line.endsWith('-') ? `${line} ${part}` : line + part), '');

/** Every way of cutting Latin `parts` into `k` lines, the longest first line first (so a tie goes to the one heavier on top). */
function wordSplits(parts: string[], k: number): string[][] {
  if (k === 1) return [[joinLatin(parts)]];
  const out: string[][] = [];
  for (let i = parts.length - k + 1; i >= 1; i--) {
    for (const rest of wordSplits(parts.slice(i), k - 1)) out.push([joinLatin(parts.slice(0, i)), ...rest]);
  }
  return out;
}

/** Chinese characters are all one em: `k` lines as even as they go, the longer ones on top (郭秀/立). */
function charSplit(chars: string[], k: number): string[] {
  const out: string[] = [];
  for (let i = 0, line = 0; line < k; line++) {
    const take = Math.ceil((chars.length - i) / (k - line));
    out.push(chars.slice(i, i + take).join(''));
    i += take;
  }
  return out;
}

/**
 * The ways a name may be set: on one line, or cut into up to MAX_LINES lines at its allowed
 * breaks: a Latin name between words and after a hyphen (Hohenberg-/Schwarzenbach, as the lists
 * break it: a double-barrelled name too wide for any seat made the whole chart illegible), never
 * inside a word; a Chinese name between any two characters, two or more to a line.
 */
function layouts(name: string): string[][] {
  const text = name.trim();
  const words = text.split(/\s+/);
  const latin = words.length > 1 || !/[^\x20-\x7e\u00a0-\u024f]/.test(text);
  const parts = latin ? words.flatMap((w) => w.split(/(?<=-)(?=.)/)) : [...text];
  const out: string[][] = [];
  // At least two characters to a Chinese line (but the last): 欧阳/振华, never a column of single characters.
  const most = Math.min(MAX_LINES, latin ? parts.length : Math.ceil(parts.length / 2));
  for (let k = 1; k <= most; k++) out.push(...(latin ? wordSplits(parts, k) : [charSplit(parts, k)]));
  return out;
}

const linesEm = (lines: string[]) => Math.max(...lines.map(heiEmWidth), 1);

/** How `name` is set at `size` within `width` mm: in the fewest lines that fit, the narrowest such; else as narrow as it goes. */
export function nameLines(name: string, size: number, width: number): string[] {
  const options = layouts(name);
  const room = width - PILL_PAD;
  const narrowest = (list: string[][]) =>
    list.reduce((best, lines) =>
      linesEm(lines) < linesEm(best) || (linesEm(lines) === linesEm(best) && lines.length < best.length) ? lines : best,
    );
  for (let k = 1; k <= MAX_LINES; k++) {
    const fitting = options.filter((lines) => lines.length === k && linesEm(lines) * size <= room);
    if (fitting.length) return narrowest(fitting);
  }
  return narrowest(options);
}

export interface Point {
  x: number;
  y: number;
}

/** A seat number set above the name, inside the pill, at this share of the name's size. */
export const TAG_SCALE = 0.6;

/** A name as drawn: its lines and its pill (centre and size), in mm on paper. */
export interface PlacedName {
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Sets a name (and the seat's number, `tag`, above it) at its seat. Round tables (`centre` given)
 * push the pill outwards until its inner edge sits on the seat, so neighbours spread apart as they
 * would around a real table.
 */
export function placeName(name: string, size: number, seat: Point, pitch: number, centre?: Point, tag?: string): PlacedName {
  const lines = nameLines(name, size, pitch);
  const tagSize = size * TAG_SCALE;
  const w = Math.max(linesEm(lines) * size, tag ? heiEmWidth(tag) * tagSize : 0) + PILL_PAD;
  const h = size * (0.25 + LINE_HEIGHT * lines.length) + (tag ? tagSize * LINE_HEIGHT : 0);
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

/** A seating item on paper: its seated names at their seats (with the seat's number where the chart shows one), its seat pitch, the table centre when round. */
export interface SeatGroup {
  seats: { name: string; at: Point; tag?: string }[];
  pitch: number;
  centre?: Point;
  main: boolean;
}

/** Pills closer than this (mm) read as one. */
const GAP = 0.3;

export const placeSeat = (group: SeatGroup, seat: SeatGroup['seats'][number], size: number): PlacedName =>
  placeName(seat.name, size, seat.at, group.pitch, group.centre, seat.tag);

/**
 * Whether every name of the group fits its own seat at `size`: no pill runs into another's. A
 * sweep along x, so a hall of 3,000 seats compares each pill with its neighbours only.
 */
export function groupFits(group: SeatGroup, size: number): boolean {
  const pills = group.seats.map((s) => placeSeat(group, s, size)).sort((a, b) => a.x - a.w / 2 - (b.x - b.w / 2));
  for (let i = 0; i < pills.length; i++) {
    const a = pills[i]!;
    for (let j = i + 1; j < pills.length; j++) {
      const b = pills[j]!;
      if (b.x - b.w / 2 >= a.x + a.w / 2 + GAP) break;
      if (Math.abs(a.x - b.x) * 2 < a.w + b.w + GAP && Math.abs(a.y - b.y) * 2 < a.h + b.h + GAP) return false;
    }
  }
  return true;
}

/** The smallest distance between two of the points (12 mm when there are fewer than two): how wide a name may be. */
export function nearestPitch(points: Point[]): number {
  const pts = [...points].sort((a, b) => a.x - b.x);
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length && pts[j]!.x - pts[i]!.x < best; j++) {
      best = Math.min(best, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
    }
  }
  return Number.isFinite(best) ? best : 12;
}

export interface ChartNameSizes {
  /** Every name except the main table's. */
  size: number;
  main: number;
  /** Whether every name fits its seat at NAME_MIN_MM or larger. */
  legible: boolean;
}

/** The largest size in [lo, hi] at which every group fits (to 0.05 mm), or undefined when lo does not. */
function largestFitting(
  groups: SeatGroup[],
  lo: number,
  hi: number,
  allowed: (group: SeatGroup, size: number) => boolean = () => true,
): number | undefined {
  const fits = (size: number) => groups.every((g) => groupFits(g, size) && allowed(g, size));
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
  // Rather a smaller size than a short name broken (熊志/强 reads as two people): such breaks only
  // when no legible size keeps every name of three characters or fewer on one line.
  const shortNamesWhole = (g: SeatGroup, at: number) =>
    g.seats.every((s) => [...s.name.trim()].length > 3 || nameLines(s.name, at, g.pitch).length === 1);
  const fitted =
    largestFitting(groups, NAME_MIN_MM, NAME_MAX_MM, shortNamesWhole) ?? largestFitting(groups, NAME_MIN_MM, NAME_MAX_MM);
  const size = fitted ?? NAME_MIN_MM;
  const mains = groups.filter((g) => g.main);
  // The main table grows only while no name takes more lines than at the chart's size: larger
  // type is for reading the principals' names at a glance, not for breaking 熊志强 into 熊志/强.
  const lineCount = (g: SeatGroup, at: number) => g.seats.map((s) => nameLines(s.name, at, g.pitch).length);
  const noMoreLines = (g: SeatGroup, at: number) => {
    const base = lineCount(g, size);
    return lineCount(g, at).every((n, i) => n <= base[i]!);
  };
  const main = mains.length ? (largestFitting(mains, size, size * MAIN_NAME_GROWTH, noMoreLines) ?? size) : size;
  return { size, main, legible: fitted !== undefined };
}

/**
 * One size for names set in boxes of w × h mm (the rostrum chart's seats): the largest, at most
 * `max`, at which every name fits its box on up to MAX_LINES lines; never below NAME_MIN_MM.
 */
export function boxNameSize(names: string[], w: number, h: number, max: number): number {
  const fits = (size: number) =>
    names.every((name) => {
      const lines = nameLines(name, size, w);
      return linesEm(lines) * size <= w - PILL_PAD && lines.length * size * LINE_HEIGHT <= h;
    });
  for (let size = max; size > NAME_MIN_MM; size -= 0.05) if (fits(size)) return size;
  return NAME_MIN_MM;
}
