/**
 * 自动排座 for a whole scene. Items are placed in groups, most formal first; whoever a group does
 * not seat passes on to the next (e.g. a rostrum takes the top of the precedence — or, when the
 * officer has flagged people 上主席台, only them — and the audience blocks take the rest). Locked assignments never move; people assigned to items outside
 * `opts.itemIds` stay where they are.
 */
import { kindOf } from '../kinds';
import { isStage } from '../kinds/stage';
import type { CarItem, HostRole, Plan, Scene, VenueItem } from '../model/types';
import { type BanquetTable, isBanquetTable, orderTables } from './hall';
import { storedNumbers } from './numbers';
import { sceneDoor } from './geometry';
import { placeMotorcade } from './motorcade';
import { fillHall } from './hall-fill';
import { placerFor, type GroupKey, groupOf } from './items';
import { toEP } from './people';
import { offRostrumWarning, r, seatRef, unseatedByRuleWarning, unseatedWarning } from './reasons';
import { passengerCapacity } from './seats';
import { jobFor, type GroupResult, type SceneCtx } from './scene-ctx';
import type { EP, Occupant, SceneResult } from './types';

/** The groups in the order 自动排座 places them, most formal first. */
export const GROUP_ORDER: GroupKey[] = ['rostrum', 'reception', 'talks', 'conference', 'banquet', 'car', 'elevator', 'audience'];

export interface AutoPlaceOptions {
  itemIds?: string[];
}

export function findScene(plan: Plan, sceneId: string): Scene {
  const scene = plan.scenes.find((s) => s.id === sceneId);
  if (!scene) throw new Error(`unknown scene: ${sceneId}`);
  return scene;
}

function makeCtx(plan: Plan, scene: Scene, people: () => Map<string, EP>): SceneCtx {
  const locked = new Map<string, Occupant[]>();
  for (const a of scene.assignments) {
    const p = a.locked ? people().get(a.personId) : undefined;
    if (!a.locked || !p) continue;
    if (!locked.has(a.itemId)) locked.set(a.itemId, []);
    locked.get(a.itemId)!.push({ person: p, label: a.seat });
  }
  const roles = new Map<string, Map<string, HostRole>>();
  for (const h of scene.roles) {
    if (!roles.has(h.itemId)) roles.set(h.itemId, new Map());
    roles.get(h.itemId)!.set(h.personId, h.role);
  }
  const none = new Map<string, HostRole>();
  let numbers: Record<string, number> | undefined;
  return {
    scene,
    options: scene.options,
    convention: scene.convention ?? plan.convention,
    lockedAt: (id) => locked.get(id) ?? [],
    rolesAt: (id) => roles.get(id) ?? none,
    tableNumbers: () => (numbers ??= storedNumbers(scene)),
  };
}

