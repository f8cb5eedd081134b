/**
 * Why each person of a scene sits where they sit, for the printed review (座次审定稿), derived
 * from the document as it stands: the engine is deterministic, so 自动排座 run again on the scene
 * gives the rule for every seat it would give the same way (a locked seat is the engine's own
 * "locked" reason); any other seat was set by hand. The one source of the sheet's reasons, kept
 * apart so it can switch to the engine's own seat explanation when that lands.
 */
import { autoPlaceScene } from '../engine/scene';
import type { Reason } from '../engine/types';
import type { Plan, Scene } from '../model/types';

/** The rule's reason, or 'by hand' for a seat the rules would not give. By person id. */
export type SeatReason = Reason | 'by hand';

export function seatReasons(plan: Plan, scene: Scene): Map<string, SeatReason> {
  const ideal = autoPlaceScene(plan, scene.id);
  const ruleSeat = new Map(ideal.assignments.map((a) => [a.personId, `${a.itemId}\u0000${a.seat}`]));
  const out = new Map<string, SeatReason>();
  for (const a of scene.assignments) {
    const reason = ideal.reasons[a.personId];
    out.set(a.personId, reason && ruleSeat.get(a.personId) === `${a.itemId}\u0000${a.seat}` ? reason : 'by hand');
  }
  return out;
}
