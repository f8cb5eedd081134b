import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, translate, zh } from '../../../shared/i18n/translate';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('translations', () => {
  it('Chinese and English have the same keys and no empty strings', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const table of [zh, en]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('placeholders agree between the languages', () => {
    // A plural form `{n, plural, one {…} other {…}}` and a cased slot `{seat, lower}` name their slot too.
    const names = (s: string) =>
      [...new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,|, (?:lower|capital)\})/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect([key, names(en[key])]).toEqual([key, names(zh[key])]);
  });

  it('fills placeholders', () => {
    expect(translate('zh', 'table.number', { n: 3 })).toBe('3 号桌');
    expect(translate('en', 'table.number', { n: 3 })).toBe('Table 3');
  });

  it('the renderer has no Chinese text outside the translation layer', () => {
    const offenders = files('renderer/src').filter((f) =>
      /[\u4e00-\u9fff]/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('translate fills slots', () => {
  it('fills every slot, keeps a slot it has no value for, and returns a plain message as is', () => {
    expect(translate('zh', 'table.number', { n: 3 })).toBe('3 号桌');
    expect(translate('en', 'seat.label', { table: 'Table 3', seat: 'Host' })).toBe('Table 3, host');
    expect(translate('en', 'seat.label', { table: 'elevator', seat: 'Back left corner' })).toBe('Elevator, back left corner');
    expect(translate('en', 'seat.label', { table: 'Table 3' })).toBe('Table 3, {seat}');
    expect(translate('zh', 'side.guest')).toBe(zh['side.guest']);
  });
});

describe('plurals', () => {
  it('English picks the form by the number; Chinese has one form', () => {
    expect(translate('en', 'library.counts', { people: 1, scenes: 1 })).toBe('1 person · 1 scene');
    expect(translate('en', 'library.counts', { people: 12, scenes: 3 })).toBe('12 people · 3 scenes');
    expect(translate('en', 'library.counts', { people: 0, scenes: 0 })).toBe('0 people · 0 scenes');
    expect(translate('zh', 'library.counts', { people: 1, scenes: 3 })).toBe('1 人 · 3 个场景');
  });

  it('an exact form wins over the category', () => {
    expect(translate('en', 'inspector.removeAll', { count: 1 })).toBe('Delete this item');
    expect(translate('en', 'inspector.removeAll', { count: 4 })).toBe('Delete these 4 items');
  });

  it('every English plural form is well formed (no braces left after filling)', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (!en[key].includes(', plural,')) continue;
      const slots = [...en[key].matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]!);
      for (const n of [0, 1, 2, 21]) {
        const out = translate('en', key, Object.fromEntries(slots.map((s) => [s, n])));
        expect([key, out]).not.toEqual([key, expect.stringMatching(/[{}]/)]);
      }
    }
  });
});
