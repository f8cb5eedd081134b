import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/commands/commands';
import { autoPlaceScene } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/types';
import { cardEditsSince, logEntry, reflowCommands, type seatChanges } from '../../../shared/people';
import { banquetPlan } from '../../helpers/plans';

function place(plan: Plan): { plan: Plan; changes: ReturnType<typeof seatChanges> } {
  const scene = plan.scenes[0]!;
  const result = autoPlaceScene(plan, scene.id);
  const { commands, changes } = reflowCommands(plan, scene.id, result, 1);
  // One gesture: the seats and the log entry.
  expect(commands.map((c) => c.type)).toEqual(['seat/apply', 'changelog/append']);
  return { plan: commands.reduce(applyCommand, plan), changes };
}

const seatOf = (plan: Plan, name: string) => {
  const id = plan.people.find((p) => p.name === name)!.id;
  return plan.scenes[0]!.assignments.find((a) => a.personId === id)?.seat;
};
const run = (plan: Plan, ...cmds: Command[]) => cmds.reduce(applyCommand, plan);
const byName = (plan: Plan, changes: ReturnType<typeof seatChanges>) =>
  changes.map((c) => [
    plan.people.find((p) => p.id === c.personId)?.name ?? c.personId,
    c.kind,
    c.from?.seat ?? '-',
    c.to?.seat ?? '-',
    c.reprint,
  ]);

describe('re-flow after a last-minute change', () => {
  const start = () =>
    banquetPlan([
      { name: '王建国', side: 'host', rank: 1 },
      { name: '陈志远', side: 'guest', rank: 1 },
      { name: '周文华', side: 'guest', rank: 2 },
      { name: '孙立', side: 'guest', rank: 3 },
      { name: '吴静', side: 'guest', rank: 4 },
    ]);

  it('the first placement seats everyone: every card is new', () => {
    const { plan, changes } = place(start());
    expect(changes.every((c) => c.kind === 'seated' && c.reprint)).toBe(true);
    expect(changes).toHaveLength(5);
    expect(plan.changeLog!.at(-1)).toMatchObject({ kind: 'reflow', count: 5 });
  });

  it('marking a guest absent: the others move up, keeping the right/left alternation; only moves, no reprint', () => {
    const first = place(start()).plan;
    expect([seatOf(first, '陈志远'), seatOf(first, '周文华'), seatOf(first, '孙立'), seatOf(first, '吴静')]).toEqual([
      'R1',
      'L1',
      'R2',
      'L2',
    ]);
    const zhou = first.people.find((p) => p.name === '周文华')!;
    const { plan, changes } = place(run(first, { type: 'person/update', personId: zhou.id, patch: { attendance: 'absent' } }));
    expect([seatOf(plan, '陈志远'), seatOf(plan, '孙立'), seatOf(plan, '吴静'), seatOf(plan, '周文华')]).toEqual([
      'R1',
      'L1',
      'R2',
      undefined,
    ]);
    expect(byName(plan, changes)).toEqual([
      ['周文华', 'unseated', 'L1', '-', false],
      ['孙立', 'moved', 'R2', 'L1', false],
      ['吴静', 'moved', 'L2', 'R2', false],
    ]);
    const entry = plan.changeLog!.at(-1)!;
    expect(entry.moves!.map((m) => [m.name, m.from?.number, m.from?.seat, m.to?.seat])).toEqual([
      ['周文华', 1, 'L1', undefined],
      ['孙立', 1, 'R2', 'L1'],
      ['吴静', 1, 'L2', 'R2'],
    ]);
  });

  it('a late guest and a corrected title: the new guest and the edited card are reprinted, a locked guest never moves', () => {
    const first = place(start()).plan;
    const sun = first.people.find((p) => p.name === '孙立')!;
    const wu = first.people.find((p) => p.name === '吴静')!;
    const sceneId = first.scenes[0]!.id;
    const edited = run(
      first,
      { type: 'seat/lock', sceneId, personIds: [wu.id], locked: true },
      { type: 'person/add', people: [{ ...sun, id: 'late', name: '郑海', rank: 2 }] },
      { type: 'person/update', personId: sun.id, patch: { title: '常务副总' } },
      { type: 'changelog/append', entry: logEntry(2, 'edit', [sun], { detail: 'title' }) },
    );
    const { plan, changes } = place(edited);
    expect(seatOf(plan, '吴静')).toBe('L2');
    // 郑海 ties with 周文华 at rank 2 and comes later in the list: 周文华 keeps L1.
    expect(byName(plan, changes)).toEqual([
      ['孙立', 'moved', 'R2', 'R3', true],
      ['郑海', 'seated', '-', 'R2', true],
    ]);
    // After this re-flow the title edit is printed: it no longer counts for the next one.
    expect(cardEditsSince(plan.changeLog, sceneId).size).toBe(0);
  });
});
