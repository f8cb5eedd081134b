/**
 * Every change to a plan is one of these named commands, applied by a pure function.
 * The UI only dispatches commands; ids for new things travel in the payload so that
 * applying a command is deterministic (the same command on the same plan gives the same plan).
 */
import type {
  Assignment,
  Convention,
  HostRole,
  Person,
  PlacedInput,
  Plan,
  Scene,
  SceneOptions,
  SlipPrintRecord,
  VenueItem,
} from '../model/types';
import type { ChangeLogEntry, Underlay } from '../model/types';
import { appendLog } from './change-log';
import { checkResult } from './check';
import { derivePlan } from './derive';
import { reorderItems, type ReorderTarget } from './reorder';

/** `null` clears an optional field (a date the officer removed). */
export type PlanPatch = Partial<Pick<Plan, 'name' | 'organisation' | 'convention'>> & {
  startDate?: string | null;
  endDate?: string | null;
};
export type ScenePatch = { convention?: Convention | null; options?: SceneOptions; participants?: string[] | null };
/** Some fields of one person; an optional field set to undefined is cleared. */
export type PersonPatch = { personId: string; patch: Partial<Omit<Person, 'id'>> };
/** A partial item: any fields of its kind except id and kind. */
export type ItemPatch = { [key: string]: unknown };

export type Command =
  | { type: 'plan/update'; patch: PlanPatch }
  | { type: 'scene/add'; scene: Scene }
  | { type: 'scene/rename'; sceneId: string; name: string }
  | { type: 'scene/move'; sceneId: string; toIndex: number }
  | { type: 'scene/remove'; sceneId: string }
  | { type: 'scene/update'; sceneId: string; patch: ScenePatch }
  /** Seat slips were printed: what each printed slip said, for "only the changed" next time. */
  | { type: 'slips/printed'; sceneId: string; record: SlipPrintRecord }
  | { type: 'item/add'; sceneId: string; items: VenueItem[] }
  | {
      type: 'item/update';
      sceneId: string;
      changes: { id: string; patch: ItemPatch }[];
      gesture?: 'move' | 'rotate' | 'resize' | 'edit';
    }
  | { type: 'item/remove'; sceneId: string; itemIds: string[] }
  | { type: 'person/add'; people: Person[] }
  | { type: 'person/update'; personId: string; patch: Partial<Omit<Person, 'id'>> }
  | { type: 'person/remove'; personIds: string[] }
  /** Links two people as a couple (both sides), or unlinks with partnerId null. */
  | { type: 'person/partner'; personId: string; partnerId: string | null }
  | { type: 'role/set'; sceneId: string; itemId: string; personId: string; role: HostRole | null }
  | { type: 'seat/assign'; sceneId: string; personId: string; itemId: string; seat: string }
  | { type: 'seat/unassign'; sceneId: string; personIds: string[] }
  | { type: 'seat/lock'; sceneId: string; personIds: string[]; locked: boolean }
  /** 自动排座's seats; `placedWith` records the people they were computed from (shared/people/affected.ts). */
  | { type: 'seat/apply'; sceneId: string; assignments: Assignment[]; placedWith?: PlacedInput[] }
  // People issue: batch import (one undo step), precedence reorder, change log.
  | { type: 'people/import'; add: Person[]; update: PersonPatch[] }
  | { type: 'people/reorder'; field: 'rank' | 'precedence'; personIds: string[] }
  /** Puts a person at rank `rank` within his side; the side is renumbered 1, 2, 3… around him. */
  | { type: 'people/rank-insert'; personId: string; rank: number }
  | { type: 'changelog/append'; entry: ChangeLogEntry }
  // The office's people directory (shared/people/directory.ts): people linked to entries, an
  // entry's newer fields taken, or declined (the revision remembered so it is not offered again).
  | { type: 'people/directory-link'; update: PersonPatch[] }
  | { type: 'people/directory-apply'; update: PersonPatch[] }
  | { type: 'people/directory-decline'; update: PersonPatch[] }
  // Canvas issue: z-order.
  | { type: 'item/reorder'; sceneId: string; itemIds: string[]; to: ReorderTarget }
  // Issue 16 part 3: the floor plan under a scene (its picture is a library asset, see model/underlay.ts).
  /** Puts a picture under the scene (an import), replacing any there was. */
  | { type: 'underlay/set'; sceneId: string; underlay: Underlay }
  /** Moves, calibrates, fades, locks or unlocks it, or says whether it prints. */
  | { type: 'underlay/update'; sceneId: string; patch: UnderlayPatch }
  | { type: 'underlay/remove'; sceneId: string };

/** What can change of an underlay once it is there: everything but its picture. */
export type UnderlayPatch = Partial<Omit<Underlay, 'assetId' | 'width' | 'height'>>;

