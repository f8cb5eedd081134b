/**
 * The protocol check over the whole plan (RULES.md §8): the lint of every scene, and the checks
 * that only the whole plan can answer — two people of one side with the same rank, and a person
 * seated in one scene but not in another scene of the same kind where the others of his side are
 * (a guest with no car). Each finding says how serious it is and which seat to show; the words
 * (people by name, seats in words, what to do) come from shared/output/problem-words.ts.
 *
 * Runs after every change, so it is memoised: per plan document, and each scene's lint per
 * (people list, scene, convention) — an edit in one scene re-lints that scene only.
 */
import type { Person, Plan, Scene } from '../model/types';
import { lintScene } from './lint';
import { personRef, warn } from './reasons';
import type { Warning } from './types';

export type Severity = 'error' | 'warning';

/** Every code the check reports; each has words under `check.action.<code>`. */
export const CHECK_CODES = {
  'unknown-seat': 'error',
  'unknown-person': 'error',
  'person-in-two-seats': 'error',
  'seat-has-two-people': 'error',
  'absent-seated': 'error',
  'more-people-than-seats': 'error',
  'chief-host-not-facing-door': 'warning',
  'host-in-guest-seat': 'warning',
  'staff-in-principal-seat': 'warning',
  'western-alternation': 'warning',
  'seniority-inverted': 'warning',
  'locked-against-rules': 'warning',
  'table-skipped': 'warning',
  'table-underfilled': 'warning',
  'rank-tie': 'warning',
  'missing-in-scene': 'warning',
} as const satisfies Record<string, Severity>;

export type CheckCode = keyof typeof CHECK_CODES;

export interface Finding extends Warning {
  code: CheckCode;
  severity: Severity;
  /** The scene it is found in; absent for the people list itself (a rank tie). */
  sceneId?: string;
  /** The seat to show and select: where the first person named sits in that scene. */
  seat?: { itemId: string; seat: string };
}

const planMemo = new WeakMap<Plan, Finding[]>();
const sceneMemo = new WeakMap<Person[], WeakMap<Scene, { convention: Plan['convention']; findings: Finding[] }>>();

/** Every finding of the plan, errors first, then scene by scene in tab order. */
export function checkPlan(plan: Plan): Finding[] {
  let found = planMemo.get(plan);
  if (!found) {
    found = [...plan.scenes.flatMap((s) => checkScene(plan, s)), ...rankTies(plan), ...missingInScenes(plan)];
    found.sort((a, b) => severityOrder(a) - severityOrder(b));
    planMemo.set(plan, found);
  }
  return found;
}

/** The findings of one scene (what its tab counts). */
export function sceneFindings(plan: Plan, sceneId: string): Finding[] {
  return checkPlan(plan).filter((f) => f.sceneId === sceneId);
}

const severityOrder = (f: Finding) => (f.severity === 'error' ? 0 : 1);

function checkScene(plan: Plan, scene: Scene): Finding[] {
  let byScene = sceneMemo.get(plan.people);
  if (!byScene) sceneMemo.set(plan.people, (byScene = new WeakMap()));
  const hit = byScene.get(scene);
  if (hit && hit.convention === plan.convention) return hit.findings;
  const findings = lintScene(plan, scene.id).map((w) => finding(w, scene));
  byScene.set(scene, { convention: plan.convention, findings });
  return findings;
}

function finding(w: Warning, scene: Scene | undefined): Finding {
  if (!(w.code in CHECK_CODES)) throw new Error(`plan check: no severity for lint code ${w.code}`);
  const code = w.code as CheckCode;
  const first = w.personIds?.[0];
  const at = scene && first !== undefined ? scene.assignments.find((a) => a.personId === first) : undefined;
  return {
    ...w,
    code,
    severity: CHECK_CODES[code],
    ...(scene ? { sceneId: scene.id } : {}),
    ...(at ? { seat: { itemId: at.itemId, seat: at.seat } } : {}),
  };
}

