/**
 * How units fill the free seats of a meeting hall (RULES.md §9), one function per family of
 * arrangements. Every function takes the units in order and the side that comes first (the honour
 * side, or the side the officer chose) and returns each person's seat; nobody is placed twice.
 *
 * Keeping units together: a unit that does not fit the rest of the block row (or area, or line)
 * it would start in, but fits whole in the next one, starts there; the seats it skipped stay free
 * and are used only at the end, by whoever did not fit anywhere else. The split report reads the
 * areas each unit ended up in, so every split is reported whatever caused it.
 */
import { rowOffset } from './rostrum';
import type { HallSeat } from './hall-seats';
import type { Unit } from './unit-order';
import type { EP } from './types';

export type HallSide = 'left' | 'right';

export interface Fill {
  /** Person id → seat label. */
  placed: Map<string, string>;
  unseated: EP[];
}

/** Sort from the first side: the audience's left first when it comes first, else their right. */
const acrossFrom = (first: HallSide) => (a: HallSeat, b: HallSeat) =>
  first === 'left' ? a.lateral - b.lateral : b.lateral - a.lateral;

const areaOf = (s: HallSeat) => `${s.block}/${s.zone}`;

function groupBy<T>(items: T[], key: (t: T) => string | number): T[][] {
  const groups = new Map<string | number, T[]>();
  for (const t of items) {
    const k = key(t);
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  return [...groups.values()];
}

/** The blocks from the first side across. */
function blocksAcross(seats: HallSeat[], first: HallSide): HallSeat[][] {
  const blocks = groupBy(seats, (s) => s.block).sort((a, b) => a[0]!.block - b[0]!.block);
  return first === 'left' ? blocks : blocks.reverse();
}

/** A block's areas (its zones), front-most first. */
function areasOf(block: HallSeat[]): HallSeat[][] {
  return groupBy(block, areaOf).sort((a, b) => Math.min(...a.map((s) => s.row)) - Math.min(...b.map((s) => s.row)));
}

/**
 * Columns of seats that stand one behind another (the same lateral place), each front to back.
 * Seats of one column differ in lateral place only by rounding (a short row's shift is computed
 * apart), so columns are runs of nearly equal places — rounding to a grid would part a column
 * whose place falls on a half step, differently on either side of the hall.
 */
function columnsOf(area: HallSeat[], first: HallSide): HallSeat[][] {
  const columns: HallSeat[][] = [];
  for (const seat of [...area].sort(acrossFrom(first))) {
    const last = columns.at(-1);
    if (last && Math.abs(seat.lateral - last[0]!.lateral) < 1e-6) last.push(seat);
    else columns.push([seat]);
  }
  return columns.map((col) => col.sort((a, b) => a.row - b.row));
}

/**
 * 横排法 (and 蛇形 when `snake`): row after row from the front; in each row block after block from
 * the first side, each block row one segment. 蛇形 turns back at the end of each row.
 */
export function rowSegments(seats: HallSeat[], first: HallSide, snake: boolean): HallSeat[][] {
  const rows = groupBy(seats, (s) => s.row).sort((a, b) => a[0]!.row - b[0]!.row);
  return rows.flatMap((row, i) => {
    const side: HallSide = snake && i % 2 === 1 ? (first === 'left' ? 'right' : 'left') : first;
    return blocksAcross(row, side).map((block) => block.sort(acrossFrom(side)));
  });
}

/** Column fill: block after block from the first side, in each area column after column, each front to back. */
export function columnSegments(seats: HallSeat[], first: HallSide): HallSeat[][] {
  return blocksAcross(seats, first).flatMap((block) => areasOf(block).map((area) => columnsOf(area, first).flat()));
}

/** Fill segments in order, one unit after another (see the file comment on keeping units together). */
export function fillSegments(units: Unit[], segments: HallSeat[][], keep: boolean): Fill {
  const placed = new Map<string, string>();
  const unseated: EP[] = [];
  const skipped: HallSeat[] = [];
  let si = 0;
  let pos = 0;
  const settle = () => {
    while (si < segments.length && pos >= segments[si]!.length) {
      si++;
      pos = 0;
    }
  };
  for (const unit of units) {
    settle();
    const need = unit.people.length;
    const rest = si < segments.length ? segments[si]!.length - pos : 0;
    const beside = segments[si + 1];
    // Rows of one block and zone run on into each other (a unit that does not fit a row continues
    // in the next); only a move into another block or zone splits the unit.
    const acrossAisle = beside !== undefined && areaOf(beside[0]!) !== areaOf(segments[si]![0]!);
    if (keep && need > rest && pos > 0 && acrossAisle && beside.length >= need) {
      skipped.push(...segments[si]!.slice(pos));
      si++;
      pos = 0;
    }
    for (const p of unit.people) {
      settle();
      const seat = segments[si]?.[pos++];
      if (seat) placed.set(p.id, seat.label);
      else unseated.push(p);
    }
  }
  return useSkipped(placed, unseated, skipped);
}

/** Whoever found no seat takes the seats skipped to keep units together, in fill order. */
function useSkipped(placed: Map<string, string>, unseated: EP[], skipped: HallSeat[]): Fill {
  const rest = unseated.slice(skipped.length);
  unseated.slice(0, skipped.length).forEach((p, i) => placed.set(p.id, skipped[i]!.label));
  return { placed, unseated: rest };
}

/**
 * 竖排法: each unit takes a strip of neighbouring columns of one block, the fewest that hold all its
 * members, filled row by row from the front (the unit's head in the front row); seats of the strip
 * it does not need stay free (used only at the end). Strips are laid from the first side across,
 * or from the hall's centre outwards (`centreOut`: the first strip in the centre, the next ones
 * alternately on the first side and the other).
 */
export function fillStrips(
  units: Unit[],
  seats: HallSeat[],
  first: HallSide,
  strips: 'across' | 'centreOut',
  keep: boolean,
): Fill {
  const placed = new Map<string, string>();
  const unseated: EP[] = [];
  const skipped: HallSeat[] = [];
  // The hall's columns in one list from the audience's left.
  const columns = blocksAcross(seats, 'left').flatMap((block) => columnsOf(block, 'left'));
  const used = columns.map(() => false);
  const blockOf = (c: number) => columns[c]![0]!.block;
  const inHall = (c: number) => c >= 0 && c < columns.length;
  const away = (side: HallSide) => (side === 'left' ? -1 : 1);
  /** Unused columns from `c` in direction `step` until they hold `need`; within `c`'s block unless `anyBlock`. */
  const run = (c: number, step: number, need: number, anyBlock: boolean): number[] | undefined => {
    const out: number[] = [];
    let room = 0;
    for (; inHall(c) && room < need; c += step) {
      if (used[c]) continue;
      if (!anyBlock && out.length > 0 && blockOf(c) !== blockOf(out[0]!)) break;
      out.push(c);
      room += columns[c]!.length;
    }
    return room >= need || anyBlock ? out : undefined;
  };
  /** The next unused column from `c` in direction `step`. */
  const nextFree = (c: number, step: number) => {
    while (inHall(c) && used[c]) c += step;
    return c;
  };
  const seatStrip = (unit: Unit, cols: number[]) => {
    const strip = cols.flatMap((c) => columns[c]!).sort((a, b) => a.row - b.row || acrossFrom(first)(a, b));
    unit.people.forEach((p, i) => (strip[i] ? placed.set(p.id, strip[i]!.label) : unseated.push(p)));
    skipped.push(...strip.slice(unit.people.length));
    for (const c of cols) used[c] = true;
  };
  // Every seat reserved or locked: nobody finds a seat here.
  if (columns.length === 0) return { placed, unseated: units.flatMap((u) => u.people) };
  const centre = nearestCentre(columns, first);
  let side: HallSide = first;
  units.forEach((unit, ui) => {
    const need = unit.people.length;
    if (strips === 'centreOut' && ui === 0) return seatStrip(unit, centreStrip(columns, centre, first, need));
    const from = strips === 'across' ? first : side;
    if (strips === 'centreOut') side = side === 'left' ? 'right' : 'left';
    // Across, strips walk away from the first side; centre-out, away from the centre on this side.
    const step = strips === 'across' ? -away(first) : away(from);
    const start = nextFree(strips === 'across' ? (first === 'left' ? 0 : columns.length - 1) : centre, step);
    let cols = run(start, step, need, false);
    if (!cols && keep) {
      // The rest of this block cannot take the unit whole: start at the next block if it can.
      let c = start;
      while (inHall(c) && blockOf(c) === blockOf(start)) c += step;
      const there = run(nextFree(c, step), step, need, false);
      if (there) {
        for (let k = start; k !== c; k += step) if (!used[k]) skipped.push(...columns[k]!);
        for (let k = start; k !== c; k += step) used[k] = true;
        cols = there;
      }
    }
    seatStrip(unit, cols ?? run(start, step, need, true)!);
  });
  // A unit that ran out of columns on its side leaves people over while the other side has
  // columns nobody took: those seats come last, after the skipped ones, from the first side.
  const untouched = columns.filter((_, c) => !used[c]);
  skipped.push(...(first === 'left' ? untouched : untouched.reverse()).flat());
  return useSkipped(placed, unseated, skipped);
}

/** The column nearest the hall's centre line (ties to the first side). */
function nearestCentre(columns: HallSeat[][], first: HallSide): number {
  let best = 0;
  columns.forEach((c, i) => {
    const d = Math.abs(c[0]!.lateral) - Math.abs(columns[best]![0]!.lateral);
    if (d < -1e-6 || (Math.abs(d) <= 1e-6 && (first === 'left' ? c[0]!.lateral < 0 : c[0]!.lateral > 0))) best = i;
  });
  return best;
}

/** The first unit's strip: columns of the centre block around the centre, growing to the first side first. */
function centreStrip(columns: HallSeat[][], centre: number, first: HallSide, need: number): number[] {
  const block = columns[centre]![0]!.block;
  const out = [centre];
  let room = columns[centre]!.length;
  for (let i = 1; room < need && i < columns.length; i++) {
    for (const c of first === 'left' ? [centre - i, centre + i] : [centre + i, centre - i]) {
      if (room >= need || c < 0 || c >= columns.length || columns[c]![0]!.block !== block) continue;
      out.push(c);
      room += columns[c]!.length;
    }
  }
  return out;
}

/**
 * 左右排列法: row after row from the front, and in each row the blocks from the centre out (a
 * block's centre is its own). In a block row the first unit takes the centre, the next units
 * alternate to either side of it, the first side first (居中者的左手方为第一顺序 under government);
 * within a unit its members sit centre-out the same way, as on a rostrum.
 */
export function fillCentreOut(units: Unit[], seats: HallSeat[], first: HallSide, keep: boolean): Fill {
  const placed = new Map<string, string>();
  const unseated: EP[] = [];
  const skipped: HallSeat[] = [];
  const lines = groupBy(seats, (s) => s.row)
    .sort((a, b) => a[0]!.row - b[0]!.row)
    .flatMap((row) => blocksCentreOut(row, first).map((b) => b.sort((x, y) => x.lateral - y.lateral)));
  const s = first === 'right' ? 1 : -1;
  let li = 0;
  // Taken span [lo, hi) of the current line, and the side the next unit goes to.
  let lo = 0;
  let hi = 0;
  let next: HallSide = first;
  // The seats a line leaves, from the first side (lines run from the audience's left).
  const leftOver = (line: HallSeat[], from: number, to: number) => {
    const rest = [...line.slice(0, from), ...line.slice(to)];
    return first === 'left' ? rest : rest.reverse();
  };
  const nextLine = () => {
    const line = lines[li]!;
    skipped.push(...leftOver(line, lo, hi));
    li++;
    lo = hi = 0;
    next = first;
  };
  const room = (side: HallSide) => (side === 'left' ? lo : lines[li]!.length - hi);
  const seatSpan = (people: EP[], from: number) => {
    const span = lines[li]!.slice(from, from + people.length);
    const k = span.length;
    people.forEach((p, i) => {
      const at = (k - 1) / 2 + rowOffset(i + 1, k, s);
      placed.set(p.id, span[Math.round(at)]!.label);
    });
  };
  const placeIn = (people: EP[]): boolean => {
    const line = lines[li]!;
    const k = people.length;
    if (hi === lo) {
      if (k > line.length) return false;
      const spare = line.length - k;
      lo = first === 'left' ? Math.floor(spare / 2) : Math.ceil(spare / 2);
      hi = lo + k;
      seatSpan(people, lo);
      return true;
    }
    for (const side of [next, next === 'left' ? 'right' : 'left'] as HallSide[]) {
      if (room(side) < k) continue;
      if (side === 'left') {
        lo -= k;
        seatSpan(people, lo);
      } else {
        seatSpan(people, hi);
        hi += k;
      }
      if (side === next) next = next === 'left' ? 'right' : 'left';
      return true;
    }
    return false;
  };
  for (const unit of units) {
    let rest = unit.people;
    let started = false;
    while (rest.length > 0 && li < lines.length) {
      if (placeIn(rest)) {
        rest = [];
        break;
      }
      const nextFits = (lines[li + 1]?.length ?? 0) >= rest.length;
      if (keep && !started && nextFits) {
        nextLine();
        continue;
      }
      // Split: what fits in this line (on one side of the units already there), the rest in the next lines.
      const fit = hi === lo ? lines[li]!.length : Math.max(room('left'), room('right'));
      if (fit > 0) {
        placeIn(rest.slice(0, fit));
        rest = rest.slice(fit);
        started = true;
      }
      nextLine();
    }
    unseated.push(...rest);
  }
  if (li < lines.length) skipped.push(...leftOver(lines[li]!, lo, hi), ...lines.slice(li + 1).flatMap((l) => leftOver(l, 0, 0)));
  return useSkipped(placed, unseated, skipped);
}

/** A row's blocks from the centre out: the one nearest the centre line first, then alternately the first side. */
function blocksCentreOut(row: HallSeat[], first: HallSide): HallSeat[][] {
  const blocks = groupBy(row, (s) => s.block);
  const mid = (b: HallSeat[]) => b.reduce((sum, s) => sum + s.lateral, 0) / b.length;
  const towardFirst = (m: number) => (first === 'left' ? m < 0 : m > 0);
  return blocks.sort((a, b) => {
    const d = Math.abs(mid(a)) - Math.abs(mid(b));
    if (Math.abs(d) > 1e-6) return d;
    return (towardFirst(mid(a)) ? 0 : 1) - (towardFirst(mid(b)) ? 0 : 1);
  });
}