export class CommandError extends Error {}

/**
 * Applies one command, then re-derives what the document derives (numbers, one main table:
 * derive.ts) and, in development and test builds, validates the result (check.ts).
 */
export function applyCommand(plan: Plan, cmd: Command): Plan {
  return checkResult(cmd.type, derivePlan(plan, applyChange(plan, cmd)));
}

function applyChange(plan: Plan, cmd: Command): Plan {
  switch (cmd.type) {
    case 'plan/update':
      return updatePlan(plan, cmd.patch);
    case 'scene/add':
      if (plan.scenes.some((s) => s.id === cmd.scene.id)) throw new CommandError(`scene ${cmd.scene.id} exists`);
      return { ...plan, scenes: [...plan.scenes, cmd.scene] };
    case 'scene/rename':
      return mapScene(plan, cmd.sceneId, (s) => ({ ...s, name: cmd.name }));
    case 'scene/move':
      return moveScene(plan, cmd.sceneId, cmd.toIndex);
    case 'scene/remove':
      findScene(plan, cmd.sceneId);
      return { ...plan, scenes: plan.scenes.filter((s) => s.id !== cmd.sceneId) };
    case 'scene/update':
      return mapScene(plan, cmd.sceneId, (s) => updateScene(s, cmd.patch));
    case 'slips/printed':
      return mapScene(plan, cmd.sceneId, (s) => ({ ...s, slipsPrinted: cmd.record }));
    case 'item/add':
      return mapScene(plan, cmd.sceneId, (s) => ({ ...s, items: [...s.items, ...cmd.items] }));
    case 'item/update':
      return mapScene(plan, cmd.sceneId, (s) => updateItems(s, cmd.changes));
    case 'item/remove':
      return mapScene(plan, cmd.sceneId, (s) => removeItems(s, new Set(cmd.itemIds)));
    case 'person/add':
      return { ...plan, people: [...plan.people, ...cmd.people] };
    case 'person/update':
      return updatePerson(plan, cmd.personId, cmd.patch);
    case 'person/remove':
      return removePeople(plan, new Set(cmd.personIds));
    case 'person/partner':
      return setPartner(plan, cmd.personId, cmd.partnerId);
    case 'role/set':
      if (cmd.role !== null) requirePerson(plan, cmd.personId);
      return mapScene(plan, cmd.sceneId, (s) => setRole(s, cmd.itemId, cmd.personId, cmd.role));
    case 'seat/assign':
      requirePerson(plan, cmd.personId);
      return mapScene(plan, cmd.sceneId, (s) => assignSeat(s, cmd.personId, cmd.itemId, cmd.seat));
    case 'seat/unassign': {
      const ids = new Set(cmd.personIds);
      return mapScene(plan, cmd.sceneId, (s) => ({ ...s, assignments: s.assignments.filter((a) => !ids.has(a.personId)) }));
    }
    case 'seat/lock': {
      const ids = new Set(cmd.personIds);
      return mapScene(plan, cmd.sceneId, (s) => ({
        ...s,
        assignments: s.assignments.map((a) => (ids.has(a.personId) ? { ...a, locked: cmd.locked } : a)),
      }));
    }
    case 'people/import':
      return importPeople(plan, cmd.add, cmd.update);
    case 'people/directory-link':
    case 'people/directory-apply':
    case 'people/directory-decline':
      return importPeople(plan, [], cmd.update);
    case 'people/reorder':
      return reorderPeople(plan, cmd.field, cmd.personIds);
    case 'people/rank-insert':
      return insertAtRank(plan, cmd.personId, cmd.rank);
    case 'changelog/append':
      return { ...plan, changeLog: appendLog(plan.changeLog, cmd.entry) };
    case 'item/reorder':
      return mapScene(plan, cmd.sceneId, (s) => {
        for (const id of cmd.itemIds) if (!s.items.some((i) => i.id === id)) throw new CommandError(`no item ${id}`);
        return { ...s, items: reorderItems(s.items, new Set(cmd.itemIds), cmd.to) };
      });
    case 'seat/apply':
      return mapScene(plan, cmd.sceneId, (s) => ({
        ...s,
        assignments: cmd.assignments,
        ...(cmd.placedWith ? { placedWith: cmd.placedWith } : {}),
      }));
    case 'underlay/set':
      return mapScene(plan, cmd.sceneId, (s) => ({ ...s, underlay: cmd.underlay }));
    case 'underlay/update':
      return mapScene(plan, cmd.sceneId, (s) => {
        if (!s.underlay) throw new CommandError(`scene ${cmd.sceneId} has no underlay`);
        return { ...s, underlay: { ...s.underlay, ...cmd.patch } };
      });
    case 'underlay/remove':
      return mapScene(plan, cmd.sceneId, ({ underlay: _removed, ...s }) => s);
  }
}

