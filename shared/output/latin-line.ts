/**
 * The Latin line of a place card: the guest's own Latin name, or on request the pinyin of a
 * Chinese name that has none. Pinyin is written the way Chinese protocol offices print it for
 * foreign readers, "ZHANG San", "OUYANG Zhenhua": surname first and in capitals (GB/T 28039-2011
 * allows the capitals), given name as one word, so a foreign guest sees which part is the surname
 * and that it comes first. Pure; pinyin-pro is plain JavaScript.
 */
import { pinyin } from 'pinyin-pro';
import type { Person } from '../model/types';
import { isWide } from './text-fit';

/** none: no Latin line; given: the Latin names people have; pinyin: also pinyin for the rest. */
export type LatinLine = 'none' | 'given' | 'pinyin';

export const LATIN_LINES: LatinLine[] = ['given', 'pinyin', 'none'];

/** Two-character surnames; any other name's surname is its first character. */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 独孤 南宫 西门 轩辕 呼延 澹台 申屠 太史 闻人 万俟 司空 钟离 宗政 濮阳 淳于 单于 公羊 赫连 第五'.split(
    ' ',
  ),
);

/** A name written in Chinese characters (a Latin name typed as the name has none). */
export function isChineseName(name: string): boolean {
  return [...name].some(isWide);
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "ZHANG San" for 张三; undefined for a transliterated name (阿卜杜·热合曼), whose pinyin is not
 * anyone's Latin name, and for a name that is not all Chinese characters.
 */
export function pinyinName(name: string): string | undefined {
  const chars = [...name.trim()];
  if (chars.length < 2 || !chars.every(isWide) || name.includes('·')) return undefined;
  const syllables = pinyin(chars.join(''), { toneType: 'none', type: 'array', surname: 'head' });
  if (syllables.length !== chars.length) return undefined;
  const split = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  const surname = syllables.slice(0, split).join('').toUpperCase();
  const given = capitalised(syllables.slice(split).join(''));
  return `${surname} ${given}`;
}

/** What prints under the Chinese name, if anything. A name already in Latin letters has no second line. */
export function latinLine(person: Pick<Person, 'name' | 'latinName'>, line: LatinLine): string | undefined {
  if (line === 'none' || !isChineseName(person.name)) return undefined;
  const own = person.latinName?.trim();
  if (own) return own;
  return line === 'pinyin' ? pinyinName(person.name) : undefined;
}
