/**
 * Layout gestures as commands. Whenever tables move, appear or disappear, the engine's table
 * order may change: the new numbers travel in the same undo step (a second command after the
 * gesture's own, so the undo label still names the gesture), except for numbers the officer fixed.
 */
import { applyCommand, type Command } from '../../../shared/commands/commands';
import { tableOrder } from '../../../shared/engine/hall';
import { kindOf } from '../../../shared/kinds';
import type { Plan } from '../../../shared/model/types';

export function withTableNumbers(plan: Plan, sceneId: string, commands: Command[]): Command[] {
  const after = commands.reduce(applyCommand, plan);
  const scene = after.scenes.find((s) => s.id === sceneId);
  if (!scene) return commands;
  const numbers = tableOrder(scene);
  const changes = scene.items
    .filter((i) => kindOf(i).numberedTable && numbers[i.id] !== undefined)
    .filter((i) => !(i as { numberFixed?: boolean }).numberFixed && (i as { number?: number }).number !== numbers[i.id])
    .map((i) => ({ id: i.id, patch: { number: numbers[i.id] } }));
  if (changes.length === 0) return commands;
  return [...commands, { type: 'item/update', sceneId, gesture: 'edit', changes }];
}
