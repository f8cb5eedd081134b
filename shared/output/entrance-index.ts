/**
 * 座位查询表 (entrance index), hung by the banquet-hall door: every seated guest with the table and
 * the seat, in groups under a heading — by surname pinyin (A, B, C …), by the strokes of the
 * surname (一画, 二画 …) or by delegation — and laid out in columns of large type on A4 or A3. Pure.
 */
import { chineseNumeral } from '../i18n/numerals';
import { seatLabelText } from '../i18n/seat-labels';
import { translate, type Lang } from '../i18n/translate';
import { compareByStrokes, compareSequences, isLatinName, pinyinKey, strokeCounts, surnameKey } from '../engine/name-order';
import type { Person, Plan, Scene } from '../model/types';
import { sheetOf } from './paper';
import { findScene, seatingItems } from './plan-data';
import { itemTitle, type SeatingListData } from './seating-list';
import { flowColumns, type Flowed } from './flow';
import { emWidth, wrapLines } from './text-fit';

export const INDEX_ORDERS = ['pinyin', 'strokes', 'delegation'] as const;
export type IndexOrder = (typeof INDEX_ORDERS)[number];
export type IndexPaper = 'A4' | 'A3';

export interface IndexEntry {
  personId: string;
  name: string;
  /** 第3桌, or the item's name where it has no number. */
  table: string;
  /** The seat in words (右1). */
  seat: string;
}

export interface IndexGroup {
  heading: string;
  entries: IndexEntry[];
}

interface Seated extends IndexEntry {
  person: Person;
}

const byPinyin = (a: Seated, b: Seated) =>
  compareSequences(surnameKey(a.name), surnameKey(b.name)) || compareSequences([...a.name], [...b.name]);

/** Groups in order, each sorted by `within`; `last` (when set) is the heading of a group put at the end. */
function grouped(
  seated: Seated[],
  headingOf: (s: Seated) => string,
  compareHeadings: (a: string, b: string) => number,
  within: (a: Seated, b: Seated) => number,
  last?: string,
): IndexGroup[] {
  const groups = new Map<string, Seated[]>();
  for (const s of seated) groups.set(headingOf(s), [...(groups.get(headingOf(s)) ?? []), s]);
  return [...groups.keys()]
    .sort((a, b) => Number(a === last) - Number(b === last) || compareHeadings(a, b))
    .map((heading) => ({
      heading,
      entries: groups
        .get(heading)!
        .sort(within)
        .map(({ personId, name, table, seat }) => ({ personId, name, table, seat })),
    }));
}

export function entranceIndex(plan: Plan, scene: Scene, order: IndexOrder, lang: Lang): IndexGroup[] {
  const seated: Seated[] = seatingItems(plan, scene).flatMap((e) =>
    e.seats.flatMap((s) =>
      s.person
        ? [
            {
              personId: s.person.id,
              person: s.person,
              name: s.person.name,
              table: itemTitle(e, lang),
              seat: seatLabelText(lang, e.item.kind, s.label),
            },
          ]
        : [],
    ),
  );
  const other = translate(lang, 'print.index.other');
  if (order === 'pinyin') {
    const letter = (s: Seated) => (surnameKey(s.name)[0]?.[0] ?? '').toUpperCase();
    return grouped(
      seated,
      (s) => (/^[A-Z]$/.test(letter(s)) ? letter(s) : other),
      (a, b) => a.localeCompare(b, 'en'),
      byPinyin,
      other,
    );
  }
  if (order === 'strokes') {
    const strokes = (s: Seated) => (isLatinName(s.name) ? 0 : (strokeCounts(s.name.trim())[0] ?? 0));
    const heading = (n: number) => translate(lang, 'print.index.strokes', { n: lang === 'zh' ? chineseNumeral(n) : n });
    const headings = new Map(seated.map((s) => [strokes(s) ? heading(strokes(s)) : other, strokes(s)]));
    return grouped(
      seated,
      (s) => (strokes(s) ? heading(strokes(s)) : other),
      (a, b) => headings.get(a)! - headings.get(b)!,
      (a, b) => (isLatinName(a.name) || isLatinName(b.name) ? byPinyin(a, b) : compareByStrokes(a.name, b.name)),
      other,
    );
  }
  const delegation = (s: Seated) => s.person.delegation?.trim() || s.person.organisation.trim() || other;
  // Delegations in pinyin order, a Latin-script name among them by its letters (Voyager under V).
  const delegationKey = (name: string) => pinyinKey(name).map((syllable) => syllable.toLowerCase());
  return grouped(seated, delegation, (a, b) => compareSequences(delegationKey(a), delegationKey(b)), byPinyin, other);
}

/**
 * The index's measures, mm: margins, title band, column gap; names 5.6 mm (about 16 pt, read from
 * a step back), never under 4.2 mm (12 pt): a longer name wraps instead; headings 6.5 mm.
 */
