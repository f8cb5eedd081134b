/**
 * Finding people by name, organisation or pinyin: typing `zs` finds 张三, `zhangs` too, and
 * `wb` finds 市外办's people. pinyin-pro is pure JavaScript (no node, no DOM), so it may live in
 * shared/; names are read with surname pronunciations (单 = shan, 曾 = zeng).
 */
import { pinyin } from 'pinyin-pro';
import type { Person } from '../model/types';
import { matchKey } from './text';

export interface SearchKeys {
  /** Name, organisation, title, delegation and tags, width- and case-folded, without spaces. */
  text: string;
  /** Pinyin initials of the name and of the organisation, separated so they never run together. */
  initials: string;
  /**
   * Full pinyin of the name without spaces ("zhangsan"). A name with ü (吕, 女, 绿) is spelled
   * both ways people type it on a keyboard without ü — "lvtao" (the input-method convention) and
   * "lutao" (as written in passports) — separated so the spellings never run together.
   */
  spelled: string;
}

/** Who can be searched: a plan's person, or a directory entry (which has no delegation or tags). */
export type SearchSubject = Pick<Person, 'name' | 'organisation' | 'title'> & Partial<Pick<Person, 'delegation' | 'tags'>>;

export function searchKeys(person: SearchSubject): SearchKeys {
  const text = [person.name, person.organisation, person.title, person.delegation ?? '', ...(person.tags ?? [])]
    .map(matchKey)
    .join('\u0001');
  const nameInitials = readings(person.name, 'first');
  const orgInitials = readings(person.organisation, 'first');
  return { text, initials: `${nameInitials}\u0001${orgInitials}`, spelled: keyboardSpellings(readings(person.name, 'pinyin')) };
}

function keyboardSpellings(spelled: string): string {
  if (!spelled.includes('ü')) return spelled;
  return `${spelled.replace(/ü/g, 'v')}\u0001${spelled.replace(/ü/g, 'u')}`;
}

function readings(value: string, pattern: 'first' | 'pinyin'): string {
  if (!value) return '';
  return pinyin(value, { pattern, toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** True when every space-separated word of the query matches the person somewhere. */
export function matchesQuery(keys: SearchKeys, query: string): boolean {
  const words = query
    .split(/[\s\u3000]+/)
    .map(matchKey)
    .filter(Boolean);
  return words.every(
    (w) => keys.text.includes(w) || (/^[a-z]+$/.test(w) && (keys.initials.includes(w) || keys.spelled.includes(w))),
  );
}
