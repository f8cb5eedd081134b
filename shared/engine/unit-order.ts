/**
 * Units (单位/代表团) of a large meeting and their order (RULES.md §9): the list order (the
 * officially published order, default), stroke order of the unit names (笔画), pinyin, or the
 * officer's own list. Within a unit people sit by precedence.
 */
import type { SceneOptions } from '../model/types';
import { compareByPinyin, compareByStrokes } from './name-order';
import { byPrecedence, sorted } from './people';
import type { EP } from './types';

export interface Unit {
  /** The unit's name as the list gives it; '' for people the list gives no unit. */
  name: string;
  /** Its members, most senior first. */
  people: EP[];
}

/** A person's unit: the delegation when the list has one, else the organisation. */
export function unitOf(p: Pick<EP, 'delegation' | 'organisation'>): string {
  return (p.delegation ?? '').trim() || (p.organisation ?? '').trim();
}

export function orderUnits(people: EP[], options: Pick<SceneOptions, 'unitOrder' | 'unitList'>): Unit[] {
  const byName = new Map<string, EP[]>();
  // Sorting by list position first makes each unit's first appearance its list order.
  for (const p of sorted(people, (a, b) => a.index - b.index)) {
    const name = unitOf(p);
    const members = byName.get(name);
    if (members) members.push(p);
    else byName.set(name, [p]);
  }
  const units = [...byName].map(([name, members]) => ({ name, people: sorted(members, byPrecedence) }));
  const named = units.filter((u) => u.name !== '');
  const order = options.unitOrder ?? 'list';
  if (order === 'strokes') named.sort((a, b) => compareByStrokes(a.name, b.name));
  if (order === 'pinyin') named.sort((a, b) => compareByPinyin(a.name, b.name));
  if (order === 'custom') {
    const at = new Map((options.unitList ?? []).map((name, i) => [name, i]));
    const place = (u: Unit) => at.get(u.name) ?? Number.MAX_SAFE_INTEGER;
    // Stable: units missing from the officer's list keep their list order after the listed ones.
    named.sort((a, b) => place(a) - place(b));
  }
  // People without a unit sit after every unit: nobody can say where they belong.
  return [...named, ...units.filter((u) => u.name === '')];
}