function updatePlan(plan: Plan, patch: PlanPatch): Plan {
  const next: Plan = { ...plan };
  for (const [key, value] of Object.entries(patch) as [keyof PlanPatch, unknown][]) {
    if (value === null) delete next[key];
    else if (value !== undefined) Object.assign(next, { [key]: value });
  }
  return next;
}

export function findScene(plan: Plan, sceneId: string): Scene {
  const scene = plan.scenes.find((s) => s.id === sceneId);
  if (!scene) throw new CommandError(`no scene ${sceneId}`);
  return scene;
}

function mapScene(plan: Plan, sceneId: string, f: (s: Scene) => Scene): Plan {
  findScene(plan, sceneId);
  return { ...plan, scenes: plan.scenes.map((s) => (s.id === sceneId ? f(s) : s)) };
}

function moveScene(plan: Plan, sceneId: string, toIndex: number): Plan {
  const from = plan.scenes.findIndex((s) => s.id === sceneId);
  if (from < 0) throw new CommandError(`no scene ${sceneId}`);
  const scenes = [...plan.scenes];
  const [scene] = scenes.splice(from, 1);
  scenes.splice(Math.max(0, Math.min(toIndex, scenes.length)), 0, scene!);
  return { ...plan, scenes };
}

function updateScene(scene: Scene, patch: ScenePatch): Scene {
  const next: Scene = { ...scene };
  if (patch.convention === null) delete next.convention;
  else if (patch.convention) next.convention = patch.convention;
  if (patch.options) next.options = { ...scene.options, ...patch.options };
  if (patch.participants === null) delete next.participants;
  else if (patch.participants) next.participants = patch.participants;
  return next;
}

/**
 * Applies field changes to items. Changing how many seats an item has can leave assignments
 * on seats that no longer exist; they stay in the document (nothing silently lost) and the
 * engine's lint reports them until the officer re-places.
 */
function updateItems(scene: Scene, changes: { id: string; patch: ItemPatch }[]): Scene {
  const byId = new Map(changes.map((c) => [c.id, c.patch]));
  for (const id of byId.keys()) {
    if (!scene.items.some((i) => i.id === id)) throw new CommandError(`no item ${id}`);
  }
  const items = scene.items.map((item) => {
    const patch = byId.get(item.id);
    if (!patch) return item;
    const { id: _id, kind: _kind, ...rest } = patch;
    return { ...item, ...rest } as VenueItem;
  });
  return { ...scene, items };
}

function removeItems(scene: Scene, ids: Set<string>): Scene {
  return {
    ...scene,
    items: scene.items.filter((i) => !ids.has(i.id)),
    assignments: scene.assignments.filter((a) => !ids.has(a.itemId)),
    roles: scene.roles.filter((r) => !ids.has(r.itemId)),
  };
}

/** A seat or a hosting role for someone not in the plan would be an orphan: refuse it. */
function requirePerson(plan: Plan, personId: string): void {
  if (!plan.people.some((p) => p.id === personId)) throw new CommandError(`no person ${personId}`);
}

function updatePerson(plan: Plan, personId: string, patch: Partial<Omit<Person, 'id'>>): Plan {
  if (!plan.people.some((p) => p.id === personId)) throw new CommandError(`no person ${personId}`);
  return { ...plan, people: plan.people.map((p) => (p.id === personId ? { ...p, ...patch } : p)) };
}

function withoutPartner(person: Person): Person {
  const { partnerId: _gone, ...rest } = person;
  return rest;
}

/** Couples are symmetric: linking A–B unlinks A's and B's previous partners. */
function setPartner(plan: Plan, personId: string, partnerId: string | null): Plan {
  const known = new Set(plan.people.map((p) => p.id));
  if (!known.has(personId)) throw new CommandError(`no person ${personId}`);
  if (partnerId !== null && (!known.has(partnerId) || partnerId === personId)) throw new CommandError(`no partner ${partnerId}`);
  const current = plan.people.find((p) => p.id === personId)?.partnerId;
  const other = partnerId === null ? undefined : plan.people.find((p) => p.id === partnerId)?.partnerId;
  const unlink = new Set([personId, current, partnerId, other].filter((id): id is string => id !== undefined && id !== null));
  return {
    ...plan,
    people: plan.people.map((p) => {
      if (partnerId !== null && p.id === personId) return { ...p, partnerId };
      if (partnerId !== null && p.id === partnerId) return { ...p, partnerId: personId };
      return unlink.has(p.id) && p.partnerId !== undefined ? withoutPartner(p) : p;
    }),
  };
}

