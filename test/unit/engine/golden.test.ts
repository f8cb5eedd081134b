import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { place } from '../../../shared/i18n/case-answer';

const dir = fileURLToPath(new URL('../../fixtures/cases/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

interface Expect {
  seats?: Record<string, string>;
  tables?: Record<string, number>;
  cars?: Record<string, number>;
  enter?: string[];
  exit?: string[];
  /** Meeting hall: the seat numbers by the hall's numbering. */
  numbers?: Record<string, number>;
  /** Warning codes that must be present. */
  warnings?: string[];
  /** The exact error message place() must throw. */
  error?: string;
}

describe('golden cases', () => {
  it('has the team golden cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(33);
  });

  for (const file of files) {
    it(file, () => {
      const input = JSON.parse(readFileSync(dir + file, 'utf8'));
      const exp: Expect = input.expect ?? {};
      if (exp.error !== undefined) {
        expect(() => place(input)).toThrow(exp.error);
        return;
      }
      const zh = place(input);
      const en = place(input, { lang: 'en' });
      for (const [k, v] of Object.entries(exp.seats ?? {})) expect(zh.seats[k], `seat of ${k}`).toBe(v);
      for (const [k, v] of Object.entries(exp.tables ?? {})) expect(zh.tables?.[k], `number of table ${k}`).toBe(v);
      for (const [k, v] of Object.entries(exp.cars ?? {})) expect(zh.cars?.[k], `number of car ${k}`).toBe(v);
      for (const [k, v] of Object.entries(exp.numbers ?? {})) expect(zh.numbers?.[k], `seat number of ${k}`).toBe(v);
      if (exp.enter) expect(zh.enter).toEqual(exp.enter);
      if (exp.exit) expect(zh.exit).toEqual(exp.exit);
      for (const code of exp.warnings ?? []) expect(zh.warnings.map((w) => w.code)).toContain(code);
      for (const pid of Object.keys(zh.seats)) {
        expect(zh.reasons[pid], `zh reason of ${pid}`).toBeTruthy();
        expect(en.reasons[pid], `en reason of ${pid}`).toBeTruthy();
        expect(en.reasons[pid]).not.toEqual(zh.reasons[pid]);
      }
      expect(en.seats).toEqual(zh.seats);
    });
  }
});
