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

/** How a text is fitted into a seat: the widths and largest type (seat radii) of each form, and the on-screen sizes (px) from which the full form, and the brief form, are drawn. */
interface Fit {
  full: { width: number; max: number };
  brief: { width: number; max: number };
  fullPx: number;
  minPx: number;
}

const NAME_FIT: Fit = {
  full: { width: 2.15, max: 0.85 },
  brief: { width: 2.5, max: 1.3 },
  fullPx: FULL_NAME_PX,
  minPx: NAME_MIN_PX,
};

/**
 * An empty seat's own name (主位, 副主位右2, 进门左侧第2位 → 副右2, 左2): quieter than a person's
 * name (grey, not bold) and drawn down to 8 px. From the template screenshots: at fit, a 会见
 * room, a car column and an elevator show the short forms (seats 20-25 px across), which is
 * where an officer drops people by hand; a banquet hall at fit (seats under 12 px) shows none
 * until zoomed in. The whole name needs 10 px, so long names (进门左侧第4位) only show close up.
 */
export const PLACE_MIN_PX = 8;
/** From this on-screen size (px) the whole seat name is drawn; below it the short form. */
export const PLACE_FULL_PX = 10;
const PLACE_FIT: Fit = {
  full: { width: 2.1, max: 0.55 },
  brief: { width: 2.3, max: 0.75 },
  fullPx: PLACE_FULL_PX,
  minPx: PLACE_MIN_PX,
};

/** The largest name any seat of radius `r` can get, in metres: below NAME_MIN_PX no name is drawn. */
export function largestName(r: number): number {
  return r * NAME_FIT.brief.max;
}

/** The largest seat name any seat of radius `r` can get, in metres: below PLACE_MIN_PX none is drawn. */
export function largestPlace(r: number): number {
  return r * PLACE_FIT.brief.max;
}

interface Forms {
  full: string;
  fullEms: number;
  brief: string;
  briefEms: number;
}
const nameForms = new Map<string, Forms>();

function formsOf(full: string, brief: string): Forms {
  return { full, fullEms: Math.max(1, ems(full)), brief, briefEms: Math.max(1, ems(brief)) };
}

function personForms(name: string): Forms {
  let f = nameForms.get(name);
  if (!f) {
    f = formsOf(shortName(name), briefName(name));
    nameForms.set(name, f);
  }
  return f;
}

export interface FittedText {
  text: string;
  /** Type size, metres. */
  size: number;
  full: boolean;
}

/** The full form when it would be at least `fit.fullPx` on screen, else the brief form when at least `fit.minPx`, else nothing. */
function fitted(f: Forms, r: number, pxPerMetre: number, fit: Fit): FittedText | null {
  const full = Math.min(r * fit.full.max, (r * fit.full.width) / f.fullEms);
  if (full * pxPerMetre >= fit.fullPx) return { text: f.full, size: full, full: true };
  const brief = Math.min(r * fit.brief.max, (r * fit.brief.width) / f.briefEms);
  if (brief * pxPerMetre >= fit.minPx) return { text: f.brief, size: brief, full: false };
  return null;
}

/**
 * What to write on a seat of radius `r` (metres) at `pxPerMetre`: the full (smart-truncated)
 * name when it would be at least FULL_NAME_PX on screen, else the brief form when that would be
 * at least NAME_MIN_PX, else nothing. The size is in metres.
 */
export function seatNameAt(name: string, r: number, pxPerMetre: number): FittedText | null {
  return fitted(personForms(name), r, pxPerMetre, NAME_FIT);
}

/** What to write on an empty seat: its name in words, or the short form, as for person names. */
export function seatPlaceAt(place: { full: string; brief: string }, r: number, pxPerMetre: number): FittedText | null {
  return fitted(formsOf(place.full, place.brief), r, pxPerMetre, PLACE_FIT);
}
