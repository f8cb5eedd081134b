/**
 * 自动排座 as a last-minute re-flow: the engine's new seats and the change-log entry that says
 * who moved from which seat to which and whose place card must be reprinted, as one gesture.
 */
import { applyCommand, type Command } from '../commands/commands';
import type { Plan } from '../model/types';
import { placementInputs } from './affected';
import { cardEditsSince, reflowEntry } from './changelog';
import { seatChanges, type SeatChange } from './changes';

export interface Placed {
  assignments: Plan['scenes'][number]['assignments'];
}

/**
 * `wholeScene`: the whole scene was placed, so the seats now answer to the people as they are —
 * recorded in the scene (`placedWith`), which clears its affected marks (affected.ts). Placing
 * only chosen tables records nothing: the rest of the scene was not re-placed.
 */
export function reflowCommands(
  plan: Plan,
  sceneId: string,
  result: Placed,
  at: number,
  wholeScene = false,
): { commands: Command[]; changes: SeatChange[] } {
  const scene = plan.scenes.find((s) => s.id === sceneId);
  const apply: Command = {
    type: 'seat/apply',
    sceneId,
    assignments: result.assignments,
    ...(wholeScene && scene ? { placedWith: placementInputs(scene, plan.people) } : {}),
  };
  const next = applyCommand(plan, apply);
  const before = scene?.assignments ?? [];
  const after = next.scenes.find((s) => s.id === sceneId)?.assignments ?? [];
  const changes = seatChanges(before, after, next.people, cardEditsSince(plan.changeLog, sceneId));
  return { commands: [apply, { type: 'changelog/append', entry: reflowEntry(at, plan, sceneId, changes, next) }], changes };
}
