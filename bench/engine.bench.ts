/**
 * Engine speed: a whole banquet hall — table order, filling the tables by rank, and seating each
 * table — for 2,000 people over 200 ten-seat tables and 10,000 over 1,000. Median of several runs.
 */
import { autoPlaceScene } from '../shared/engine';
import type { Person, Plan, VenueItem } from '../shared/model/types';

function hallPlan(tables: number): Plan {
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
  const people: Person[] = [];
  const n = tables * 10;
  for (let i = 0; i < n; i++) {
    const side = i % 5 === 0 ? 'host' : i % 50 === 1 ? 'staff' : 'guest';
    people.push({
      id: `p${i}`,
      name: `p${i}`,
      organisation: `org${i % 37}`,
      title: '',
      side,
      rank: 1 + (i % 97),
      tags: [],
      attendance: 'confirmed',
    });
  }
  return {
    schemaVersion: 1,
    id: 'bench',
    name: 'bench',
    organisation: '',
    convention: 'commercial',
    people,
    scenes: [{ id: 's', name: 's', kind: 'banquet', options: {}, items, assignments: [], roles: [] }],
  };
}

function median(xs: number[]): number {
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
  for (const [name, tables, warmup, runs] of [
    ['place-2000-over-200-tables', 200, 20, 21],
    ['place-10000-over-1000-tables', 1000, 5, 11],
  ] as const) {
    const t = time(hallPlan(tables), warmup, runs);
    report(name, Number(t.wall.toFixed(2)), 'ms');
    report(`${name}-cpu`, Number(t.cpu.toFixed(2)), 'ms');
  }
}
