/**
 * Finds the header row of a list. Real lists often have a title row ("远航集团来访人员名单"),
 * a date line or a blank row above the header, and a header that spans two rows where merged
 * cells group columns ("联系方式" over "电话" and "邮箱"; "姓名" merged down over both rows).
 */
import { fieldForHeader, type FieldKey } from './fields';
import { cleanCell } from './text';

export interface HeaderGuess {
  /** 0-based index of the first header row. */
  row: number;
  /** 1 or 2 rows of header; data starts at row + rows. */
  rows: 1 | 2;
  /** One header text per column (a two-row header is combined: the lower, more specific text wins). */
  headers: string[];
  /** False when no row named at least two known fields; the first non-empty row is used. */
  confident: boolean;
}

const SCAN_ROWS = 30;

export function detectHeader(rows: string[][]): HeaderGuess {
  let best: { row: number; rows: 1 | 2; headers: string[]; score: number } | null = null;
  const limit = Math.min(rows.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const one = rows[r]!.map(cleanCell);
    const score = scoreHeader(one);
    if (!best || score > best.score) best = { row: r, rows: 1, headers: one, score };
    if (r + 1 >= rows.length) continue;
    // Two rows count as one header only if together they name more fields than either alone
    // (so a title row above the header, or the first data row below it, is never taken in).
    const next = rows[r + 1]!.map(cleanCell);
    const both = combine(one, next);
    const bothScore = scoreHeader(both);
    if (bothScore > Math.max(score, scoreHeader(next)) && bothScore > best.score) {
      best = { row: r, rows: 2, headers: both, score: bothScore };
    }
  }
  if (best && best.score >= 2) return { row: best.row, rows: best.rows, headers: best.headers, confident: true };
  const first = rows.findIndex((r) => r.filter((c) => cleanCell(c) !== '').length >= 2);
  const row = first < 0 ? 0 : first;
  return { row, rows: 1, headers: (rows[row] ?? []).map(cleanCell), confident: false };
}

/** How many distinct fields a header row names; repeated fields (a merged title) count once. */
export function scoreHeader(headers: string[]): number {
  const fields = new Set<FieldKey>();
  for (const h of headers) {
    const f = fieldForHeader(h);
    if (f) fields.add(f);
  }
  return fields.size;
}

function combine(upper: string[], lower: string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, i) => {
    const u = upper[i] ?? '';
    const l = lower[i] ?? '';
    if (!l) return u;
    if (!u || u === l) return l;
    // "联系方式" over "电话": the lower cell names the column unless only the upper one is a field.
    return fieldForHeader(l) || !fieldForHeader(u) ? l : u;
  });
}
