import { describe, expect, it } from 'vitest';
import { newPerson } from '../../../shared/model/factory';
import type { Person } from '../../../shared/model/types';
import { columnWidths } from '../../../renderer/src/people/column-widths';
import { COLUMNS, type Column, type ColumnKey } from '../../../renderer/src/people/columns';

let n = 0;
const id = (p: string) => `${p}${n++}`;
const words: Record<string, string> = { guest: '客方', host: '主方', staff: '工作人员（随行）', confirmed: '确认' };
const text = (p: Person, key: ColumnKey) =>
  key === 'side' || key === 'attendance' ? (words[p[key]] ?? p[key]) : key === 'name' ? p.name : '';
const choice = (p: Person, col: Column) => (col.key === 'side' || col.key === 'attendance' ? p[col.key] : undefined);
const width = (widths: number[], key: ColumnKey) => widths[COLUMNS.findIndex((c) => c.key === key)]!;

describe('people table column widths', () => {
  const people = [
    ...Array.from({ length: 200 }, (_, i) => newPerson({ name: '王建国', side: i % 2 ? 'host' : 'guest', rank: i + 1 }, id)),
    newPerson({ name: '阿卜杜勒·克里姆·本·穆罕默德', side: 'staff', rank: 1 }, id),
  ];

  it('a column is as wide as its widest text (CJK counts double), within the maximum', () => {
    const short = columnWidths(COLUMNS, people.slice(0, 200), text, () => '');
    const all = columnWidths(COLUMNS, people, text, () => '');
    expect(width(all, 'name')).toBeGreaterThan(width(short, 'name'));
    expect(width(all, 'side')).toBeGreaterThan(width(short, 'side'));
    expect(width(all, 'name')).toBeLessThanOrEqual(220);
  });

  it('measuring each stored choice once gives the same widths, with far fewer texts made', () => {
    let calls = 0;
    const counted = (p: Person, key: ColumnKey) => {
      if (key === 'side') calls++;
      return text(p, key);
    };
    const plain = columnWidths(COLUMNS, people, text, () => '');
    expect(columnWidths(COLUMNS, people, counted, () => '', choice)).toEqual(plain);
    expect(calls).toBe(3);
  });
});
