/**
 * Which column feeds which person field. The guess comes from the header words; the user's
 * corrections are remembered per header text (settings key `people.importMapping`) so the next
 * list from the same office maps itself.
 */
import { FIELDS, headerKey, type FieldKey } from './fields';
import { fieldForHeader, matchHeader } from './header-match';

/** One entry per column: the field it fills, or null to ignore the column. */
export type ColumnMapping = (FieldKey | null)[];

/** Header key → the field the user chose for it (null = the user chose "ignore"). */
export type RememberedMapping = Record<string, FieldKey | null>;

export const REMEMBERED_MAPPING_KEY = 'people.importMapping';

/**
 * The guess: the user's remembered choices first (they are the user's word), then header words.
 * A field feeds one column, so when two columns mean the same, an exact header word beats a word
 * found inside a longer header (排序 over 原排序) and a visible column beats a hidden one, before
 * left-to-right order decides.
 */
export function guessMapping(
  headers: string[],
  remembered: RememberedMapping = {},
  hiddenColumns: readonly number[] = [],
): ColumnMapping {
  const taken = new Set<FieldKey>();
  const mapping: ColumnMapping = headers.map(() => null);
  const isRemembered = (h: string) => {
    const key = headerKey(h);
    return key !== '' && Object.prototype.hasOwnProperty.call(remembered, key);
  };
  const assign = (column: number, field: FieldKey | null) => {
    if (!field || taken.has(field)) return;
    mapping[column] = field;
    taken.add(field);
  };
  const hidden = new Set(hiddenColumns);
  const contained = (h: string) => {
    const match = matchHeader(h);
    return match?.kind === 'field' && !match.exact;
  };
  const byPreference = (i: number) => (hidden.has(i) ? 2 : 0) + (contained(headers[i]!) ? 1 : 0);
  const columns = headers.map((_, i) => i);
  for (const i of columns) if (isRemembered(headers[i]!)) assign(i, remembered[headerKey(headers[i]!)] ?? null);
  // Array.prototype.sort is stable, so columns of equal preference keep their left-to-right order.
  for (const i of [...columns].sort((a, b) => byPreference(a) - byPreference(b))) {
    if (!isRemembered(headers[i]!)) assign(i, fieldForHeader(headers[i]!));
  }
  return mapping;
}

/** Sets one column's field; a field feeds one column only, so another column using it is cleared. */
export function setColumnField(mapping: ColumnMapping, column: number, field: FieldKey | null): ColumnMapping {
  return mapping.map((f, i) => (i === column ? field : field !== null && f === field ? null : f));
}

/** Folds the user's mapping into what is remembered, keyed by header text. */
export function rememberMapping(remembered: RememberedMapping, headers: string[], mapping: ColumnMapping): RememberedMapping {
  const next: RememberedMapping = { ...remembered };
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (key) next[key] = mapping[i] ?? null;
  });
  return next;
}

/** Accepts only a well-formed remembered mapping from settings (it is user data, it may be anything). */
export function readRememberedMapping(value: unknown): RememberedMapping {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const known = new Set<string>(FIELDS);
  const out: RememberedMapping = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || (typeof v === 'string' && known.has(v))) out[k] = v as FieldKey | null;
  }
  return out;
}

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
