import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/commands';
import { translate } from '../../../shared/i18n/translate';
import { PERSON_LIMITS, PLAN_LIMITS, SCENE_LIMITS, type PersonTextField } from '../../../shared/model/limits';
import { personSchema, planSchema } from '../../../shared/model/schema';
import type { Person } from '../../../shared/model/types';
import { buildPreview, columnLetter, detectHeader, guessMapping, importChanges, limitBroken } from '../../../shared/people';
import { banquetPlan } from '../../helpers/plans';

const person: Person = {
  id: 'p1',
  name: '李总',
  organisation: '',
  title: '',
  side: 'guest',
  rank: 1,
  tags: [],
  attendance: 'confirmed',
};
const TEXT_FIELDS = Object.keys(PERSON_LIMITS).filter((f): f is PersonTextField => f !== 'tag' && f !== 'tags');

describe('one table of limits', () => {
  it('is what the person schema enforces, field by field, and what typed text is checked against', () => {
    for (const field of TEXT_FIELDS) {
      const max = PERSON_LIMITS[field];
      expect(personSchema.safeParse({ ...person, [field]: 'x'.repeat(max) }).success, field).toBe(true);
      expect(personSchema.safeParse({ ...person, [field]: 'x'.repeat(max + 1) }).success, field).toBe(false);
      expect(limitBroken(field, 'x'.repeat(max)), field).toBeUndefined();
      expect(limitBroken(field, 'x'.repeat(max + 1)), field).toBe(max);
    }
  });

  it('checks tags one by one, as they are stored', () => {
    const tag = PERSON_LIMITS.tag;
    expect(personSchema.safeParse({ ...person, tags: ['x'.repeat(tag)] }).success).toBe(true);
    expect(personSchema.safeParse({ ...person, tags: ['x'.repeat(tag + 1)] }).success).toBe(false);
    expect(limitBroken('tags', `贵宾, ${'x'.repeat(tag)}`)).toBeUndefined();
    expect(limitBroken('tags', `贵宾, ${'x'.repeat(tag + 1)}`)).toBe(tag);
  });

  it('bounds the plan and scene names', () => {
    const plan = banquetPlan();
    expect(planSchema.safeParse({ ...plan, name: 'x'.repeat(PLAN_LIMITS.name + 1) }).success).toBe(false);
    const scene = { ...plan.scenes[0]!, name: 'x'.repeat(SCENE_LIMITS.name + 1) };
    expect(planSchema.safeParse({ ...plan, scenes: [scene] }).success).toBe(false);
  });
});

describe('import keeps the limits', () => {
  const longTag = 'x'.repeat(PERSON_LIMITS.tag + 1);
  const rows = [
    ['姓名', '单位', '标签'],
    ['李总', '来访单位', `贵宾,${longTag}`],
    ['王主任', '本单位', '主陪'],
  ];

  function read() {
    const header = detectHeader(rows);
    const mapping = guessMapping(header.headers);
    return buildPreview({ rows, dataStart: header.row + header.rows, headers: header.headers, mapping, existing: [] });
  }

  it('reports the row, column, field and limit of a tag over the limit, in words', () => {
    const [bad, good] = read().rows;
    expect(bad!.errors).toMatchObject([{ row: 2, column: 2, field: 'tags', code: 'tooLong', limit: PERSON_LIMITS.tag }]);
    expect(good!.errors).toEqual([]);
    const column = translate('zh', 'import.columnName', { letter: columnLetter(2), header: '标签' });
    const limit = translate('zh', 'limits.tagTooLong', { max: PERSON_LIMITS.tag });
    expect(translate('zh', 'import.error.tooLong', { row: 2, column, limit })).toBe(
      `第 2 行，C 列“标签”：每个标签最多 ${PERSON_LIMITS.tag} 个字符，此内容不导入`,
    );
  });

  it('does not import the bad value, so the plan still saves', () => {
    const preview = read();
    expect(preview.rows[0]!.values.tags).toBeUndefined();
    let n = 0;
    const { add, update } = importChanges(preview, [], 'guest', (prefix) => `${prefix}_${++n}`);
    expect(add.map((p) => p.name)).toEqual(['王主任']);
    const plan = applyCommand(banquetPlan(), { type: 'people/import', add, update });
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.people.flatMap((p) => p.tags).every((t) => t.length <= PERSON_LIMITS.tag)).toBe(true);
  });
});