export const INDEX = {
  margin: 12,
  title: 22,
  colGap: 6,
  name: 5.6,
  minName: 4.2,
  place: 4.4,
  heading: 6.5,
  /** Line height as a share of the type size. */
  leading: 1.15,
  /** Above an entry's text and around a heading's. */
  pad: 1.4,
  side: 1,
};

/** A heading's first rows stay in its column with it (all of them when the group is smaller). */
const KEEP_ROWS = 2;

export function indexFrame(paper: IndexPaper) {
  const sheet = sheetOf(paper, 'portrait');
  const cols = paper === 'A3' ? 4 : 3;
  const colW = (sheet.w - 2 * INDEX.margin - (cols - 1) * INDEX.colGap) / cols;
  return { sheet, cols, colW, top: INDEX.margin + INDEX.title, bottom: sheet.h - INDEX.margin, gap: 0 };
}

/** The table and seat as printed after the name. */
export const placeText = (e: IndexEntry) => `${e.table} ${e.seat}`;

/** How an entry is set: on one line (name left, table and seat right), or the name on its own lines above the place. */
export interface EntryLayout {
  single: boolean;
  nameSize: number;
  nameLines: string[];
  height: number;
}

export function entryLayout(e: IndexEntry, colW: number): EntryLayout {
  const inner = colW - 2 * INDEX.side;
  const line = (size: number) => size * INDEX.leading;
  const placeW = emWidth(placeText(e)) * INDEX.place;
  if (emWidth(e.name) * INDEX.name + placeW + 2 * INDEX.side <= inner)
    return { single: true, nameSize: INDEX.name, nameLines: [e.name], height: INDEX.pad * 2 + line(INDEX.name) };
  const nameSize = Math.max(INDEX.minName, Math.min(INDEX.name, inner / emWidth(e.name)));
  const nameLines = wrapLines(e.name, inner / nameSize);
  return { single: false, nameSize, nameLines, height: INDEX.pad * 2 + nameLines.length * line(nameSize) + line(INDEX.place) };
}

/** A group's heading (continued: repeated at the top of a column its group runs on into), or a guest. */
export type IndexBlock = { heading: string; continued: boolean; rows: number } | { entry: IndexEntry; heading: string };

export function indexBlocks(groups: IndexGroup[]): IndexBlock[] {
  return groups.flatMap((g) => [
    { heading: g.heading, continued: false, rows: g.entries.length },
    ...g.entries.map((entry) => ({ entry, heading: g.heading })),
  ]);
}

/** A heading's lines: a long delegation's name wraps. */
export function headingLines(text: string, colW: number): string[] {
  return wrapLines(text, (colW - 2 * INDEX.side) / INDEX.heading);
}

export function indexBlockHeight(block: IndexBlock, colW: number, lang: Lang): number {
  if ('entry' in block) return entryLayout(block.entry, colW).height;
  return 2 * INDEX.pad + headingLines(headingText(block, lang), colW).length * INDEX.heading * INDEX.leading;
}

export const headingText = (block: Extract<IndexBlock, { rows: number }>, lang: Lang) =>
  block.continued ? translate(lang, 'print.index.continued', { heading: block.heading }) : block.heading;

/**
 * The printed index's pages: blocks flowed down the columns, a heading never left at the foot of a
 * column without its first rows, and a group that runs on into the next column headed there again.
 */
export function indexPages(groups: IndexGroup[], paper: IndexPaper, lang: Lang): Flowed<IndexBlock>[][] {
  const frame = indexFrame(paper);
  return flowColumns(indexBlocks(groups), (b) => indexBlockHeight(b, frame.colW, lang), frame, {
    keepsWith: (b) => ('rows' in b ? Math.min(KEEP_ROWS, b.rows) : 0),
    carriedOver: (b) => ('entry' in b ? { heading: b.heading, continued: true, rows: 0 } : undefined),
  });
}

/** The groups a page shows, first and last ("A – F"), for the page's running head. */
export function pageSpan(page: Flowed<IndexBlock>[]): string {
  const first = page[0]?.item.heading ?? '';
  const last = page.at(-1)?.item.heading ?? '';
  return first === last ? first : `${first} – ${last}`;
}

/**
 * The index as the seating-list workbook of the export.xlsx channel: a heading row per group and
 * a row per guest (name, table, seat), in the order of the printed index.
 */
export function entranceIndexList(plan: Plan, sceneId: string | undefined, order: IndexOrder, lang: Lang): SeatingListData {
  const scene = findScene(plan, sceneId);
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  return {
    title: [plan.name, scene?.name, t('print.view.entranceIndex')].filter(Boolean).join(' · '),
    subtitle: [plan.organisation, plan.startDate, t(`print.index.order.${order}`)].filter(Boolean).join('  '),
    columns: [t('print.name'), t('print.index.tableColumn'), t('print.seat')],
    tables: (scene ? entranceIndex(plan, scene, order, lang) : []).map((g) => ({
      heading: g.heading,
      main: false,
      rows: g.entries.map((e) => [e.name, e.table, e.seat]),
    })),
  };
}
