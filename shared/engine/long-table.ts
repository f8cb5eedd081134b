/**
 * Long/rectangular banquet table and head table (RULES.md §1, last rule). The host sits at the
 * centre of the long side farther from the door, facing it; the co-host opposite; guests
 * alternate by each host's own hands. Labels (docs/seat-labels.md):
 *   far side:  P, R1…, L1… (by the host's hands)
 *   near side: O, OR1…, OL1… (by the co-host's hands; O is opposite P)
 *   ends:      ER, EL (the short end on the host's right / left)
 * A head table (`head`) seats the far side only, facing the room.
 */
import type { LongTableItem, Scene } from '../model/types';
import { add, dir, dot, itemDoor, scale, type Vec } from './geometry';
import { r } from './reasons';
import { byHands, holderAtP, seatTable, type AtP, type TableSpec } from './table-scheme';
import type { ItemJob, ItemOutcome, Reason, SeatGeom } from './types';

interface LongSeat {
  label: string;
  side: 'far' | 'near' | 'end';
  /** Offset along the table in seat widths, + toward the host's right. */
  u: number;
}

function longSeats(item: Pick<LongTableItem, 'seatsPerSide' | 'endSeats' | 'head'>): LongSeat[] {
  const n = Math.max(1, Math.floor(item.seatsPerSide));
  const even = n % 2 === 0;
  const p = even ? -0.5 : 0;
  const out: LongSeat[] = [{ label: 'P', side: 'far', u: p }];
  const nR = even ? n / 2 : (n - 1) / 2;
  const nL = even ? n / 2 - 1 : (n - 1) / 2;
  for (let i = 1; i <= nR; i++) out.push({ label: `R${i}`, side: 'far', u: p + i });
  for (let i = 1; i <= nL; i++) out.push({ label: `L${i}`, side: 'far', u: p - i });
  if (!item.head) {
    // O is directly opposite P; the co-host faces the host, so his right is the host's left.
    out.push({ label: 'O', side: 'near', u: p });
    for (let i = 1; i <= nL; i++) out.push({ label: `OR${i}`, side: 'near', u: p - i });
    for (let i = 1; i <= nR; i++) out.push({ label: `OL${i}`, side: 'near', u: p + i });
  }
  if (item.endSeats >= 1) {
    out.push({ label: 'ER', side: 'end', u: 0 }, { label: 'EL', side: 'end', u: 0 });
  }
  return out;
}

function longOrder(labels: Set<string>, deputy: boolean): string[] {
  const out: string[] = [];
  const has = (l: string) => labels.has(l);
  const maxI = labels.size;
  if (deputy) {
    for (let i = 1; i <= maxI; i++) for (const l of [`R${i}`, `L${i}`, `OR${i}`, `OL${i}`]) if (has(l)) out.push(l);
  } else {
    for (let i = 1; i <= maxI; i++) for (const l of [`R${i}`, `L${i}`]) if (has(l)) out.push(l);
    if (has('O')) out.push('O');
    for (let i = 1; i <= maxI; i++) for (const l of [`OR${i}`, `OL${i}`]) if (has(l)) out.push(l);
  }
  for (const l of ['ER', 'EL']) if (has(l)) out.push(l);
  return out;
}

/**
 * A seat in words, by the hands of whoever holds P. The near side is counted by the 副主陪's hands
 * when he sits at O; without him it is the side across the table, counted toward P's hands (OR
 * seats lie toward P's left).
 */
function describeLong(label: string, deputy: boolean, atP: AtP): Reason {
  const holder = holderAtP(atP);
  if (label === 'P') return r('reason.table.longP');
  if (label === 'O') return r('reason.table.O', { holder });
  if (label === 'ER' || label === 'EL') return r(label === 'ER' ? 'reason.table.ER' : 'reason.table.EL', { holder });
  const near = label.startsWith('O');
  const right = label[near ? 1 : 0] === 'R';
  const i = Number(label.slice(near ? 2 : 1));
  if (near && deputy) return byHands(right, i);
  if (near) return r(right ? 'reason.table.acrossLeft' : 'reason.table.acrossRight', { holder, i });
  return byHands(right, i, holder);
}

const specs = new Map<string, TableSpec>();

export function longSpec(item: Pick<LongTableItem, 'seatsPerSide' | 'endSeats' | 'head'>): TableSpec {
  const key = `${item.seatsPerSide}/${item.endSeats}/${!!item.head}`;
  let spec = specs.get(key);
  if (!spec) {
    const labels = longSeats(item).map((s) => s.label);
    const set = new Set(labels);
    const orders = [longOrder(set, false), longOrder(set, true)] as const;
    spec = { labels, hasO: set.has('O'), order: (deputy) => orders[deputy ? 1 : 0], describe: describeLong };
    specs.set(key, spec);
  }
  return spec;
}

export function placeLongTable(job: ItemJob, item: LongTableItem): ItemOutcome {
  return seatTable(job, longSpec(item));
}

/**
 * The outward normal of the far long side: the side pointing along door.into; a table end-on to
 * the door takes the side toward the D-right, so the choice never depends on screen orientation.
 */
export function farNormal(item: { rotation: number; x: number; y: number }, scene: Scene): Vec {
  const door = itemDoor(scene, item as LongTableItem);
  const right = dir(item.rotation + 90);
  const s = dot(right, dir(door.into));
  if (Math.abs(s) > 1e-6) return s > 0 ? right : scale(right, -1);
  return dot(right, dir(door.into - 90)) > 0 ? right : scale(right, -1);
}

export function longGeometry(item: LongTableItem, scene: Scene): SeatGeom[] {
  const n = farNormal(item, scene);
  const facing = (Math.atan2(-n.y, -n.x) * 180) / Math.PI;
  const hostRight = dir(facing + 90);
  const spacing = item.length / Math.max(1, item.seatsPerSide);
  const off = item.width / 2 + 0.35;
  const c = { x: item.x, y: item.y };
  return longSeats(item).map((s) => {
    if (s.side === 'end') {
      const sign = s.label === 'ER' ? 1 : -1;
      const p = add(c, scale(hostRight, sign * (item.length / 2 + 0.35)));
      return { label: s.label, x: p.x, y: p.y, facing: facing - 90 * sign };
    }
    const sideSign = s.side === 'far' ? 1 : -1;
    const p = add(add(c, scale(n, sideSign * off)), scale(hostRight, s.u * spacing));
    return { label: s.label, x: p.x, y: p.y, facing: s.side === 'far' ? facing : facing + 180 };
  });
}