export function autoPlaceScene(plan: Plan, sceneId: string, opts: AutoPlaceOptions = {}): SceneResult {
  const scene = findScene(plan, sceneId);
  const eps = plan.people.map((p, i) => toEP(p, i));
  // Only locks and explicit participant lists need lookups by id; a big hall often has neither.
  let byId: Map<string, EP> | undefined;
  const people = () => (byId ??= new Map(eps.map((e) => [e.id, e])));
  const ctx = makeCtx(plan, scene, people);
  const target = scene.items.filter((i) => groupOf(i, scene) !== undefined && (!opts.itemIds || opts.itemIds.includes(i.id)));
  const targetIds = new Set(target.map((i) => i.id));
  const kept = scene.assignments.filter((a) => a.locked || !targetIds.has(a.itemId));
  const busy = new Set(kept.map((a) => a.personId));
  const present = scene.participants
    ? [...new Set(scene.participants)].filter((id) => people().has(id)).map((id) => people().get(id)!)
    : eps.filter((_, i) => plan.people[i]!.attendance !== 'absent');
  // The officer's 上主席台 flags hold for the whole scene: a flagged person already locked in his
  // seat still means the rostrum is for the flagged only. A photo line-up (a rostrum item in a
  // photo scene) has no audience to pass anyone on to: it ignores them.
  const rostrumChosen = scene.kind !== 'photo' && present.some((p) => p.rostrum);
  let pool = present.filter((p) => !busy.has(p.id));

  const result: SceneResult = {
    assignments: [...kept],
    tableNumbers: {},
    reasons: {},
    warnings: [],
    unsupported: [],
    orders: {},
  };
  for (const a of kept) {
    if (a.locked) result.reasons[a.personId] = r('reason.locked', { seat: seatRef(a.seat) });
  }
  const unsupported = new Set<string>();
  for (const i of scene.items) {
    if (groupOf(i, scene) === undefined && kindOf(i).seatsPeople) unsupported.add(i.kind);
  }
  result.unsupported = [...unsupported].sort();
  // Table numbers are part of the answer even when nobody is seated yet.
  if (scene.items.some(isBanquetTable)) result.tableNumbers = { ...ctx.tableNumbers() };

  const groups = GROUP_ORDER.map((key) => ({ key, items: target.filter((i) => groupOf(i, scene) === key) })).filter(
    (g) => g.items.length > 0,
  );
  for (const [gi, { key, items }] of groups.entries()) {
    if (pool.length === 0) break;
    // With flags, the rostrum is given only the flagged (still by precedence, §3); the rest pass on
    // to the audience, and so does a flagged person the rostrum cannot hold.
    const candidates = key === 'rostrum' && rostrumChosen ? pool.filter((p) => p.rostrum) : pool;
    const g = placeGroup(ctx, key, items, candidates);
    for (const p of g.placed) {
      result.assignments.push({ personId: p.personId, itemId: p.itemId, seat: p.label, locked: false });
      result.reasons[p.personId] = p.reason;
    }
    Object.assign(result.tableNumbers, g.numbers);
    Object.assign(result.orders, g.orders ?? {});
    // Who did not fit here may fit in the next group; unseated people are reported once, below.
    result.warnings.push(...g.warnings.filter((w) => w.code !== 'more-people-than-seats'));
    // Flagged people the rostrum did not take sit elsewhere: the officer chose them, so say so.
    if (candidates !== pool) {
      const left = candidates.filter(notIn(g.placed));
      if (left.length > 0) result.warnings.push(offRostrumWarning(left));
    }
    if (gi === groups.length - 1) {
      pool = pool.length > g.placed.length ? pool.filter(notIn(g.placed)) : [];
    } else pool = pool.filter(notIn(g.placed));
  }
  if (pool.length > 0 && target.length > 0) {
    // Someone a group's own warning already names as unseated (the 会见's missing second row) is
    // not named again; and where free seats are left, people are unseated by a rule, not for want
    // of seats (staff never sit on a rostrum). Being flagged off the rostrum is not being unseated.
    const named = new Set(result.warnings.filter((w) => w.code !== 'flagged-off-rostrum').flatMap((w) => w.personIds ?? []));
    const rest = pool.filter((p) => !named.has(p.id));
    const taken = result.assignments.filter((a) => targetIds.has(a.itemId)).length;
    if (rest.length > 0)
      result.warnings.push(
        passengerCapacity(target, scene) - taken >= rest.length ? unseatedByRuleWarning(rest) : unseatedWarning(rest),
      );
  }
  return result;
}

function notIn(placed: { personId: string }[]): (p: EP) => boolean {
  const done = new Set(placed.map((p) => p.personId));
  return (p) => !done.has(p.id);
}

function placeGroup(ctx: SceneCtx, key: GroupKey, items: VenueItem[], pool: EP[]): GroupResult {
  if (key === 'banquet') return fillHall(ctx, items as BanquetTable[], pool);
  if (key === 'car') return placeMotorcade(ctx, items as CarItem[], pool);
  if (key === 'audience') {
    // Audience blocks fill floor by floor (a balcony after the floor below it), and on one floor
    // in hall order: the block nearest the stage (else the deepest, most central) first.
    const stage = ctx.scene.items.find(isStage);
    const { order } = orderTables(items, sceneDoor(ctx.scene, items), { stage });
    const floor = (item: VenueItem) => kindOf(item).audienceFloor?.(item) ?? 0;
    const inOrder = order.map((id) => items.find((i) => i.id === id)!);
    return sequential(
      ctx,
      inOrder.sort((a, b) => floor(a) - floor(b)),
      pool,
    );
  }
  return sequential(ctx, items, pool);
}

/** One item after another, each taking from whoever is left. */
export function sequential(ctx: SceneCtx, items: VenueItem[], pool: EP[]): GroupResult {
  const res: GroupResult = { placed: [], warnings: [], numbers: {}, orders: {} };
  let rest = pool;
  for (const item of items) {
    const place = placerFor(item, ctx.scene);
    if (!place) continue;
    const out = place(jobFor(ctx, item, rest));
    for (const [pid, label] of out.placed) {
      res.placed.push({ personId: pid, itemId: item.id, label, reason: out.reasons.get(pid)! });
    }
    if (out.enter && out.exit) res.orders![item.id] = { enter: out.enter, exit: out.exit };
    res.warnings.push(...out.warnings);
    rest = rest.filter((p) => !out.placed.has(p.id));
  }
  return res;
}
