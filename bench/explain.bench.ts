/**
 * Explaining seats (shared/engine/explain-seat.ts) on a placed 300-table hall, 3,000 people:
 * the first hover after an edit (a new document: the scene is placed again), explaining every
 * seat of that document (the tooltips of the whole hall, one placement shared), and one more
 * hover once the document's explanations are cached. Median of several runs.
 */
import { autoPlaceScene } from '../shared/engine';
import { explainSeat } from '../shared/engine/explain-seat';
import type { Plan } from '../shared/model/types';
import { hallPlan } from './engine.bench';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The hall as 自动排座 leaves it. */
function placedHall(): Plan {
  const plan = hallPlan(300);
  const scene = plan.scenes[0]!;
  const assignments = autoPlaceScene(plan, scene.id).assignments;
  return { ...plan, scenes: [{ ...scene, assignments }] };
}

/** Wall-clock and CPU milliseconds of `f`; CPU time stays meaningful on a busy shared machine. */
function timed(f: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

export default async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const placed = placedHall();
  const people = placed.scenes[0]!.assignments.map((a) => a.personId);
  const figures: Record<string, number[]> = {};
  const add = (name: string, t: { wall: number; cpu: number }) => {
    (figures[name] ??= []).push(t.wall);
    (figures[`${name}-cpu`] ??= []).push(t.cpu);
  };
  for (let i = 0; i < 7; i++) {
    // A fresh document object, as after any edit: nothing cached for it yet.
    const plan = structuredClone(placed);
    add(
      'explain-first-seat-300-tables',
      timed(() => explainSeat(plan, 's', { personId: people[i]! })),
    );
    // Every seat of a fresh document: one placement shared by 3,000 explanations.
    const other = structuredClone(placed);
    add(
      'explain-every-seat-300-tables',
      timed(() => {
        for (const personId of people) if (!explainSeat(other, 's', { personId })) throw new Error('bench: a seat unexplained');
      }),
    );
    add(
      'explain-cached-seat-300-tables',
      timed(() => explainSeat(plan, 's', { personId: people[i]! })),
    );
  }
  for (const [name, xs] of Object.entries(figures)) report(name, median(xs), 'ms');
}
