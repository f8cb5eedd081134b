/**
 * Rostrum / head table rows (主席台), RULES.md §3, theatre/classroom audience blocks (§4) and group
 * photos (§7). Labels are `row:col`, row 1 = front. On a rostrum and in a photo `col` counts from
 * the audience's (camera's) left, which is the row's own right; in an audience block it counts
 * from the seated audience's own left as they face the stage.
 */
import type { Convention, RostrumItem, Scene, SeatBlockItem } from '../model/types';
import { local } from './geometry';
import { byPrecedence, ofSide, sorted } from './people';
import { r, seatRef, unseatedWarning } from './reasons';
import { emptyOutcome, type EP, type ItemJob, type ItemOutcome, type Reason, type SeatGeom } from './types';

/**
 * Offset of rank k (1-based) from the centre of a row of n, in the row's own frame (+ = their
 * right): s = +1 for 以右为尊 (commercial), −1 for 以左为尊 (government).
 */
export function rowOffset(k: number, n: number, s: number, stageView = false): number {
  if (n % 2 === 1) {
    if (k === 1) return 0;
    return (k % 2 === 0 ? s : -s) * Math.floor(k / 2);
  }
  // evenRostrum 'stageView' reads even rows the other way round (the minority reading).
  const t = stageView ? -s : s;
  return (k % 2 === 1 ? -t : t) * (Math.ceil(k / 2) - 0.5);
}

function honourSign(c: Convention): number {
  return c === 'government' ? -1 : 1;
}

function ruleText(c: Convention): Reason {
  return r(c === 'government' ? 'reason.rostrum.government' : 'reason.rostrum.commercial');
}

/**
 * The rule for one seat of a row: an even row has no centre seat, so its first two share the two
 * middle seats; their reasons say so, and on which hand of No. 1 No. 2 sits (in the row's frame).
 */
function seatRule(c: Convention, n: number, inRow: number, stageView = false): Reason {
  const rule = ruleText(c);
  if (n % 2 === 1 || inRow > 2) return rule;
  const s = honourSign(c);
  const right = rowOffset(2, n, s, stageView) > rowOffset(1, n, s, stageView);
  return r('reason.rostrum.evenCentre', { rule, hand: r(right ? 'reason.rostrum.hand.right' : 'reason.rostrum.hand.left') });
}

/** Rostrum/photo seats of every row in honour order; col from the audience's left. */
export function rostrumOrder(rows: number[], c: Convention, stageView: boolean): string[][] {
  return rows.map((n, ri) =>
    Array.from({ length: n }, (_, i) => {
      const x = rowOffset(i + 1, n, honourSign(c), stageView);
      return `${ri + 1}:${(n + 1) / 2 - x}`;
    }),
  );
}

/** Audience block seats in honour order; col from the audience's own left. */
export function blockOrder(item: SeatBlockItem, c: Convention): string[] {
  const out: string[] = [];
  for (let row = 1; row <= item.rows; row++) {
    for (let k = 1; k <= item.cols; k++) out.push(`${row}:${(item.cols + 1) / 2 + rowOffset(k, item.cols, honourSign(c))}`);
  }
  return out;
}

function fillInOrder(job: ItemJob, labels: string[], people: EP[], reason: (label: string, k: number) => Reason): ItemOutcome {
  const out = emptyOutcome();
  const taken = new Set(job.locked.map((o) => o.label));
  const free = labels.filter((l) => !taken.has(l));
  people.forEach((p, i) => {
    const label = free[i];
    if (!label) return out.unseated.push(p);
    out.placed.set(p.id, label);
    out.reasons.set(p.id, reason(label, labels.indexOf(label) + 1));
  });
  if (out.unseated.length) out.warnings.push(unseatedWarning(out.unseated, job.item.id));
  return out;
}

/**
 * A rostrum's seats, or (key 'reason.photo.government') a government photo's, which follow the same
 * rule. Staff never sit on a rostrum (they work from the side or the hall): they pass on to the
 * scene's audience seats. A photo keeps them, the photo rule places them. When the people were
 * flagged 上主席台 by the officer (scene.ts gives a rostrum only them), No. k is the k-th of the
 * flagged, not of the whole list, and the reason says so.
 */
export function placeRostrum(
  job: ItemJob,
  item: RostrumItem,
  rostrumKey: 'reason.rostrum.seat' | 'reason.photo.government' = 'reason.rostrum.seat',
): ItemOutcome {
  const stageView = job.options.evenRostrum === 'stageView';
  const rows = rostrumOrder(item.rows, job.convention, stageView);
  const onRostrum = rostrumKey === 'reason.rostrum.seat';
  const people = onRostrum ? job.people.filter((p) => p.side !== 'staff') : job.people;
  const key = onRostrum && people.some((p) => p.rostrum) ? 'reason.rostrum.flagged' : rostrumKey;
  return fillInOrder(job, rows.flat(), sorted(people, byPrecedence), (label, k) => {
    const row = Number(label.split(':')[0]);
    const inRow = rows[row - 1]!.indexOf(label) + 1;
    const rule = seatRule(job.convention, item.rows[row - 1]!, inRow, stageView);
    return r(key, { seat: seatRef(label), k, rule });
  });
}

export function placeBlock(job: ItemJob, item: SeatBlockItem): ItemOutcome {
  return fillInOrder(job, blockOrder(item, job.convention), sorted(job.people, byPrecedence), (label, k) => {
    const rule = seatRule(job.convention, item.cols, ((k - 1) % item.cols) + 1);
    return r('reason.rostrum.audience', { seat: seatRef(label), k, rule });
  });
}

