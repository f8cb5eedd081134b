/**
 * Which column feeds which person field. The guess comes from the header words; the user's
 * corrections are remembered per header text (settings key `people.importMapping`) so the next
 * list from the same office maps itself.
 */
import { fieldForHeader, FIELDS, headerKey, type FieldKey } from './fields';

/** One entry per column: the field it fills, or null to ignore the column. */
export type ColumnMapping = (FieldKey | null)[];

/** Header key → the field the user chose for it (null = the user chose "ignore"). */
export type RememberedMapping = Record<string, FieldKey | null>;

export const REMEMBERED_MAPPING_KEY = 'people.importMapping';

export function guessMapping(headers: string[], remembered: RememberedMapping = {}): ColumnMapping {
  const taken = new Set<FieldKey>();
  const mapping: ColumnMapping = headers.map(() => null);
  // Remembered choices first (they are the user's word), then header words, left to right.
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (!key || !Object.prototype.hasOwnProperty.call(remembered, key)) return;
    const field = remembered[key] ?? null;
    if (field && !taken.has(field)) {
      mapping[i] = field;
      taken.add(field);
    }
  });
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (mapping[i] || (key && Object.prototype.hasOwnProperty.call(remembered, key))) return;
    const field = fieldForHeader(h);
    if (field && !taken.has(field)) {
      mapping[i] = field;
      taken.add(field);
    }
  });
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
