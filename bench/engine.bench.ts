/**
 * Engine speed: a whole banquet hall — table order, filling the tables by rank, and seating each
 * table — for 2,000 people over 200 ten-seat tables and 10,000 over 1,000; and a large meeting
 * (issue 16, target ≤ 50 ms): a 5,000-seat hall (three blocks of 50 rows: 30, 40 and 30 seats)
 * for 5,000 people in 200 units of 25, in each arrangement. Median of several runs.
 */
import { autoPlaceScene } from '../shared/engine';
import { meetingHall, uniformBlock } from '../shared/kinds/meeting-hall';
import type { Person, Plan, Scene, SceneOptions, VenueItem } from '../shared/model/types';

function benchPlan(
  kind: Scene['kind'],
  items: VenueItem[],
  people: Person[],
  convention: Plan['convention'],
  options: SceneOptions = {},
): Plan {
  return {
    schemaVersion: 1,
    id: 'bench',
    name: 'bench',
    organisation: '',
    convention,
    people,
    scenes: [{ id: 's', name: 's', kind, options, items, assignments: [], roles: [] }],
  };
}

const benchPerson = (i: number, fields: Pick<Person, 'side' | 'rank' | 'organisation'>): Person => ({
  id: `p${i}`,
  name: `p${i}`,
  title: '',
  tags: [],
  attendance: 'confirmed',
  ...fields,
});

function meetingPlan(arrangement: NonNullable<SceneOptions['arrangement']>): Plan {
  const hall = meetingHall.create(
    (p) => `${p}_hall`,
    { x: 0, y: 0 },
    {
      blocks: [uniformBlock(50, 30), uniformBlock(50, 40), uniformBlock(50, 30)],
    },
  );
  const people = Array.from({ length: 5000 }, (_, i) =>
    benchPerson(i, { side: 'guest', rank: i + 1, organisation: `单位${Math.floor(i / 25)}` }),
  );
  return benchPlan('meeting', [hall], people, 'government', { arrangement });
}

/** A hall of `tables` ten-seat tables, full: hosts, guests and a few staff of many ranks (also the plan-check and explain benchmarks' hall). */
export function hallPlan(tables: number): Plan {
  const cols = Math.ceil(Math.sqrt(tables * 2));
  const items: VenueItem[] = [
    { id: 'door', kind: 'door', x: (cols * 3) / 2, y: (tables / cols) * 3 + 6, rotation: -90, width: 2 },
  ];
  for (let i = 0; i < tables; i++) {
    items.push({
      id: `T${i}`,
      kind: 'round-table',
      x: (i % cols) * 3,
      y: Math.floor(i / cols) * 3,
      rotation: 0,
      seats: 10,
      diameter: 1.8,
    });
  }
  const people = Array.from({ length: tables * 10 }, (_, i) =>
    benchPerson(i, {
      side: i % 5 === 0 ? 'host' : i % 50 === 1 ? 'staff' : 'guest',
      rank: 1 + (i % 97),
      organisation: `org${i % 37}`,
    }),
  );
  return benchPlan('banquet', items, people, 'commercial');
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall-clock and CPU milliseconds; CPU time stays meaningful on a busy shared machine. */
function time(plan: Plan, warmup: number, runs: number): { wall: number; cpu: number } {
  // Let the JIT settle first: the app places the same hall again and again while people edit.
  for (let i = 0; i < warmup; i++) autoPlaceScene(plan, 's');
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = autoPlaceScene(plan, 's');
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (res.assignments.length !== plan.people.length) throw new Error('bench: not everyone was seated');
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export default async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const cases: [string, () => Plan, number, number][] = [
    ['place-2000-over-200-tables', () => hallPlan(200), 20, 21],
    ['place-10000-over-1000-tables', () => hallPlan(1000), 5, 11],
    ...(['horizontal', 'vertical', 'centreOut', 'snake', 'columns'] as const).map(
      (arrangement): [string, () => Plan, number, number] => [
        `place-5000-seat-hall-200-units-${arrangement}`,
        () => meetingPlan(arrangement),
        5,
        11,
      ],
    ),
  ];
  for (const [name, plan, warmup, runs] of cases) {
    const t = time(plan(), warmup, runs);
    report(name, Number(t.wall.toFixed(2)), 'ms');
    report(`${name}-cpu`, Number(t.cpu.toFixed(2)), 'ms');
  }
}
