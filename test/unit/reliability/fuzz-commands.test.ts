/**
 * Fuzzing the editing model: random sequences of commands, with undo and redo mixed in, must
 * keep the document valid after every step — nobody in two seats, no two people in one seat,
 * no assignment or hosting role pointing at a person or item that is gone, numbers and the main
 * table as the applier derives them, and a document that `restore` accepts without repairing anything. A command that refers to something
 * missing may be refused (CommandError) and must then leave the history as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError, type Command } from '../../../shared/commands/commands';
import { derivePlan } from '../../../shared/commands/derive';
import { commit, redo, startHistory, undo, type History } from '../../../shared/commands/history';
import { autoPlaceScene } from '../../../shared/engine';
import { isBanquetTable } from '../../../shared/engine/hall';
import { deriveNumbers, isNumbered } from '../../../shared/engine/numbers';
import { newPerson, newScene, roundTable } from '../../../shared/model/factory';
import { restore } from '../../../shared/model/restore';
import type { HostRole, Plan, Side } from '../../../shared/model/types';
import { placementInputs } from '../../../shared/people/affected';
import { banquetPlan } from '../../helpers/plans';

/** One step, as indices that are resolved against whatever the document holds by then. */
const step = fc.record({
  kind: fc.constantFrom(
    'add-person',
    'remove-person',
    'add-table',
    'remove-item',
    'resize-table',
    'assign',
    'unassign',
    'lock',
    'role',
    'auto-place',
    'rank-insert',
    'add-scene',
    'remove-scene',
    'undo',
    'redo',
    'undo',
    'redo',
  ),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  flag: fc.boolean(),
  /** Sometimes refer to an id that does not exist. */
  stale: fc.nat({ max: 9 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const SEATS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', 'P', 'R1', 'L1'];
const ROLES: (HostRole | null)[] = ['chief-host', 'deputy-host', 'third-host', 'fourth-host', null];

function toCommand(plan: Plan, s: Step, fresh: (prefix: string) => string): Command | undefined {
  const at = <T>(xs: T[], n: number): T | undefined => (xs.length ? xs[n % xs.length] : undefined);
  const scene = at(plan.scenes, s.a);
  const sceneId = s.stale === 0 ? 'scene_gone' : scene?.id;
  const person = s.stale === 1 ? 'person_gone' : at(plan.people, s.b)?.id;
  const item = s.stale === 2 ? 'item_gone' : at(scene?.items ?? [], s.c)?.id;
  switch (s.kind) {
    case 'add-person': {
      const side = (['host', 'guest', 'staff'] as Side[])[s.b % 3]!;
      return { type: 'person/add', people: [newPerson({ name: `人${s.c}`, side, rank: 1 + (s.c % 8) }, fresh)] };
    }
    case 'remove-person':
      return person ? { type: 'person/remove', personIds: [person] } : undefined;
    case 'add-table':
      return sceneId ? { type: 'item/add', sceneId, items: [roundTable(fresh, s.b % 20, s.c % 20, 6 + (s.b % 7))] } : undefined;
    case 'remove-item':
      return sceneId && item ? { type: 'item/remove', sceneId, itemIds: [item] } : undefined;
    case 'resize-table':
      return sceneId && item
        ? { type: 'item/update', sceneId, changes: [{ id: item, patch: { seats: 4 + (s.b % 10) } }], gesture: 'edit' }
        : undefined;
    case 'assign':
      return sceneId && item && person
        ? { type: 'seat/assign', sceneId, personId: person, itemId: item, seat: at(SEATS, s.b)! }
        : undefined;
    case 'unassign':
      return sceneId && person ? { type: 'seat/unassign', sceneId, personIds: [person] } : undefined;
    case 'lock':
      return sceneId && person ? { type: 'seat/lock', sceneId, personIds: [person], locked: s.flag } : undefined;
    case 'role':
      return sceneId && item && person
        ? { type: 'role/set', sceneId, itemId: item, personId: person, role: at(ROLES, s.c)! }
        : undefined;
    case 'auto-place': {
      if (!scene) return undefined;
      const result = autoPlaceScene(plan, scene.id);
      return {
        type: 'seat/apply',
        sceneId: scene.id,
        assignments: result.assignments,
        placedWith: placementInputs(scene, plan.people),
      };
    }
    case 'rank-insert':
      return person ? { type: 'people/rank-insert', personId: person, rank: 1 + (s.c % 9) } : undefined;
    case 'add-scene':
      return { type: 'scene/add', scene: newScene(s.flag ? 'banquet' : 'meeting', `场景${s.c}`, fresh) };
    case 'remove-scene':
      return sceneId && plan.scenes.length > 1 ? { type: 'scene/remove', sceneId } : undefined;
    default:
      return undefined;
  }
}

/** Every way a document can be wrong that the editor must never produce. */
function problems(plan: Plan): string[] {
  const found: string[] = [];
  const people = new Set(plan.people.map((p) => p.id));
  for (const scene of plan.scenes) {
    const items = new Set(scene.items.map((i) => i.id));
    const seated = new Set<string>();
    const seats = new Set<string>();
    for (const a of scene.assignments) {
      if (!people.has(a.personId)) found.push(`${scene.name}: assignment of missing person ${a.personId}`);
      if (!items.has(a.itemId)) found.push(`${scene.name}: assignment to missing item ${a.itemId}`);
      if (seated.has(a.personId)) found.push(`${scene.name}: ${a.personId} in two seats`);
      const seat = `${a.itemId}/${a.seat}`;
      if (seats.has(seat)) found.push(`${scene.name}: two people in seat ${seat}`);
      seated.add(a.personId);
      seats.add(seat);
    }
    for (const r of scene.roles) {
      if (!people.has(r.personId) || !items.has(r.itemId))
        found.push(`${scene.name}: role ${r.role} points at something missing`);
    }
    const numbers = deriveNumbers(scene);
    for (const item of scene.items.filter(isNumbered)) {
      if (!item.numberFixed && item.number !== numbers[item.id])
        found.push(`${scene.name}: ${item.id} is numbered ${item.number}, the order says ${numbers[item.id]}`);
    }
    if (scene.items.filter((i) => isBanquetTable(i) && i.main).length > 1) found.push(`${scene.name}: two main tables`);
    for (const p of scene.placedWith ?? []) {
      if (!people.has(p.personId)) found.push(`${scene.name}: placed with missing person ${p.personId}`);
    }
  }
  const restored = restore(JSON.parse(JSON.stringify(plan)));
  if (!restored.ok) found.push(`restore refuses it: ${restored.error}`);
  else found.push(...restored.repairs.map((r) => `restore had to repair: ${r}`));
  return found;
}

function startingPlan(): Plan {
  const base = banquetPlan([
    { name: '主人甲', side: 'host', rank: 1 },
    { name: '主人乙', side: 'host', rank: 2 },
    { name: '客人甲', side: 'guest', rank: 1 },
    { name: '客人乙', side: 'guest', rank: 2 },
    { name: '客人丙', side: 'guest', rank: 3 },
  ]);
  return base;
}

describe('fuzzing commands with undo/redo', () => {
  it('keeps every document valid: no orphans, nobody in two seats', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let n = 0;
        const fresh = (prefix: string) => `${prefix}_f${++n}`;
        // As the editor opens a plan: derived first (renderer/src/state/app-store.ts).
        let history: History = startHistory(derivePlan(undefined, startingPlan()));
        for (const s of steps) {
          if (s.kind === 'undo') {
            const before = history;
            history = undo(history);
            // Undo then redo is the identity on the document.
            if (before.past.length) expect(redo(history).present).toBe(before.present);
          } else if (s.kind === 'redo') history = redo(history);
          else {
            const cmd = toCommand(history.present, s, fresh);
            if (!cmd) continue;
            try {
              history = commit(history, [cmd]);
            } catch (e) {
              if (!(e instanceof CommandError)) throw e;
            }
          }
          const wrong = problems(history.present);
          if (wrong.length) throw new Error(`after ${s.kind}: ${wrong.join('; ')}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});