function removePeople(plan: Plan, ids: Set<string>): Plan {
  return {
    ...plan,
    people: plan.people
      .filter((p) => !ids.has(p.id))
      .map((p) => (p.partnerId !== undefined && ids.has(p.partnerId) ? withoutPartner(p) : p)),
    scenes: plan.scenes.map((s) => ({
      ...s,
      assignments: s.assignments.filter((a) => !ids.has(a.personId)),
      roles: s.roles.filter((r) => !ids.has(r.personId)),
      ...(s.participants ? { participants: s.participants.filter((p) => !ids.has(p)) } : {}),
      ...(s.placedWith ? { placedWith: s.placedWith.filter((p) => !ids.has(p.personId)) } : {}),
    })),
  };
}

/** One person holds at most one role per table, and one role is held by one person per table. */
function setRole(scene: Scene, itemId: string, personId: string, role: HostRole | null): Scene {
  if (role !== null && !scene.items.some((i) => i.id === itemId)) throw new CommandError(`no item ${itemId}`);
  const roles = scene.roles.filter(
    (r) => !(r.itemId === itemId && (r.personId === personId || (role !== null && r.role === role))),
  );
  // A person hosts one table per scene: taking a role at this table clears any other table's.
  const elsewhere = roles.filter((r) => !(role !== null && r.personId === personId && r.itemId !== itemId));
  return { ...scene, roles: role === null ? elsewhere : [...elsewhere, { itemId, personId, role }] };
}

/**
 * Seats a person. If the seat is taken, the two swap (the occupant goes to the mover's old
 * seat, or is unseated when the mover came from the people list). Locks travel with people.
 */
function assignSeat(scene: Scene, personId: string, itemId: string, seat: string): Scene {
  if (!scene.items.some((i) => i.id === itemId)) throw new CommandError(`no item ${itemId}`);
  const mine = scene.assignments.find((a) => a.personId === personId);
  const occupant = scene.assignments.find((a) => a.itemId === itemId && a.seat === seat);
  if (occupant?.personId === personId) return scene;
  const rest = scene.assignments.filter((a) => a !== mine && a !== occupant);
  const next: Assignment[] = [...rest, { personId, itemId, seat, locked: mine?.locked ?? false }];
  if (occupant && mine) next.push({ ...occupant, itemId: mine.itemId, seat: mine.seat });
  return { ...scene, assignments: next };
}

function importPeople(plan: Plan, add: Person[], update: PersonPatch[]): Plan {
  const ids = new Set(plan.people.map((p) => p.id));
  for (const p of add) if (ids.has(p.id)) throw new CommandError(`person ${p.id} exists`);
  const patches = new Map(update.map((u) => [u.personId, u.patch]));
  for (const id of patches.keys()) if (!ids.has(id)) throw new CommandError(`no person ${id}`);
  const people = plan.people.map((p) => (patches.has(p.id) ? { ...p, ...patches.get(p.id) } : p));
  return { ...plan, people: [...people, ...add] };
}

/** The listed people take ranks (or precedences) 1, 2, 3… in the given order; others keep theirs. */
function reorderPeople(plan: Plan, field: 'rank' | 'precedence', personIds: string[]): Plan {
  const position = new Map(personIds.map((id, i) => [id, i + 1]));
  if (position.size !== personIds.length) throw new CommandError('a person is listed twice');
  for (const id of position.keys()) if (!plan.people.some((p) => p.id === id)) throw new CommandError(`no person ${id}`);
  return { ...plan, people: plan.people.map((p) => (position.has(p.id) ? { ...p, [field]: position.get(p.id)! } : p)) };
}

/**
 * Rank insertion (排序 k typed for one person): he goes to place k of his side's order (rank, then
 * list order; k past the end puts him last) and the side is renumbered 1, 2, 3… in the new order,
 * so the others from k on move down one and no two share a rank. Only changed ranks are written.
 */
function insertAtRank(plan: Plan, personId: string, rank: number): Plan {
  const person = plan.people.find((p) => p.id === personId);
  if (!person) throw new CommandError(`no person ${personId}`);
  if (!Number.isInteger(rank) || rank < 1) throw new CommandError(`bad rank ${rank}`);
  const index = new Map(plan.people.map((p, i) => [p.id, i]));
  const others = plan.people
    .filter((p) => p.side === person.side && p.id !== personId)
    .sort((a, b) => a.rank - b.rank || index.get(a.id)! - index.get(b.id)!);
  others.splice(Math.min(rank, others.length + 1) - 1, 0, person);
  const position = new Map(others.map((p, i) => [p.id, i + 1]));
  return {
    ...plan,
    people: plan.people.map((p) => {
      const next = position.get(p.id);
      return next === undefined || next === p.rank ? p : { ...p, rank: next };
    }),
  };
}
