/**
 * Why a seat holds whom, derived from the document at any time — after a reload, a scene switch,
 * in print — never remembered from the last 自动排座 (issue 12). The engine is deterministic, so
 * the scene's placement run again is the rules' answer; the explanation compares the seat as it
 * stands with it:
 * - the seat the rules give → the rule's reason;
 * - a seat set by hand → say so, and what the rules would have done (who belongs in this seat,
 *   where this person belongs, or that the rules would not seat them here at all);
 * - a locked seat → say so, measured against the rules without any lock (as the lint does): in
 *   agreement (with the rule's reason) or not (and what the rules would have done).
 * Both placements are computed once per (document, scene): documents are immutable snapshots, so a
 * WeakMap on the plan object keeps hovering instant and forgets a document when it is replaced.
 */
import { isVehicle } from '../kinds';
import type { Assignment, Plan, Scene } from '../model/types';
import { isBanquetTable } from './hall';
import { storedNumbers } from './numbers';
import { personRef, r } from './reasons';
import { autoPlaceScene, findScene } from './scene';
import type { Reason } from './types';

export interface SeatExplanation {
  /**
   * 'rule': the rules give this seat to this person; 'hand': set by hand, not what the rules give;
   * 'locked': locked by the officer; 'empty': nobody sits here.
   */
  how: 'rule' | 'hand' | 'locked' | 'empty';
  /** The explanation as a code with parameters, worded by `renderReason` (shared/i18n/explain.ts). */
  reason: Reason;
}

/** A seated person, or a seat of an item. */
export type SeatQuery = { personId: string } | { itemId: string; seat: string };

/** One placement of a scene, looked up both ways. */
interface Placement {
  byPerson: Map<string, Assignment>;
  bySeat: Map<string, Assignment>;
  reasons: Record<string, Reason>;
}

interface SceneRules {
  /** The seats as they stand in the document. */
  actual: Placement;
  /** What 自动排座 gives now: the scene's locks kept. Hand seats are measured against it. */
  withLocks: Placement;
  /** The rules alone, every lock released: locked seats are measured against it. Lazy. */
  free(): Placement;
  /** Explanations given so far, by query: hovering the same seat again costs a lookup. */
  given: Map<string, SeatExplanation | undefined>;
}

const cache = new WeakMap<Plan, Map<string, SceneRules>>();

const seatKey = (itemId: string, seat: string) => `${itemId}\u0000${seat}`;

function indexed(assignments: Assignment[], reasons: Record<string, Reason>): Placement {
  return {
    byPerson: new Map(assignments.map((a) => [a.personId, a])),
    bySeat: new Map(assignments.map((a) => [seatKey(a.itemId, a.seat), a])),
    reasons,
  };
}

function placement(plan: Plan, scene: Scene): Placement {
  const result = autoPlaceScene(plan, scene.id);
  return indexed(result.assignments, result.reasons);
}

function rulesOf(plan: Plan, sceneId: string): SceneRules {
  let perPlan = cache.get(plan);
  if (!perPlan) cache.set(plan, (perPlan = new Map()));
  let rules = perPlan.get(sceneId);
  if (!rules) {
    const scene = findScene(plan, sceneId);
    let free: Placement | undefined;
    rules = {
      actual: indexed(scene.assignments, {}),
      withLocks: placement(plan, scene),
      free: () => {
        if (free) return free;
        const unlocked: Scene = { ...scene, assignments: scene.assignments.filter((a) => !a.locked) };
        return (free = placement({ ...plan, scenes: plan.scenes.map((s) => (s.id === sceneId ? unlocked : s)) }, unlocked));
      },
      given: new Map(),
    };
    perPlan.set(sceneId, rules);
  }
  return rules;
}

/**
 * The explanation of one seat of a scene as the document stands: by the person seated, or by the
 * seat (an empty seat says who the rules would put there). Undefined for a person with no seat.
 */
export function explainSeat(plan: Plan, sceneId: string, query: SeatQuery): SeatExplanation | undefined {
  const rules = rulesOf(plan, sceneId);
  const key = 'personId' in query ? query.personId : seatKey(query.itemId, query.seat);
  if (!rules.given.has(key)) rules.given.set(key, explain(findScene(plan, sceneId), rules, query));
  return rules.given.get(key);
}

function explain(scene: Scene, rules: SceneRules, query: SeatQuery): SeatExplanation | undefined {
  const actual =
    'personId' in query ? rules.actual.byPerson.get(query.personId) : rules.actual.bySeat.get(seatKey(query.itemId, query.seat));
  if (!actual) {
    if ('personId' in query) return undefined;
    return { how: 'empty', reason: then(r('reason.explain.empty'), whoBelongsHere(scene, rules.withLocks, query)) };
  }
  if (actual.locked) return explainLocked(scene, rules.free(), actual);
  const ruled = rules.withLocks.byPerson.get(actual.personId);
  const reason = rules.withLocks.reasons[actual.personId];
  if (ruled && reason && ruled.itemId === actual.itemId && ruled.seat === actual.seat) return { how: 'rule', reason };
  return { how: 'hand', reason: then(r('reason.explain.handPlaced'), whatTheRulesSay(scene, rules.withLocks, actual)) };
}

function explainLocked(scene: Scene, free: Placement, actual: Assignment): SeatExplanation {
  const ruled = free.byPerson.get(actual.personId);
  const reason = free.reasons[actual.personId];
  if (ruled && reason && ruled.itemId === actual.itemId && ruled.seat === actual.seat)
    return { how: 'locked', reason: r('reason.explain.lockedAgrees', { reason }) };
  return { how: 'locked', reason: then(r('reason.explain.locked'), whatTheRulesSay(scene, free, actual)) };
}

/** Who the rules put in this seat, and where they put this person instead. */
function whatTheRulesSay(scene: Scene, rules: Placement, actual: Assignment): Reason {
  const here = whoBelongsHere(scene, rules, actual);
  const ruled = rules.byPerson.get(actual.personId);
  const person = personRef(actual.personId);
  if (!ruled) return then(here, r('reason.explain.notSeatedByRule', { person }));
  const seat = { seat: ruled.seat, item: ruled.itemId };
  const there =
    ruled.itemId === actual.itemId
      ? r('reason.explain.personByRule', { person, seat })
      : r('reason.explain.personByRuleAt', { person, item: itemWords(scene, ruled.itemId), seat });
  return then(here, there);
}

function whoBelongsHere(scene: Scene, rules: Placement, at: { itemId: string; seat: string }): Reason {
  const other = rules.bySeat.get(seatKey(at.itemId, at.seat));
  if (!other) return r('reason.explain.seatEmptyByRule');
  const reason = rules.reasons[other.personId];
  const person = personRef(other.personId);
  return reason ? r('reason.explain.seatByRule', { person, reason }) : r('reason.explain.seatHeldBy', { person });
}

/** Another item of the scene, as the officer knows it: 第3桌, 2号车, else “另一处”. */
function itemWords(scene: Scene, itemId: string): Reason {
  const item = scene.items.find((i) => i.id === itemId);
  const n = storedNumbers(scene)[itemId];
  if (item && n !== undefined && isBanquetTable(item)) return r('reason.explain.table', { n });
  if (item && n !== undefined && isVehicle(item)) return r('reason.explain.car', { n });
  return r('reason.explain.elsewhere');
}

const then = (first: Reason, next: Reason): Reason => r('reason.explain.then', { first, next });
