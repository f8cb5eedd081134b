/**
 * Banquet hall table order (桌次), RULES.md §2. All measures are taken from the door point and
 * rounded to 0.3 m before comparing, so the order depends only on where tables stand relative to
 * the door — never on the screen orientation of the plan.
 */
import { claimsMain, isBanquetTable, type BanquetTable } from '../kinds/banquet-table';
import { isStage } from '../kinds/stage';
import type { Scene, SceneOptions } from '../model/types';
import { doorMeasures, len, q, sceneDoor, sub, type DoorFrame, type Vec } from './geometry';

export { isBanquetTable, type BanquetTable };

export interface TablePoint {
  id: string;
  x: number;
  y: number;
  main?: boolean;
}

export interface HallOrder {
  /** Table ids, No. 1 first. */
  order: string[];
  /** How the main table was found. */
  how: 'marked' | 'stage' | 'deepest' | 'none';
  /** Which step of §2 put each table where it is (the reason of its number), by table id. */
  why: Record<string, TableWhy>;
}

/**
 * The rule that placed a table in the order (RULES §2): the main table by how it was found
 * ('deepest-right': the D-right one of two central tables, §2.3); another table by its distance to
 * the reference point — or, tied in distance with the table `than` (`before`: it comes before that
 * one), by depth, then by D-right, then (on the same spot) by list order.
 */
export type TableWhy =
  | { rule: 'main'; how: 'marked' | 'stage' | 'deepest' | 'deepest-right' }
  | { rule: 'nearer'; distance: number }
  | { rule: 'deeper' | 'right' | 'list'; than: string; before: boolean };

export function orderTables(
  tables: TablePoint[],
  door: DoorFrame,
  opts: { evenRow?: SceneOptions['evenRow']; stage?: Vec } = {},
): HallOrder {
  if (tables.length === 0) return { order: [], how: 'none', why: {} };
  const m = tables.map((t, index) => {
    const { depth, lateral } = doorMeasures(t, door);
    return { t, index, depth, qd: q(depth), ql: q(lateral) };
  });
  // Ties fall through to list order only when two tables stand on the same spot.
  const dRightFirst = (a: (typeof m)[0], b: (typeof m)[0]) => b.ql - a.ql || a.index - b.index;

  let how: HallOrder['how'];
  let main = m.find((e) => e.t.main);
  if (main) how = 'marked';
  else if (opts.stage) {
    const st = opts.stage;
    how = 'stage';
    main = [...m].sort(
      (a, b) => q(len(sub(a.t, st))) - q(len(sub(b.t, st))) || Math.abs(a.ql) - Math.abs(b.ql) || dRightFirst(a, b),
    )[0]!;
  } else {
    how = 'deepest';
    main = [...m].sort((a, b) => b.qd - a.qd || Math.abs(a.ql) - Math.abs(b.ql) || dRightFirst(a, b))[0]!;
  }
  const chosen = main;

  // Even row (§2.3): when the deepest-table rule had to pick the D-right of two central tables,
  // option evenRow 'axis' (default) measures the others from the centre line at the main depth.
  const evenPair =
    how === 'deepest' && chosen.ql !== 0 && m.some((e) => e !== chosen && e.qd === chosen.qd && e.ql === -chosen.ql);
  const ref: Vec =
    evenPair && (opts.evenRow ?? 'axis') === 'axis'
      ? {
          x: door.x + Math.cos((door.into * Math.PI) / 180) * chosen.depth,
          y: door.y + Math.sin((door.into * Math.PI) / 180) * chosen.depth,
        }
      : { x: chosen.t.x, y: chosen.t.y };

  const rest = m
    .filter((e) => e !== chosen)
    .map((e) => ({ ...e, dist: q(len(sub(e.t, ref))) }))
    .sort((a, b) => a.dist - b.dist || b.qd - a.qd || dRightFirst(a, b));
  const why: Record<string, TableWhy> = { [chosen.t.id]: { rule: 'main', how: evenPair ? 'deepest-right' : how } };
  rest.forEach((e, i) => {
    // The neighbour it ties with in distance says which later step decided; else distance did.
    const prev = rest[i - 1];
    const next = rest[i + 1];
    const tie =
      prev?.dist === e.dist ? { other: prev, before: false } : next?.dist === e.dist ? { other: next, before: true } : undefined;
    if (!tie) why[e.t.id] = { rule: 'nearer', distance: Math.round(e.dist * 0.3 * 10) / 10 };
    else {
      const rule = tie.other.qd !== e.qd ? 'deeper' : tie.other.ql !== e.ql ? 'right' : 'list';
      why[e.t.id] = { rule, than: tie.other.t.id, before: tie.before };
    }
  });
  return { order: [chosen.t.id, ...rest.map((e) => e.t.id)], how, why };
}

function hallOrder(scene: Scene, evenRow?: SceneOptions['evenRow']): HallOrder {
  const tables = scene.items.filter(isBanquetTable);
  const door = sceneDoor(scene, tables);
  const stage = scene.items.find(isStage);
  // A head table (主宾席) is the main table unless the user marked another one.
  const marked = tables.some((t) => t.main);
  const points = tables.map((t) => ({ id: t.id, x: t.x, y: t.y, main: marked ? t.main : claimsMain(t) }));
  return orderTables(points, door, { evenRow: evenRow ?? scene.options.evenRow, stage });
}

/** Why each banquet table of a scene stands where it does in the table order, by table id. */
export function tableOrderWhy(scene: Scene): Record<string, TableWhy> {
  return hallOrder(scene).why;
}

export function mainTableId(scene: Scene): string | undefined {
  return hallOrder(scene).order[0];
}

/**
 * Table numbers for the banquet tables of a scene (round and long tables). A table with `numberFixed` keeps its number; the others take the free numbers in order.
 */
export function tableOrder(scene: Scene, options: { evenRow?: SceneOptions['evenRow'] } = {}): Record<string, number> {
  const { order } = hallOrder(scene, options.evenRow);
  const items = new Map(scene.items.filter(isBanquetTable).map((t) => [t.id, t]));
  const result: Record<string, number> = {};
  const used = new Set<number>();
  for (const id of order) {
    const t = items.get(id)!;
    if (t.numberFixed && t.number !== undefined && !used.has(t.number)) {
      result[id] = t.number;
      used.add(t.number);
    }
  }
  let next = 1;
  for (const id of order) {
    if (result[id] !== undefined) continue;
    while (used.has(next)) next++;
    result[id] = next;
    used.add(next);
  }
  return result;
}
