/**
 * Every load of a plan document goes through `restore`: it migrates older versions,
 * validates the result, and repairs what it safely can (dangling references), reporting
 * each repair so the user is told what changed. A newer version is refused, never guessed.
 */
import { isOfficialLevel } from './official-levels';
import { describeZodError, planSchema } from './schema';
import { SCHEMA_VERSION, type Plan } from './types';

export type RestoreResult = { ok: true; plan: Plan; repairs: Repair[] } | { ok: false; error: string };

/** What a load repaired, as a code with parameters; the words are `repair.<key>` in zh.ts and en.ts. */
export const REPAIR_KEYS = ['partnerRemoved', 'unknownPerson', 'unknownItem', 'seatedTwice', 'seatTaken', 'roleRemoved'] as const;
export interface Repair {
  key: (typeof REPAIR_KEYS)[number];
  params: Record<string, string>;
}

/** Migrations from version N to N+1, indexed by N. Version 0 = documents without schemaVersion. */
const migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  0: (doc) => ({ ...doc, schemaVersion: 1 }),
  1: fixOfficerCarNumbers,
  2: separateOfficialLevels,
};

/**
 * Format 1 stored a car's number only when the officer typed it; format 2 numbers every car
 * (the motorcade order) and marks typed numbers `numberFixed`, as tables do.
 */
function fixOfficerCarNumbers(doc: Record<string, unknown>): Record<string, unknown> {
  const scenes = Array.isArray(doc.scenes) ? doc.scenes : [];
  return {
    ...doc,
    schemaVersion: 2,
    scenes: scenes.map((scene: unknown) => {
      const items = (scene as { items?: unknown } | null)?.items;
      if (!Array.isArray(items)) return scene;
      return {
        ...(scene as object),
        items: items.map((item: unknown) => {
          const car = item as { kind?: unknown; number?: unknown } | null;
          return car?.kind === 'car' && car.number !== undefined ? { ...car, numberFixed: true } : item;
        }),
      };
    }),
  };
}

/**
 * Format 2 had one `level` field, and imports filled it from a 级别 column, so it may hold an
 * official level (正厅级) instead of a reception level (一级). Format 3 keeps the two apart: an
 * official-level word moves to `officialLevel`; anything else stays the reception level.
 */
function separateOfficialLevels(doc: Record<string, unknown>): Record<string, unknown> {
  const people = Array.isArray(doc.people) ? doc.people : [];
  return {
    ...doc,
    schemaVersion: 3,
    people: people.map((person: unknown) => {
      const p = person as { level?: unknown; officialLevel?: unknown } | null;
      if (typeof p?.level !== 'string' || !isOfficialLevel(p.level) || p.officialLevel !== undefined) return person;
      const { level, ...rest } = p;
      return { ...rest, officialLevel: level };
    }),
  };
}

export function restore(input: unknown): RestoreResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'plan: expected a JSON object' };
  }
  let doc = input as Record<string, unknown>;
  const rawVersion = doc.schemaVersion ?? 0;
  if (typeof rawVersion !== 'number' || !Number.isInteger(rawVersion) || rawVersion < 0) {
    return { ok: false, error: 'schemaVersion: expected a whole number' };
  }
  if (rawVersion > SCHEMA_VERSION) {
    return {
      ok: false,
      error: `schemaVersion: this plan was saved by a newer Zuoci (format ${rawVersion}; this version reads up to ${SCHEMA_VERSION}). Update Zuoci to open it.`,
    };
  }
  for (let v = rawVersion; v < SCHEMA_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) return { ok: false, error: `schemaVersion: no migration from format ${v}` };
    doc = migrate(doc);
  }
  const parsed = planSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  const duplicate = findDuplicateIds(parsed.data);
  if (duplicate) return { ok: false, error: duplicate };
  return repairReferences(parsed.data);
}

function findDuplicateIds(plan: Plan): string | undefined {
  const seen = new Set<string>();
  for (const [i, p] of plan.people.entries()) {
    if (seen.has(p.id)) return `people[${i}].id: duplicate id "${p.id}"`;
    seen.add(p.id);
  }
  const scenes = new Set<string>();
  for (const [s, scene] of plan.scenes.entries()) {
    if (scenes.has(scene.id)) return `scenes[${s}].id: duplicate id "${scene.id}"`;
    scenes.add(scene.id);
    const items = new Set<string>();
    for (const [i, item] of scene.items.entries()) {
      if (items.has(item.id)) return `scenes[${s}].items[${i}].id: duplicate id "${item.id}"`;
      items.add(item.id);
    }
  }
  return undefined;
}

/**
 * Drops assignments and roles that point at people or items that no longer exist, and
 * second seats of one person or second people in one seat (the earlier, or the locked one, wins).
 */
function repairReferences(plan: Plan): RestoreResult {
  const repairs: Repair[] = [];
  const people = new Set(plan.people.map((p) => p.id));
  const names = new Map(plan.people.map((p) => [p.id, p.name]));
  const partnered = plan.people.map((p) => {
    if (p.partnerId === undefined || (people.has(p.partnerId) && p.partnerId !== p.id)) return p;
    repairs.push({ key: 'partnerRemoved', params: { person: p.name } });
    const { partnerId: _gone, ...rest } = p;
    return rest;
  });
  const scenes = plan.scenes.map((scene) => {
    const items = new Set(scene.items.map((i) => i.id));
    const seated = new Set<string>();
    const taken = new Set<string>();
    const ordered = [...scene.assignments].sort((a, b) => Number(b.locked) - Number(a.locked));
    const assignments = ordered.filter((a) => {
      const seatKey = `${a.itemId}\u0000${a.seat}`;
      const problem: Repair | undefined = !people.has(a.personId)
        ? { key: 'unknownPerson', params: { scene: scene.name, person: a.personId } }
        : !items.has(a.itemId)
          ? { key: 'unknownItem', params: { scene: scene.name, item: a.itemId } }
          : seated.has(a.personId)
            ? { key: 'seatedTwice', params: { scene: scene.name, person: names.get(a.personId)! } }
            : taken.has(seatKey)
              ? { key: 'seatTaken', params: { scene: scene.name, seat: a.seat, item: a.itemId } }
              : undefined;
      if (problem) {
        repairs.push(problem);
        return false;
      }
      seated.add(a.personId);
      taken.add(seatKey);
      return true;
    });
    const roles = scene.roles.filter((r) => {
      const ok = people.has(r.personId) && items.has(r.itemId);
      if (!ok) repairs.push({ key: 'roleRemoved', params: { scene: scene.name } });
      return ok;
    });
    const participants = scene.participants?.filter((p) => people.has(p));
    return { ...scene, assignments, roles, ...(participants ? { participants } : {}) };
  });
  return { ok: true, plan: { ...plan, people: partnered, scenes }, repairs };
}
