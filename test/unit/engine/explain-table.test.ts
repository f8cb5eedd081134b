/** Why table N is table N (RULES §2), derived from the stored numbers and the hall's geometry. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../../shared/engine/case-schema';
import { explainTableNumber } from '../../../shared/engine/explain-table';
import { storedNumbers } from '../../../shared/engine/numbers';
import { caseToPlan } from '../../../shared/engine/place';
import { renderReason } from '../../../shared/i18n/explain';
import type { Lang } from '../../../shared/i18n/translate';
import type { Plan } from '../../../shared/model/types';

const dir = fileURLToPath(new URL('../../fixtures/cases/', import.meta.url));
const hall = (file: string): Plan => caseToPlan(parseCase(JSON.parse(readFileSync(dir + file, 'utf8'))));

/** Every table's reason, in number order. */
function reasons(plan: Plan, lang: Lang = 'zh'): string[] {
  const numbers = storedNumbers(plan.scenes[0]!);
  return Object.keys(numbers)
    .sort((a, b) => numbers[a]! - numbers[b]!)
    .map((id) => renderReason(lang, explainTableNumber(plan, 'case', id)!));
}

describe('explainTableNumber', () => {
  it('three in a row: the deepest is the main table; 2 and 3 tie in distance and depth, the D-right one first', () => {
    expect(reasons(hall('hall-3-in-a-row.json'))).toEqual([
      '第1桌：主桌，离门最远（以远为上；一样远时居中为上）',
      '第2桌：与第3桌离主桌一样近、一样靠里，面门时在右侧，排在前（以右为上）',
      '第3桌：与第2桌离主桌一样近、一样靠里，第2桌面门时在右侧，排在前（以右为上）',
    ]);
    expect(reasons(hall('hall-3-in-a-row.json'), 'en')[1]).toBe(
      'Table 2: as near the main table and as deep as table 3, but on the right facing the door, so first',
    );
  });

  it('four in a row: the D-right central table is the main table, the other central table is nearer than the ends', () => {
    const [main, second] = reasons(hall('hall-4-in-a-row.json'));
    expect(main).toBe('第1桌：主桌；中间两桌一样靠里，取面门时右侧的一桌（以右为上）');
    expect(second).toMatch(/^第2桌：离主桌越近桌次越高（距主桌约 [\d.]+ 米）$/);
  });

  it('a 3×3 grid: the front of two equally near tables comes second (以远为上)', () => {
    expect(reasons(hall('hall-3x3-main-back.json'))[3]).toBe('第4桌：与第3桌离主桌一样近，第3桌离门更远，排在前（以远为上）');
  });

  it('a stage makes the nearest table the main one; a marked main table and a fixed number say so', () => {
    expect(reasons(hall('hall-stage.json'))[0]).toBe('第1桌：主桌，离主席台最近（临台为上）');
    const plan = hall('hall-3-in-a-row.json');
    const scene = plan.scenes[0]!;
    const numbers = storedNumbers(scene);
    const last = Object.keys(numbers).find((id) => numbers[id] === 3)!;
    const edited: Plan = {
      ...plan,
      scenes: [
        {
          ...scene,
          items: scene.items.map((i) =>
            i.id === last
              ? { ...i, main: true }
              : 'seats' in i && numbers[i.id] === 2
                ? { ...i, number: 7, numberFixed: true }
                : i,
          ),
        },
      ],
    };
    const after = storedNumbers(edited.scenes[0]!);
    const id = (n: number) => Object.keys(after).find((k) => after[k] === n)!;
    expect(renderReason('zh', explainTableNumber(edited, 'case', id(1))!)).toBe('第1桌：主桌（用户指定）');
    expect(renderReason('zh', explainTableNumber(edited, 'case', id(7))!)).toBe('第7桌：桌号由用户指定');
    expect(explainTableNumber(edited, 'case', '#door')).toBeUndefined();
  });
});
