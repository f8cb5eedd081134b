/**
 * The protocol check (问题) over a placed hall of 300 ten-seat tables and 3,000 people, as the
 * editor runs it after a change: `cold` = the whole plan checked afresh (opening the plan, or a
 * change to the people list, which every scene's lint reads); `warm` = the same document again
 * (the memo). The bench hall's ranks repeat, so its findings are mostly rank ties. Median of several runs, wall-clock and CPU.
 */
import { autoPlaceScene } from '../shared/engine';
import { checkPlan } from '../shared/engine/plan-check';
import type { Plan } from '../shared/model/types';
import { hallPlan, median } from './engine.bench';

function placedHall(tables: number): Plan {
  const plan = hallPlan(tables);
  const { assignments } = autoPlaceScene(plan, 's');
  return { ...plan, scenes: [{ ...plan.scenes[0]!, assignments }] };
}

/** A copy no memo has seen: new people list and scene objects, the same content. */
const fresh = (plan: Plan): Plan => ({ ...plan, people: [...plan.people], scenes: plan.scenes.map((s) => ({ ...s })) });

export default async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const plan = placedHall(300);
  for (let i = 0; i < 3; i++) checkPlan(fresh(plan));
  const wall: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (let i = 0; i < 11; i++) {
    const copy = fresh(plan);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    found = checkPlan(copy).length;
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  report('plan-check-300-tables-cold', median(wall), 'ms');
  report('plan-check-300-tables-cold-cpu', median(cpu), 'ms');
  checkPlan(plan);
  const t0 = performance.now();
  checkPlan(plan);
  report('plan-check-300-tables-warm', performance.now() - t0, 'ms');
  report('plan-check-300-tables-findings', found, 'findings');
}
