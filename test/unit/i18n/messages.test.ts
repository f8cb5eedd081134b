import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, translate, zh } from '../../../shared/i18n/messages';

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
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
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
    expect(translate('en', 'seat.label', { table: 'Table 3', seat: 'Host' })).toBe('Table 3 Host');
    expect(translate('en', 'seat.label', { table: 'Table 3' })).toBe('Table 3 {seat}');
    expect(translate('zh', 'side.guest')).toBe(zh['side.guest']);
  });
});
