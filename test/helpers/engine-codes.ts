/**
 * What the officer must never read on screen (RULES.md §8, issue 12): the engine's seat labels,
 * option and field ids, kind and warning codes, message keys, unfilled template slots and
 * internal ids. Defined once here for the e2e DOM scan and the unit tests of canvas words.
 */
import { zh } from '../../shared/i18n/zh';

/** The first part of every message key (`reason`, `seatName`, `print` …), so a key left untranslated shows. */
const KEY_PREFIXES = [...new Set(Object.keys(zh).map((k) => k.split('.')[0]!))];

export const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: 'a person id', pattern: /\bperson_\w+/ },
  { what: 'an internal id', pattern: /\b(?:item|scene|plan|rev)_[0-9a-z]{4,}/ },
  {
    what: 'an engine seat label',
    // R3, OL2, E-left-4, E-left-B1, G-R1, H-B2, car and elevator corners (FP, RM, BL …), table ends.
    pattern:
      /(?<![\w-])(?:O?[RL]\d+|E-(?:left|right)(?:-B?\d+)?|[GH]-[RLB]\d+|FP|FM|RL|RM|RR|ML|MM|MR|BL|BM|BR|FL|FR|ER|EL)(?![\w-])/,
  },
  { what: 'an option or field id', pattern: /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/ },
  {
    what: 'a kind or warning code',
    pattern:
      /\b(?:round-table|long-table|talks-table|conference-table|seat-block|banquet-hall|chief-host|deputy-host|third-host|fourth-host|[a-z]+(?:-[a-z]+){2,})\b/,
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

/**
 * What the officer must never read (RULES §8): engine seat labels (R3, OL2, E-left-3, E-right-B1,
 * FP, RM, 1:3, P, O), option ids (`handbookMeeting: hostSeat`) and person ids (`person_…`).
 * Files and the `place` command's `seats` map keep the labels; rendered text never shows them.
 */
export const ENGINE_CODE =
  /\bO?[RL]\d+\b|\bE-(?:left|right)|\b(?:FP|FM|RM|RR|RL|ML|MM|MR|BL|BM|BR|FL|FR|ER|EL|P|O)\b|\b\d+:\d+\b|\b[a-z]+[A-Z][a-zA-Z]*\s*:|person_/;