/** People of one side sharing a rank: the officer must settle it; list order decides until then. */
export function rankTies(plan: Plan): Finding[] {
  const groups = new Map<string, Person[]>();
  for (const p of plan.people) {
    if (p.attendance === 'absent') continue;
    const key = `${p.side}\u0000${p.rank}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) =>
      finding(
        warn(
          'rank-tie',
          'warning.lint.rankTie',
          { people: g.map((p) => personRef(p.id)), side: { side: g[0]!.side }, rank: g[0]!.rank },
          { personIds: g.map((p) => p.id) },
        ),
        undefined,
      ),
    );
}

/**
 * A person seated in one scene and not in another scene of the same kind, although he takes part
 * in it and others of his side who are seated in the first are seated there too (a guest with no
 * car); and, in a motorcade, the few of a side left behind while the rest of it rides.
 */
function missingInScenes(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const byId = new Map(plan.people.map((p) => [p.id, p]));
  const seatedIn = new Map(plan.scenes.map((s) => [s.id, new Set(s.assignments.map((a) => a.personId))]));
  for (const scene of plan.scenes) {
    if (scene.kind === 'other') continue;
    const here = seatedIn.get(scene.id)!;
    const takesPart = scene.participants ? new Set(scene.participants) : undefined;
    const reported = new Set<string>();
    const report = (pid: string, other: Scene, riders?: number) => {
      reported.add(pid);
      const params = { person: personRef(pid), other: other.name };
      const w =
        riders === undefined
          ? warn('missing-in-scene', 'warning.lint.missingInScene', params, { personIds: [pid] })
          : warn('missing-in-scene', 'warning.lint.leftOutOfMotorcade', { ...params, riders }, { personIds: [pid] });
      out.push(finding(w, scene));
    };
    if (scene.kind === 'car')
      for (const { pid, seatedIn: other, riders } of leftOutOfMotorcade(plan, scene, seatedIn, byId)) report(pid, other, riders);
    for (const other of plan.scenes) {
      if (other === scene || other.kind !== scene.kind) continue;
      const there = seatedIn.get(other.id)!;
      // The sides with someone seated in both scenes.
      const sidesInBoth = new Set([...there].filter((q) => here.has(q)).map((q) => byId.get(q)?.side));
      for (const pid of there) {
        const p = byId.get(pid);
        if (!p || here.has(pid) || reported.has(pid) || p.attendance === 'absent') continue;
        if (takesPart && !takesPart.has(pid)) continue;
        if (!sidesInBoth.has(p.side)) continue;
        report(pid, other);
      }
    }
  }
  return out;
}

/** In a motorcade, a side's riders per one left behind before the one left behind is reported. */
const RIDERS_PER_LEFT_BEHIND = 3;

/**
 * The people a motorcade leaves behind although nearly all of their side ride in it: seated in
 * another scene (the banquet), in no car, while at least three times as many of their side ride
 * (a late guest with no car, RULES.md §8). With the scene where each is seated. A motorcade that
 * carries only part of a side (three of twenty hosts) says nothing: who rides is the officer's
 * choice.
 */
function leftOutOfMotorcade(
  plan: Plan,
  motorcade: Scene,
  seatedIn: Map<string, Set<string>>,
  byId: Map<string, Person>,
): { pid: string; seatedIn: Scene; riders: number }[] {
  const riding = seatedIn.get(motorcade.id)!;
  const takesPart = motorcade.participants ? new Set(motorcade.participants) : undefined;
  const left = new Map<Person['side'], Map<string, Scene>>();
  for (const scene of plan.scenes) {
    if (scene === motorcade) continue;
    for (const pid of seatedIn.get(scene.id)!) {
      const p = byId.get(pid);
      if (!p || riding.has(pid) || p.attendance === 'absent' || (takesPart && !takesPart.has(pid))) continue;
      const ofSide = left.get(p.side) ?? new Map<string, Scene>();
      left.set(p.side, ofSide);
      if (!ofSide.has(pid)) ofSide.set(pid, scene);
    }
  }
  return [...left].flatMap(([side, ofSide]) => {
    const riders = [...riding].filter((pid) => byId.get(pid)?.side === side).length;
    if (riders < RIDERS_PER_LEFT_BEHIND * ofSide.size) return [];
    return [...ofSide].map(([pid, scene]) => ({ pid, seatedIn: scene, riders }));
  });
}
