/**
 * Large-meeting speed (issue 16): 自动排座 of a 5,000-seat hall (three blocks of 50 rows: 30, 40
 * and 30 seats) for 5,000 people in 200 units of 25, in each arrangement. Target ≤ 50 ms.
 * Median wall-clock and CPU time of several runs after a warm-up, as in engine.bench.ts.
 */
import { autoPlaceScene } from '../shared/engine';
import { meetingHall, uniformBlock } from '../shared/kinds/meeting-hall';
import type { Person, Plan, SceneOptions } from '../shared/model/types';

function hallPlan(options: SceneOptions): Plan {
  let seq = 0;
  const hall = meetingHall.create(
    (p) => `${p}_${seq++}`,
    { x: 0, y: 0 },
    {
      blocks: [uniformBlock(50, 30), uniformBlock(50, 40), uniformBlock(50, 30)],
    },
  );
  const people: Person[] = Array.from({ length: 5000 }, (_, i) => ({
    id: `p${i}`,
    name: `p${i}`,
    organisation: `单位${Math.floor(i / 25)}`,
    title: '',
    side: 'guest',
    rank: i + 1,
    tags: [],
    attendance: 'confirmed',
  }));
  return {
    schemaVersion: 1,
    id: 'bench',
    name: 'bench',
    organisation: '',
    convention: 'government',
    people,
    scenes: [{ id: 's', name: 's', kind: 'meeting', options, items: [hall], assignments: [], roles: [] }],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export default async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const smoke = process.env.ZUOCI_BENCH_SMOKE === '1';
  for (const arrangement of ['horizontal', 'vertical', 'centreOut', 'snake', 'columns'] as const) {
    const plan = hallPlan({ arrangement });
    for (let i = 0; i < (smoke ? 1 : 5); i++) autoPlaceScene(plan, 's');
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < (smoke ? 1 : 11); i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const res = autoPlaceScene(plan, 's');
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      if (res.assignments.length !== 5000) throw new Error(`bench: ${arrangement} seated ${res.assignments.length} of 5000`);
    }
    report(`place-5000-seat-hall-200-units-${arrangement}`, Number(median(times).toFixed(2)), 'ms');
    // CPU time stays meaningful on a busy shared machine, where wall-clock time waits for the cores.
    report(`place-5000-seat-hall-200-units-${arrangement}-cpu`, Number(median(cpu).toFixed(2)), 'ms');
  }
}
