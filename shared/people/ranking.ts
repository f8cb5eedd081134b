/**
 * Ranks within a side, the way officers give them. The officer chooses the source in the import
 * wizard: the list order (as the rows come), the list's rank column, or a precedence table —
 * the official-level order (正部级, 副部级, 正厅级 …) or the title order (书记, 市长, 副书记 …;
 * 董事长, 总裁 …) — with the unit order (单位排序) as the second key and list order breaking
 * ties: the three-key sort Chinese seating tools offer. The tables are the office's, kept in its
 * settings (`people.precedenceTables`) and editable; these are the defaults.
 */
import { OFFICIAL_LEVEL_ORDER, officialLevelKey } from '../model/official-levels';
import type { Person, Side } from '../model/types';
import type { ColumnMapping } from './mapping';
import type { PreviewRow } from './preview';
import { cleanCell, toHalfWidth } from './text';

/** Where ranks come from, as the officer chooses it. */
export const RANK_BY = ['list', 'column', 'level', 'title'] as const;
export type RankBy = (typeof RANK_BY)[number];

/** Where one row's rank came from: as chosen, or list / unit order for a row the table does not know. */
export type RankSource = RankBy | 'unitOrder';

/** One line per position, most senior first; each line holds the words that name the position. */
export type PrecedenceTable = string[][];

export interface PrecedenceTables {
  level: PrecedenceTable;
  title: PrecedenceTable;
}

export const PRECEDENCE_TABLES_KEY = 'people.precedenceTables';

/** Party and government first, then a company's; an office edits it to its own usage. */
const TITLE_ORDER: PrecedenceTable = [
  ['书记'],
  ['省长', '市长', '区长', '县长', '州长'],
  ['副书记'],
  ['常务副省长', '常务副市长', '常务副区长', '常务副县长'],
  ['副省长', '副市长', '副区长', '副县长', '副州长'],
  ['秘书长'],
  ['副秘书长'],
  ['部长', '厅长', '局长', '主任'],
  ['副部长', '副厅长', '副局长', '副主任'],
  ['处长'],
  ['副处长'],
  ['科长'],
  ['副科长'],
  ['董事长'],
  ['副董事长'],
  ['总裁', '总经理', '首席执行官', 'CEO'],
  ['副总裁', '副总经理'],
  ['总监'],
  ['经理'],
  ['副经理'],
];

export const DEFAULT_PRECEDENCE_TABLES: PrecedenceTables = {
  level: OFFICIAL_LEVEL_ORDER.map((words) => [...words]),
  title: TITLE_ORDER,
};

/** Limits of an edited table, so a setting cannot grow without bound. */
export const TABLE_LIMITS = { lines: 200, words: 20, word: 50 } as const;

/** The text the settings dialog edits: one position per line, its words separated by "/". */
export function tableToText(table: PrecedenceTable): string {
  return table.map((words) => words.join(' / ')).join('\n');
}

export function tableFromText(text: string): PrecedenceTable {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(/[/／、,，|]/)
        .map((w) => cleanCell(w).slice(0, TABLE_LIMITS.word))
        .filter(Boolean)
        .slice(0, TABLE_LIMITS.words),
    )
    .filter((words) => words.length > 0)
    .slice(0, TABLE_LIMITS.lines);
}

/** The office's tables from settings (user data: anything malformed falls back to the default). */
export function readPrecedenceTables(value: unknown): PrecedenceTables {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const table = (t: unknown, fallback: PrecedenceTable): PrecedenceTable => {
    const ok = Array.isArray(t) && t.every((line) => Array.isArray(line) && line.every((w) => typeof w === 'string'));
    const read = ok ? tableFromText((t as string[][]).map((line) => line.join('/')).join('\n')) : [];
    return read.length > 0 ? read : fallback;
  };
  return {
    level: table(v.level, DEFAULT_PRECEDENCE_TABLES.level),
    title: table(v.title, DEFAULT_PRECEDENCE_TABLES.title),
  };
}

export interface TableMatch {
  /** 0 = most senior. */
  position: number;
  /** The table word that matched, as the table writes it. */
  word: string;
}

/** An official level's place: exact, with or without the final 级 ("正厅" is 正厅级). */
export function levelPosition(table: PrecedenceTable, value: string | undefined): TableMatch | undefined {
  if (!value) return undefined;
  const key = officialLevelKey(value);
  for (const [position, words] of table.entries()) {
    const word = words.find((w) => [key, `${key}级`].includes(officialLevelKey(w)));
    if (word) return { position, word };
  }
  return undefined;
}

