/**
 * Names on seats: a seat is about 0.7 m across, so a name is fitted by shrinking the type a
 * little and, past that, by a truncation that keeps what identifies the person: a whole Chinese
 * name up to four characters; for a transliterated name (with ·) its last part; for a Latin
 * name the initial and the surname.
 */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff]/;

/** Width of a text in ems: CJK characters are one em, others about half. */
export function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 1 : 0.55;
  return w;
}

export function shortName(name: string): string {
  const trimmed = name.trim();
  const chars = [...trimmed];
  if (CJK.test(trimmed)) {
    if (chars.length <= 4) return trimmed;
    const parts = trimmed.split(/[·•・]/).filter(Boolean);
    const last = parts.at(-1);
    if (parts.length > 1 && last && [...last].length <= 4) return last;
    return `${chars.slice(0, 3).join('')}…`;
  }
  if (ems(trimmed) <= 5) return trimmed;
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (words.length > 1) {
    const short = `${words[0]![0]}. ${words.at(-1)}`;
    if (ems(short) <= 6) return short;
  }
  return `${chars.slice(0, 7).join('')}…`;
}

/** Font size in metres that fits `text` into `width` metres, never larger than `max`. */
export function fitFont(text: string, width: number, max: number): number {
  return Math.min(max, width / Math.max(1, ems(text)));
}