/**
 * Group photo. Government: the rostrum rule row by row. Commercial: the senior host in the centre,
 * guest 1 on his right, guest 2 on his left, then hosts and guests alternate outward in pairs, and
 * host-side people hold both ends of each row when there are enough of them.
 */
export function placePhoto(job: ItemJob, item: RostrumItem): ItemOutcome {
  if (job.convention === 'government') return placeRostrum(job, item, 'reason.photo.government');
  const out = emptyOutcome();
  const taken = new Set(job.locked.map((o) => o.label));
  const hosts = [...ofSide(job.people, 'host'), ...ofSide(job.people, 'staff')];
  const guests = ofSide(job.people, 'guest');
  // Interleave H, g, g, H, H, g, g… so every row gets its share of both sides, front row first.
  const seq: EP[] = [];
  for (let i = 0; hosts.length || guests.length; i++) {
    const pair = i === 0 ? 1 : 2;
    const fromHosts = i % 2 === 0;
    for (let j = 0; j < pair; j++) {
      const p = (fromHosts ? hosts : guests).shift() ?? (fromHosts ? guests : hosts).shift();
      if (p) seq.push(p);
    }
  }
  let cursor = 0;
  item.rows.forEach((n, ri) => {
    const slots = photoSlots(n)
      .map((s) => ({ ...s, label: `${ri + 1}:${(n + 1) / 2 - s.x}` }))
      .filter((s) => !taken.has(s.label));
    const rowPeople = seq.slice(cursor, cursor + slots.length);
    cursor += rowPeople.length;
    const rowHosts = rowPeople.filter((p) => p.side !== 'guest');
    const rowGuests = rowPeople.filter((p) => p.side === 'guest');
    const want = slots.slice(0, rowPeople.length);
    // Ends to the host side when possible; otherwise the alternating pattern decides.
    const sides = want.map((s) => s.side);
    const nHostSlots = () => sides.filter((s) => s === 'host').length;
    for (const end of endIndices(want)) {
      if (sides[end] === 'guest' && nHostSlots() < rowHosts.length) sides[end] = 'host';
    }
    while (nHostSlots() > rowHosts.length) sides[sides.lastIndexOf('host')] = 'guest';
    while (nHostSlots() < rowHosts.length) sides[sides.lastIndexOf('guest')] = 'host';
    const centre = n % 2 === 1 ? 0 : -0.5;
    const ends = endIndices(want);
    want.forEach((s, i) => {
      const p = (sides[i] === 'host' ? rowHosts : rowGuests).shift()!;
      out.placed.set(p.id, s.label);
      out.reasons.set(
        p.id,
        r('reason.photo.commercial', {
          seat: seatRef(s.label),
          why: photoWhy(p, ri === 0, s.x - centre, ends.includes(i)),
        }),
      );
    });
  });
  out.unseated = seq.slice(cursor);
  if (out.unseated.length) out.warnings.push(unseatedWarning(out.unseated, job.item.id));
  return out;
}

/**
 * A commercial photo position in words: the centre, or the i-th place on the centre person's right
 * or left (his own hands) and why a guest or a host stands there.
 */
function photoWhy(p: EP, frontRow: boolean, fromCentre: number, atEnd: boolean): Reason {
  // The host is the one in the centre of the front row; other rows have only a centre.
  if (fromCentre === 0) return r(frontRow && p.side !== 'guest' ? 'reason.photo.hostCentre' : 'reason.photo.centre');
  const hand = r(fromCentre > 0 ? 'reason.rostrum.hand.right' : 'reason.rostrum.hand.left');
  const rule = r(p.side === 'guest' ? 'reason.photo.guests' : atEnd ? 'reason.photo.hosts' : 'reason.photo.alternate');
  return r('reason.photo.beside', { hand, i: Math.abs(fromCentre), rule });
}

/** Photo positions of a row in honour order (x in the row's own frame, + = their right). */
function photoSlots(n: number): { x: number; side: 'host' | 'guest' }[] {
  const centre = n % 2 === 1 ? 0 : -0.5;
  const out: { x: number; side: 'host' | 'guest' }[] = [{ x: centre, side: 'host' }];
  for (let i = 1; out.length < n; i++) {
    const right = centre + i;
    const left = centre - i;
    const side = i % 2 === 1 ? 'guest' : 'host';
    if (right <= (n - 1) / 2) out.push({ x: right, side });
    if (out.length < n && left >= -(n - 1) / 2) out.push({ x: left, side });
  }
  return out;
}

function endIndices(slots: { x: number }[]): number[] {
  if (slots.length < 3) return [];
  const xs = slots.map((s) => s.x);
  return [xs.indexOf(Math.max(...xs)), xs.indexOf(Math.min(...xs))];
}

/** Rostrum rotation = the direction the seated people face (toward the audience). */
export function rostrumGeometry(item: RostrumItem, _scene: Scene): SeatGeom[] {
  const out: SeatGeom[] = [];
  item.rows.forEach((n, ri) => {
    for (let col = 1; col <= n; col++) {
      const own = (n + 1) / 2 - col;
      const p = local(item, item.rotation, -ri * 1.0, own * 0.7);
      out.push({ label: `${ri + 1}:${col}`, x: p.x, y: p.y, facing: item.rotation });
    }
  });
  return out;
}

/** Seat block rotation = the direction the audience faces (toward the stage). */
export function blockGeometry(item: SeatBlockItem, _scene: Scene): SeatGeom[] {
  const out: SeatGeom[] = [];
  for (let row = 1; row <= item.rows; row++) {
    for (let col = 1; col <= item.cols; col++) {
      const p = local(item, item.rotation, -(row - 1) * 0.9, (col - (item.cols + 1) / 2) * 0.55);
      out.push({ label: `${row}:${col}`, x: p.x, y: p.y, facing: item.rotation });
    }
  }
  return out;
}