/**
 * A title's place. A title names the post last ("市委书记", "常务副市长", "远航集团董事长"), so the
 * longest table word it ends with decides (副市长 over 市长); a title holding two posts
 * ("党组书记、局长", "董事长兼总裁") takes the more senior.
 */
export function titlePosition(table: PrecedenceTable, title: string | undefined): TableMatch | undefined {
  if (!title) return undefined;
  let best: TableMatch | undefined;
  for (const part of toHalfWidth(title).split(/[、,，;；/\s]|兼/)) {
    const post = part.toLowerCase();
    let longest: TableMatch | undefined;
    for (const [position, words] of table.entries()) {
      for (const word of words) {
        const w = toHalfWidth(word).toLowerCase();
        if (w && post.endsWith(w) && w.length > (longest?.word.length ?? 0)) longest = { position, word };
      }
    }
    if (longest && (!best || longest.position < best.position)) best = longest;
  }
  return best;
}

export interface RowRank {
  rank: number;
  source: RankSource;
  /** What decided: the table word (正厅级, 市长) or the unit order. */
  by?: string;
}

/** Rank from the rank column when the list maps one (as before), otherwise from the list order. */
export function defaultRankBy(mapping: ColumnMapping): RankBy {
  return mapping.includes('rank') ? 'column' : 'list';
}

export function rowSide(row: PreviewRow, fallback: Side): Side {
  return row.values.side ?? row.sectionSide ?? fallback;
}

/**
 * The rank each row to be added gets, by row number. Ranks continue after the highest rank the
 * side already has in the plan; with the rank column, rows that give a rank keep it and rows
 * without follow the list after the highest rank their side has (in the plan or the file).
 */
export function rankRows(
  rows: readonly PreviewRow[],
  by: RankBy,
  tables: PrecedenceTables,
  existing: readonly Person[],
  defaultSide: Side,
): Map<number, RowRank> {
  const top = new Map<Side, number>();
  const raise = (side: Side, rank: number) => top.set(side, Math.max(top.get(side) ?? 0, rank));
  for (const p of existing) raise(p.side, p.rank);
  const adding = rows.filter((r) => r.action === 'add' && r.values.name);
  const ranks = new Map<number, RowRank>();

  if (by === 'list' || by === 'column') {
    const fromColumn = (r: PreviewRow) => (by === 'column' ? r.values.rank : undefined);
    for (const r of adding) {
      const rank = fromColumn(r);
      if (rank !== undefined) raise(rowSide(r, defaultSide), rank);
    }
    for (const r of adding) {
      const side = rowSide(r, defaultSide);
      const given = fromColumn(r);
      const rank = given ?? (top.get(side) ?? 0) + 1;
      raise(side, rank);
      ranks.set(r.row, { rank, source: given !== undefined ? 'column' : 'list' });
    }
    return ranks;
  }

  const match = (r: PreviewRow) =>
    by === 'level' ? levelPosition(tables.level, r.values.officialLevel) : titlePosition(tables.title, r.values.title);
  const keyed = adding.map((r) => ({ r, side: rowSide(r, defaultSide), match: match(r) }));
  // Unknown level or title after every known one, then the unit order (rows without one last),
  // then the list order (the sort is stable and the rows are in list order).
  const last = (n: number | undefined) => n ?? Number.MAX_SAFE_INTEGER;
  keyed.sort((a, b) => last(a.match?.position) - last(b.match?.position) || last(a.r.unitOrder) - last(b.r.unitOrder));
  for (const { r, side, match: m } of keyed) {
    const rank = (top.get(side) ?? 0) + 1;
    raise(side, rank);
    const row: RowRank = m
      ? { rank, source: by, by: m.word }
      : r.unitOrder !== undefined
        ? { rank, source: 'unitOrder', by: String(r.unitOrder) }
        : { rank, source: 'list' };
    ranks.set(r.row, row);
  }
  return ranks;
}

/**
 * The rank a row ends with: a row to add, as `rankRows` ranked it; an update, the rank column's
 * value when the officer ranks by the column (otherwise the person keeps their rank: undefined).
 */
export function rowRank(ranks: ReadonlyMap<number, RowRank>, row: PreviewRow, by: RankBy): RowRank | undefined {
  const ranked = ranks.get(row.row);
  if (ranked) return ranked;
  return row.action === 'update' && by === 'column' && row.values.rank !== undefined
    ? { rank: row.values.rank, source: 'column' }
    : undefined;
}
