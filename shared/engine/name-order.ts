/**
 * The two orders in which Chinese lists are published besides the official one: by stroke count
 * (姓氏笔画 / 单位笔画) and by pinyin. Used for unit order in large meetings (RULES.md §9) and for
 * the entrance index. Stroke counts come from cnchar (pure JavaScript, MIT, maintained, 164 KB; it
 * answers from its own table of about 20,000 characters and needs neither node nor the DOM).
 */
import cnchar from 'cnchar';
import { pinyin } from 'pinyin-pro';

/** Strokes of each character; 0 for a character cnchar does not know (Latin letters, digits). */
export function strokeCounts(text: string): number[] {
  const chars = [...text];
  if (chars.length === 0) return [];
  const counts = cnchar.stroke(text, 'array') as unknown as number[];
  return chars.map((_, i) => counts[i] ?? 0);
}

export function compareSequences(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * 笔画 order: fewer strokes in the first character first; a tie goes to the next character
 * (RULES.md §9), then to the characters themselves so the order is total and stable.
 */
export function compareByStrokes(a: string, b: string): number {
  return compareSequences(strokeCounts(a), strokeCounts(b)) || compareSequences([...a], [...b]);
}

/** The pinyin of a text without tones, one syllable per character (`surname` reads 单 as shan). */
export function pinyinKey(text: string, surname = false): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off', v: true });
}

/** Pinyin order (音序): syllable by syllable, then the characters themselves. */
export function compareByPinyin(a: string, b: string, surname = false): number {
  return compareSequences(pinyinKey(a, surname), pinyinKey(b, surname)) || compareSequences([...a], [...b]);
}

/** Letters of Latin script (Thomas Müller), where pinyin does not apply. */
export function isLatinName(name: string): boolean {
  return /\p{Script=Latin}/u.test(name);
}

/**
 * The key an index is sorted by in pinyin order: a Chinese name's syllables read as a surname
 * (单 shan, 曾 zeng, 解 xie); a Latin-script name's family name (its last word) first, then the
 * others, in lower case without accents, so Müller files under M among the Chinese names.
 */
export function surnameKey(name: string): string[] {
  if (!isLatinName(name)) return pinyinKey(name.trim(), true);
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s·.]+/)
    .filter(Boolean);
  return [...words.slice(-1), ...words.slice(0, -1)];
}
