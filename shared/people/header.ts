/**
 * Finds the header row of a list. Real lists often have a title row ("出席欢迎宴会人员名单"), an
 * attachment line ("附件1"), a date line or a blank row above the header, and a header that
 * spans two rows where merged cells group columns ("联系方式" over "电话" and "邮箱"; "姓名"
 * merged down over both rows). A title is never part of the header: a row with fewer than two
 * different texts (a merged title repeats one text across the row) cannot be a header row, and
 * a title cell names no field (header-match.ts).
 */
import { type FieldKey } from './fields';
import { matchHeader } from './header-match';
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

/** How strongly a row reads as a header: fields named, then exact words, then header cells of any kind. */
export interface HeaderScore {
  /** Distinct fields named; a repeated field (a merged cell) counts once. */
  fields: number;
  /** Distinct fields named by an exact header word (姓名, not a word inside 嘉宾姓名). */
  exact: number;
  /** Cells that are header words, including those that feed no field (序号, 编号). */
  cells: number;
}

const SCAN_ROWS = 30;

export function detectHeader(rows: string[][]): HeaderGuess {
  let best: { row: number; rows: 1 | 2; headers: string[]; score: HeaderScore } | null = null;
  const limit = Math.min(rows.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const one = rows[r]!.map(cleanCell);
    if (!canBeHeader(one)) continue;
    const score = scoreHeader(one);
    if (!best || beats(score, best.score)) best = { row: r, rows: 1, headers: one, score };
    const next = (rows[r + 1] ?? []).map(cleanCell);
    if (!canBeHeader(next)) continue;
    // Two rows count as one header only if together they name more fields than either alone
    // (so the first data row below the header is never taken in).
    const both = combine(one, next);
    const bothScore = scoreHeader(both);
    if (bothScore.fields > Math.max(score.fields, scoreHeader(next).fields) && beats(bothScore, best.score)) {
      best = { row: r, rows: 2, headers: both, score: bothScore };
    }
  }
  if (best && best.score.fields >= 2) return { row: best.row, rows: best.rows, headers: best.headers, confident: true };
  const first = rows.findIndex((r) => canBeHeader(r.map(cleanCell)));
  const row = first < 0 ? 0 : first;
  return { row, rows: 1, headers: (rows[row] ?? []).map(cleanCell), confident: false };
}

export function scoreHeader(headers: string[]): HeaderScore {
  const fields = new Set<FieldKey>();
  const exact = new Set<FieldKey>();
  let cells = 0;
  for (const h of headers) {
    const match = matchHeader(h);
    if (!match) continue;
    cells++;
    if (match.kind !== 'field') continue;
    fields.add(match.field);
    if (match.exact) exact.add(match.field);
  }
  return { fields: fields.size, exact: exact.size, cells };
}

function beats(a: HeaderScore, b: HeaderScore): boolean {
  if (a.fields !== b.fields) return a.fields > b.fields;
  if (a.exact !== b.exact) return a.exact > b.exact;
  return a.cells > b.cells;
}

/** A header names at least two columns with different texts; a title, 附件1 or a date line does not. */
function canBeHeader(cells: string[]): boolean {
  return new Set(cells.filter((c) => c !== '')).size >= 2;
}

/** The header texts of `span` rows from `row`, as detection reads them (for a row the user picks). */
export function headerTexts(rows: string[][], row: number, span: 1 | 2): string[] {
  const upper = (rows[row] ?? []).map(cleanCell);
  return span === 1 ? upper : combine(upper, (rows[row + 1] ?? []).map(cleanCell));
}

function combine(upper: string[], lower: string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, i) => {
    const u = upper[i] ?? '';
    const l = lower[i] ?? '';
    if (!l) return u;
    if (!u || u === l) return l;
    // "联系方式" over "电话": the lower cell names the column when it is a header word of any
    // kind (序号 too), or when the upper one names no field either.
    return matchHeader(l) || matchHeader(u)?.kind !== 'field' ? l : u;
  });
}
