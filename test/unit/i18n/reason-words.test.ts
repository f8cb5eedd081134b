/**
 * RULES §8: the officer never reads engine codes. Every golden case's reasons and warnings,
 * rendered in both languages, name seats in words — no seat label (R3, OL2, E-left-3, FP, RM,
 * 1:3) and no option id (`handbookMeeting: hostSeat`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../../shared/engine/case-schema';
import { lintScene } from '../../../shared/engine/lint';
import { caseToPlan } from '../../../shared/engine/place';
import { place } from '../../../shared/i18n/case-answer';
import { explainContext, renderWarning } from '../../../shared/i18n/explain';
import { ENGINE_CODE } from '../../helpers/engine-codes';

const dir = fileURLToPath(new URL('../../fixtures/cases/', import.meta.url));
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, input: JSON.parse(readFileSync(dir + file, 'utf8')) }))
  .filter(({ input }) => input.expect?.error === undefined);

describe('reasons name seats in words', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`no engine code in any golden case's reasons or warnings (${lang})`, () => {
      const found: string[] = [];
      for (const { file, input } of cases) {
        const answer = place(input, { lang });
        const texts = [...Object.values(answer.reasons), ...answer.warnings.map((w) => w.message)];
        for (const text of texts) if (ENGINE_CODE.test(text)) found.push(`${file}: ${text}`);
      }
      expect(found).toEqual([]);
    });
  }

  it('a warning names the seats of its own item in that kind’s words (a car’s RR is 后排右)', () => {
    const input = JSON.parse(readFileSync(dir + 'car-sedan-chauffeur-guest-host.json', 'utf8'));
    // The chief guest locked beside the driver, where the rules would not put him.
    input.people = input.people.map((p: { id: string }) => (p.id === 'g1' ? { ...p, lock: 'FP' } : p));
    const plan = caseToPlan(parseCase(input));
    const w = lintScene(plan, 'case').find((x) => x.code === 'locked-against-rules')!;
    const ctx = explainContext(plan, plan.scenes[0]);
    expect(renderWarning('zh', w, ctx)).toBe('g1 锁定在 副驾驶，与规则不符（按规则应为 后排右）');
    expect(renderWarning('en', w, ctx)).not.toMatch(ENGINE_CODE);
  });

  it('the pattern catches what it is for', () => {
    for (const code of [
      '（R3）',
      '(E-left-3)',
      'seat OL2',
      '后排 FP',
      'RM',
      '1:3',
      '2:5:7',
      '(handbookMeeting: hostSeat)',
      '主宾 (P)',
      'absent-seated',
      'person_x1',
    ])
      expect(code).toMatch(ENGINE_CODE);
    for (const words of [
      '主位',
      '右1',
      'Right 2',
      '后排右',
      'Rear right',
      '第1排第3座',
      'Table 2: chief guest',
      'D（第4个单位）',
      'co-host',
      '18 时 30 分',
    ])
      expect(words).not.toMatch(ENGINE_CODE);
  });
});
