/**
 * Names on seats: a seat is about 0.7 m across, so a name is fitted by shrinking the type a
 * little and, past that, by a truncation that keeps what identifies the person: a whole Chinese
 * name up to four characters; for a transliterated name (with ·) its last part; for a Latin
 * name the initial and the surname. Zoomed out (a whole hall on screen) a seat only has room for
 * a brief form — the first two characters of a Chinese name, the surname of a Latin one — drawn
 * larger than the full name would be, so an officer can still tell who sits where.
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

/**
 * The brief form: the first two characters of a Chinese name (the surname and one more, which
 * also keeps a two-character surname such as 欧阳 whole); of a transliterated name the start of
 * its last part (the family name); of a Latin name the surname.
 */
export function briefName(name: string): string {
  const trimmed = name.trim();
  if (CJK.test(trimmed)) {
    const parts = trimmed.split(/[·•・]/).filter(Boolean);
    return [...(parts.length > 1 ? parts.at(-1)! : trimmed)].slice(0, 2).join('');
  }
  return trimmed.split(/\s+/).filter(Boolean).at(-1) ?? trimmed;
}

/** Smallest on-screen name (px) that is drawn at all; below it a name is noise. */
export const NAME_MIN_PX = 9;
/** From this on-screen size (px) the full name reads well; below it the brief form is drawn. */
export const FULL_NAME_PX = 12;

/** Widths (seat radii) and largest type (seat radii) of the full and brief names. */
const FULL = { width: 2.15, max: 0.85 };
const BRIEF = { width: 2.5, max: 1.3 };

/** The largest name any seat of radius `r` can get, in metres: below NAME_MIN_PX no name is drawn. */
export function largestName(r: number): number {
  return r * BRIEF.max;
}

interface NameForms {
  full: string;
  fullEms: number;
  brief: string;
  briefEms: number;
}
const forms = new Map<string, NameForms>();

function formsOf(name: string): NameForms {
  let f = forms.get(name);
  if (!f) {
    const full = shortName(name);
    const brief = briefName(name);
    f = { full, fullEms: Math.max(1, ems(full)), brief, briefEms: Math.max(1, ems(brief)) };
    forms.set(name, f);
  }
  return f;
}

/**
 * What to write on a seat of radius `r` (metres) at `pxPerMetre`: the full (smart-truncated)
 * name when it would be at least FULL_NAME_PX on screen, else the brief form when that would be
 * at least NAME_MIN_PX, else nothing. The size is in metres.
 */
export function seatNameAt(name: string, r: number, pxPerMetre: number): { text: string; size: number; full: boolean } | null {
  const f = formsOf(name);
  const full = Math.min(r * FULL.max, (r * FULL.width) / f.fullEms);
  if (full * pxPerMetre >= FULL_NAME_PX) return { text: f.full, size: full, full: true };
  const brief = Math.min(r * BRIEF.max, (r * BRIEF.width) / f.briefEms);
  if (brief * pxPerMetre >= NAME_MIN_PX) return { text: f.brief, size: brief, full: false };
  return null;
}
