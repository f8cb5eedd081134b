/**
 * Round banquet table (中餐圆桌), RULES.md §1. Labels run counter-clockwise seen from above
 * (on screen: decreasing angle) starting at P: P, R1…Rm, (O), Lm…L1 — R is P's right hand.
 */
import type { RoundTableItem, Scene } from '../model/types';
import { angleOf, dir, itemDoor, sub, len } from './geometry';
import { mainTableId } from './hall';
import { r } from './reasons';
import { roundLabels, sideCount } from './round-labels';
import { byHands, holderAtP, seatTable, type AtP, type TableSpec } from './table-scheme';
import type { ItemJob, ItemOutcome, Reason, SeatGeom } from './types';
import { seatWestern } from './western';

/**
 * Guest order. One host: R1, L1, R2, L2, … then O. With a 副主陪 at O: R1, L1 (主陪's right,
 * left), Lm, Rm (副主陪's right, left — he faces P, so his right is the L side), then alternate
 * between the hosts, nearest first, each host's own right first, until the seats meet.
 */
export function roundOrder(n: number, deputy: boolean): string[] {
  const m = sideCount(n);
  const out: string[] = [];
  const push = (l: string) => {
    if (!out.includes(l)) out.push(l);
  };
  if (!deputy) {
    for (let i = 1; i <= m; i++) {
      push(`R${i}`);
      push(`L${i}`);
    }
    if (n % 2 === 0) push('O');
    return out;
  }
  for (let i = 1, j = m; i <= j; i++, j--) {
    push(`R${i}`);
    push(`L${i}`);
    push(`L${j}`);
    push(`R${j}`);
  }
  return out;
}

/**
 * A seat in words. Seats are counted by the hands of whoever holds P; with a 副主陪 at O, the seats
 * nearer to him than to P are counted by his hands (he faces P, so his right is the L side): at 10
 * seats guests 7 and 8 sit at the 副主陪's right and left, second seat (L3, R3).
 */
function describeRound(n: number) {
  const m = sideCount(n);
  return (label: string, deputy: boolean, atP: AtP): Reason => {
    const holder = holderAtP(atP);
    if (label === 'P') return r('reason.table.P');
    if (label === 'O') return r('reason.table.O', { holder });
    const right = label[0] === 'R';
    const i = Number(label.slice(1));
    const fromDeputy = m - i + 1;
    // The 副主陪's right hand is the L side.
    if (deputy && fromDeputy < i) return byHands(!right, fromDeputy);
    return byHands(right, i, holder);
  };
}

const specs = new Map<number, TableSpec>();

/** Specs are immutable and only depend on the seat count, so a hall of equal tables shares one. */
export function roundSpec(n: number): TableSpec {
  let spec = specs.get(n);
  if (!spec) {
    const orders = [roundOrder(n, false), roundOrder(n, true)] as const;
    spec = {
      labels: roundLabels(n),
      hasO: n % 2 === 0,
      order: (deputy) => orders[deputy ? 1 : 0],
      describe: describeRound(n),
    };
    specs.set(n, spec);
  }
  return spec;
}

export function placeRoundTable(job: ItemJob, item: RoundTableItem): ItemOutcome {
  if (job.options.western) return seatWestern(job, item.seats);
  return seatTable(job, roundSpec(item.seats));
}

/**
 * Which way P sits from the table centre: along door.into (the far side, facing the door), the
 * same for every table (各桌同向); with option tableFacing 'main' P sits on the side away from the
 * main table so that he faces it.
 */
export function pDirection(item: RoundTableItem | { id: string; x: number; y: number }, scene: Scene): number {
  const door = itemDoor(scene, item as RoundTableItem);
  if (scene.options.tableFacing === 'main') {
    const mainId = mainTableId(scene);
    const main = scene.items.find((i) => i.id === mainId);
    if (main && main.id !== item.id) {
      const away = sub(item, main);
      if (len(away) > 1e-9) return angleOf(away);
    }
  }
  return door.into;
}

export function roundGeometry(item: RoundTableItem, scene: Scene): SeatGeom[] {
  const labels = roundLabels(item.seats);
  const radius = item.diameter / 2 + 0.35;
  const p = pDirection(item, scene);
  return labels.map((label, i) => {
    // Counter-clockwise seen from above = decreasing screen angle (y points down).
    const a = p - (i * 360) / labels.length;
    const v = dir(a);
    return { label, x: item.x + v.x * radius, y: item.y + v.y * radius, facing: a + 180 };
  });
}
