/**
 * What the officer must never read on screen (RULES.md §8, issue 12): the engine's seat labels,
 * option and field ids, kind and warning codes, message keys, unfilled template slots and
 * internal ids. Defined once here for the e2e DOM scan and the unit tests of canvas words.
 */
import { zh } from '../../shared/i18n/zh';

/** The first part of every message key (`reason`, `seatName`, `print` …), so a key left untranslated shows. */
const KEY_PREFIXES = [...new Set(Object.keys(zh).map((k) => k.split('.')[0]!))];

/** The two-word warning codes (absent-seated …), read off their message keys (`warning.lint.absentSeated`). */
const WARNING_CODES = [...new Set(Object.keys(zh).flatMap((k) => (k.startsWith('warning.') ? [k.split('.').at(-1)!] : [])))]
  .map((name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))
  .filter((code) => code.includes('-'));

export const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: 'a person id', pattern: /\bperson_\w+/ },
  { what: 'an internal id', pattern: /\b(?:item|scene|plan|rev)_[0-9a-z]{4,}/ },
  {
    what: 'an engine seat label',
    // R3, OL2, E-left-4, E-left-B1, G-R1, H-B2, car and elevator corners (FP, RM, BL …), table ends.
    pattern:
      /(?<![\w-])(?:O?[RL]\d+|E-(?:left|right)(?:-B?\d+)?|[GH]-[RLB]\d+|FP|FM|RL|RM|RR|ML|MM|MR|BL|BM|BR|FL|FR|ER|EL)(?![\w-])/,
  },
  {
    // The principals' letters (P, O, G, H) and the driver (D) where a seat is named; a lone
    // capital elsewhere is ordinary text (a unit called D).
    what: 'a one-letter seat label',
    pattern: /[（(]\s*[POGHD]\s*[)）]|(?:seat|座位?|席)\s*[POGHD](?![\w-])/,
  },
  // A minibus's row:col, a rostrum's row:seat, a meeting hall's block:row:seat.
  { what: 'a numbered seat label', pattern: /(?<![\d:])\d+:\d+(?::\d+)?(?![\d:])/ },
  { what: 'an option or field id', pattern: /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/ },
  {
    what: 'a kind or warning code',
    pattern: new RegExp(
      `\\b(?:round-table|long-table|talks-table|conference-table|seat-block|banquet-hall|chief-host|deputy-host|third-host|fourth-host|${WARNING_CODES.join('|')}|[a-z]+(?:-[a-z]+){2,})\\b`,
    ),
  },
  { what: 'a message key', pattern: new RegExp(`\\b(?:${KEY_PREFIXES.join('|')})\\.[a-zA-Z]`) },
  { what: 'an unfilled slot', pattern: /\{\w+\}/ },
];

/** Every forbidden thing in `text`, as "what: match" lines (empty when the text is clean). */
export function engineCodesIn(text: string): string[] {
  return FORBIDDEN.flatMap(({ what, pattern }) => {
    const m = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    return [...text.matchAll(m)].map((hit) => `${what}: ${hit[0]} in “${context(text, hit.index)}”`);
  });
}

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 20), at + 30).replace(/\s+/g, ' ');
}

/** The same, as one pattern for `expect(text).not.toMatch(ENGINE_CODE)`. */
export const ENGINE_CODE = new RegExp(FORBIDDEN.map(({ pattern }) => `(?:${pattern.source})`).join('|'));
