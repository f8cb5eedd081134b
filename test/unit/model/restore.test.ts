import { describe, expect, it } from 'vitest';
import { restore } from '../../../shared/model/restore';
import { SCHEMA_VERSION } from '../../../shared/model/types';
import { banquetPlan } from '../../helpers/plans';

describe('restore', () => {
  it('accepts a valid document unchanged', () => {
    const plan = banquetPlan([{ name: '张三', side: 'guest', rank: 1 }]);
    const result = restore(JSON.parse(JSON.stringify(plan)));
    expect(result).toEqual({ ok: true, plan, repairs: [] });
  });

  it('migrates a version-0 document (no schemaVersion) to the current version', () => {
    const { schemaVersion: _v, ...old } = banquetPlan();
    const result = restore(old);
    expect(result.ok && result.plan.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses a document from a newer version, saying so', () => {
    const result = restore({ ...banquetPlan(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/newer Zuoci/);
  });

  it('names the broken field', () => {
    const plan = banquetPlan([{ name: '张三', side: 'guest', rank: 1 }]);
    const broken = { ...plan, people: [{ ...plan.people[0], side: 'vip' }] };
    const result = restore(broken);
    expect(!result.ok && result.error).toMatch(/^people\[0\]\.side:/);
  });

  it('rejects non-objects and duplicate ids', () => {
    expect(restore('nope')).toEqual({ ok: false, error: 'plan: expected a JSON object' });
    const plan = banquetPlan([
      { name: '甲', side: 'guest', rank: 1 },
      { name: '乙', side: 'guest', rank: 2 },
    ]);
    const dup = { ...plan, people: [plan.people[0], { ...plan.people[1], id: plan.people[0]!.id }] };
    expect(!restore(dup).ok && (restore(dup) as { error: string }).error).toMatch(/people\[1\]\.id: duplicate/);
  });

  it('repairs dangling and double assignments and reports each repair', () => {
    const plan = banquetPlan([
      { name: '甲', side: 'guest', rank: 1 },
      { name: '乙', side: 'guest', rank: 2 },
    ]);
    const scene = plan.scenes[0]!;
    const table = scene.items.find((i) => i.kind === 'round-table')!;
    const [a, b] = plan.people;
    const damaged = {
      ...plan,
      scenes: [
        {
          ...scene,
          assignments: [
            { personId: a!.id, itemId: table.id, seat: 'R1', locked: false },
            { personId: b!.id, itemId: table.id, seat: 'R1', locked: true }, // same seat, locked wins
            { personId: 'ghost', itemId: table.id, seat: 'L1', locked: false },
            { personId: a!.id, itemId: 'gone', seat: 'P', locked: false },
          ],
          roles: [{ itemId: table.id, personId: 'ghost', role: 'chief-host' as const }],
        },
      ],
    };
    const result = restore(damaged);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.scenes[0]!.assignments).toEqual([{ personId: b!.id, itemId: table.id, seat: 'R1', locked: true }]);
    expect(result.plan.scenes[0]!.roles).toEqual([]);
    expect(result.repairs).toHaveLength(4);
  });
});

describe('format 2 → 3: 级别 (official level) apart from 接待级别 (reception level)', () => {
  const format2 = () => {
    const plan = banquetPlan([
      { name: '王建国', side: 'host', rank: 1, level: '正厅级' },
      { name: '李平', side: 'host', rank: 2, level: '处级' },
      { name: '陈志远', side: 'guest', rank: 1, level: '一级' },
      { name: '周文华', side: 'guest', rank: 2, level: 'VIP' },
      { name: '赵敏', side: 'guest', rank: 3 },
    ]);
    return JSON.parse(JSON.stringify({ ...plan, schemaVersion: 2 })) as typeof plan;
  };

  it('moves an official-level word to officialLevel and keeps every other level as the reception level', () => {
    const result = restore(format2());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.schemaVersion).toBe(3);
    expect(result.plan.people.map((p) => [p.name, p.level, p.officialLevel])).toEqual([
      ['王建国', undefined, '正厅级'],
      ['李平', undefined, '处级'],
      ['陈志远', '一级', undefined],
      ['周文华', 'VIP', undefined],
      ['赵敏', undefined, undefined],
    ]);
    expect(result.plan.people[0]).not.toHaveProperty('level');
    expect(result.repairs).toEqual([]);
  });

  it('leaves a format-3 document alone: a reception level that reads like an official level stays where it was put', () => {
    const plan = banquetPlan([{ name: '王建国', side: 'host', rank: 1, level: '正厅级', officialLevel: '正厅级' }]);
    const result = restore(JSON.parse(JSON.stringify(plan)));
    expect(result.ok && result.plan.people[0]).toMatchObject({ level: '正厅级', officialLevel: '正厅级' });
  });

  it('keeps a Latin name through save and load, and a format-3 file without one still loads (no format bump)', () => {
    const plan = banquetPlan([
      { name: '陈志远', side: 'guest', rank: 1, latinName: 'CHEN Zhiyuan' },
      { name: '王建国', side: 'host', rank: 1 },
    ]);
    const result = restore(JSON.parse(JSON.stringify(plan)));
    expect(result.ok && result.plan.schemaVersion).toBe(3);
    expect(result.ok && result.plan.people.map((p) => p.latinName)).toEqual(['CHEN Zhiyuan', undefined]);
    const tooLong = { ...plan, people: [{ ...plan.people[0]!, latinName: 'x'.repeat(201) }] };
    expect(restore(JSON.parse(JSON.stringify(tooLong))).ok).toBe(false);
  });
});
