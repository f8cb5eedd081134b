/**
 * Who is affected by a change since a scene was last placed: marking someone absent, adding a
 * late guest, changing a rank or a side reaches every scene that person takes part in, and stays
 * marked on each canvas until that scene is re-placed (全部重排). Derived from the document alone —
 * the scene's `placedWith` (what the people were at its last 自动排座) against the people now — so
 * a reload, an undo or another window sees the same marks.
 */
import type { Person, PlacedInput, Scene } from '../model/types';

/**
 * Why someone is affected: absent but still seated; present, taking part and without a seat the
 * last placement did not know about (a late guest, or back from absent); moved in the order of
 * his side (rank) or overall (precedence); or on another side than when placed.
 */
export type AffectedWhy = 'absent' | 'new' | 'rank' | 'side';

/** The people a scene seats from: its participant list, else everyone. */
function takesPart(scene: Scene): (p: Person) => boolean {
  if (!scene.participants) return () => true;
  const ids = new Set(scene.participants);
  return (p) => ids.has(p.id);
}

/** What 自动排座 records in the scene it places (the `placedWith` of its `seat/apply`). */
export function placementInputs(scene: Scene, people: Person[]): PlacedInput[] {
  return people.filter(takesPart(scene)).map((p) => ({
    personId: p.id,
    side: p.side,
    rank: p.rank,
    ...(p.precedence !== undefined ? { precedence: p.precedence } : {}),
    ...(p.attendance === 'absent' ? { absent: true as const } : {}),
  }));
}

/**
 * The affected people of one scene, in list order. A scene never auto-placed has nothing to
 * compare with: only absent people still seated there count.
 */
export function affectedIn(scene: Scene, people: Person[]): Map<string, AffectedWhy> {
  const affected = new Map<string, AffectedWhy>();
  const seated = new Set(scene.assignments.map((a) => a.personId));
  const then = scene.placedWith ? new Map(scene.placedWith.map((p) => [p.personId, p])) : undefined;
  const inScene = takesPart(scene);
  for (const p of people) {
    if (p.attendance === 'absent') {
      if (seated.has(p.id)) affected.set(p.id, 'absent');
      continue;
    }
    if (!then || !inScene(p)) continue;
    const was = then.get(p.id);
    if (!was || was.absent) {
      if (!seated.has(p.id)) affected.set(p.id, 'new');
    } else if (was.side !== p.side) affected.set(p.id, 'side');
    else if (was.precedence !== p.precedence) affected.set(p.id, 'rank');
  }
  if (then) for (const id of reordered(people, then, inScene)) if (!affected.has(id)) affected.set(id, 'rank');
  return affected;
}

/**
 * People whose place in their side's order (rank, then list order) changed among those the last
 * placement seated from. Renumbering around an inserted late guest moves nobody's place, so only
 * a real change of order marks people.
 */
function reordered(people: Person[], then: Map<string, PlacedInput>, inScene: (p: Person) => boolean): string[] {
  const index = new Map(people.map((p, i) => [p.id, i]));
  const kept = people.filter((p) => {
    const was = then.get(p.id);
    return was && !was.absent && was.side === p.side && p.attendance !== 'absent' && inScene(p);
  });
  const moved: string[] = [];
  for (const side of ['host', 'guest', 'staff'] as const) {
    const group = kept.filter((p) => p.side === side);
    const order = (rank: (p: Person) => number) =>
      [...group].sort((a, b) => rank(a) - rank(b) || index.get(a.id)! - index.get(b.id)!).map((p) => p.id);
    const before = order((p) => then.get(p.id)!.rank);
    const now = order((p) => p.rank);
    now.forEach((id, i) => {
      if (before[i] !== id) moved.push(id);
    });
  }
  return moved;
}

/** Every scene with someone affected, in the plan's order, with who and why. */
export function affectedScenes(scenes: Scene[], people: Person[]): { scene: Scene; affected: Map<string, AffectedWhy> }[] {
  return scenes.map((scene) => ({ scene, affected: affectedIn(scene, people) })).filter((s) => s.affected.size > 0);
}
