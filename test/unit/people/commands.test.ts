import { describe, expect, it } from 'vitest';
import { CHANGE_LOG_LIMIT } from '../../../shared/commands/change-log';
import { applyCommand, CommandError } from '../../../shared/commands/commands';
import { describeGesture } from '../../../shared/commands/describe';
import { newPerson } from '../../../shared/model/factory';
import { restore } from '../../../shared/model/restore';
import { logEntry } from '../../../shared/people';
import { banquetPlan, counterIds } from '../../helpers/plans';

const base = () =>
  banquetPlan([
    { name: '陈志远', side: 'guest', rank: 1 },
    { name: '周文华', side: 'guest', rank: 2 },
    { name: '孙立', side: 'guest', rank: 3 },
    { name: '王建国', side: 'host', rank: 1 },
  ]);

describe('people commands', () => {
  it('people/import adds and updates in one step, and refuses unknown people or reused ids', () => {
    const plan = base();
    const ids = counterIds();
    const late = newPerson({ name: '吴静', side: 'guest', rank: 4 }, (p) => `new-${ids(p)}`);
    const next = applyCommand(plan, {
      type: 'people/import',
      add: [late],
      update: [{ personId: plan.people[1]!.id, patch: { title: '总经理' } }],
    });
    expect(next.people.map((p) => [p.name, p.title])).toEqual([
      ['陈志远', ''],
      ['周文华', '总经理'],
      ['孙立', ''],
      ['王建国', ''],
      ['吴静', ''],
    ]);
    expect(() => applyCommand(plan, { type: 'people/import', add: [], update: [{ personId: 'nobody', patch: {} }] })).toThrow(
      CommandError,
    );
    expect(() => applyCommand(next, { type: 'people/import', add: [late], update: [] })).toThrow(CommandError);
    expect(describeGesture('zh', [{ type: 'people/import', add: [late], update: [] }], plan)).toBe('导入人员');
  });

  it('people/reorder renumbers the listed people 1, 2, 3 in the given order', () => {
    const plan = base();
    const [a, b, c] = plan.people;
    const next = applyCommand(plan, { type: 'people/reorder', field: 'rank', personIds: [c!.id, a!.id, b!.id] });
    expect(next.people.map((p) => [p.name, p.rank])).toEqual([
      ['陈志远', 2],
      ['周文华', 3],
      ['孙立', 1],
      ['王建国', 1],
    ]);
    const overall = applyCommand(plan, { type: 'people/reorder', field: 'precedence', personIds: [plan.people[3]!.id, a!.id] });
    expect(overall.people.map((p) => p.precedence)).toEqual([2, undefined, undefined, 1]);
    expect(() => applyCommand(plan, { type: 'people/reorder', field: 'rank', personIds: [a!.id, a!.id] })).toThrow(CommandError);
  });

  it('changelog/append keeps the newest entries only, and the log survives a save/load', () => {
    let plan = base();
    for (let i = 0; i < CHANGE_LOG_LIMIT + 5; i++) {
      plan = applyCommand(plan, { type: 'changelog/append', entry: logEntry(1000 + i, 'add', [plan.people[0]!]) });
    }
    expect(plan.changeLog).toHaveLength(CHANGE_LOG_LIMIT);
    expect(plan.changeLog![0]!.at).toBe(1005);
    const restored = restore(JSON.parse(JSON.stringify(plan)));
    expect(restored.ok && restored.plan.changeLog?.length).toBe(CHANGE_LOG_LIMIT);
  });
});
