/**
 * 座位查询表 (entrance index), hung by the banquet-hall door: every seated guest with the table and
 * the seat, in groups under a heading — by surname pinyin (A, B, C …), by the strokes of the
 * surname (一画, 二画 …) or by delegation — and laid out in columns of large type on A4 or A3. Pure.
 */
import { chineseNumeral } from '../i18n/numerals';
import { seatLabelText } from '../i18n/seat-labels';
import { translate, type Lang } from '../i18n/translate';
import { compareByPinyin, compareByStrokes, compareSequences, isLatinName, strokeCounts, surnameKey } from '../engine/name-order';
import type { Person, Plan, Scene } from '../model/types';
import { sheetOf } from './paper';
import { findScene, seatingItems } from './plan-data';
import { itemTitle, type SeatingListData } from './seating-list';
import { emWidth } from './text-fit';

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
  return grouped(seated, delegation, (a, b) => compareByPinyin(a, b), byPinyin, other);
}

/** The index's measures, mm: margins, title band, column gap, type sizes, heading and entry heights. */
export const INDEX = { margin: 12, title: 22, colGap: 6, heading: 11, line: 8.5, name: 5.6, place: 4.4, pad: 1 };

export function indexFrame(paper: IndexPaper) {
  const sheet = sheetOf(paper, 'portrait');
  const cols = paper === 'A3' ? 4 : 3;
  const colW = (sheet.w - 2 * INDEX.margin - (cols - 1) * INDEX.colGap) / cols;
  return { sheet, cols, colW, top: INDEX.margin + INDEX.title, bottom: sheet.h - INDEX.margin, gap: 0 };
}

/** The table and seat as printed after the name. */
export const placeText = (e: IndexEntry) => `${e.table} ${e.seat}`;

/**
 * Whether an entry fits on one line (name, then table and seat at the right) in a column of
 * `colW` mm; otherwise the name takes the first line (smaller only if it must) and the place the second.
 */
export function oneLine(e: IndexEntry, colW: number): boolean {
  return emWidth(e.name) * INDEX.name + emWidth(placeText(e)) * INDEX.place + 3 * INDEX.pad <= colW;
}

export type IndexBlock = { heading: string } | { entry: IndexEntry };

export function indexBlocks(groups: IndexGroup[]): IndexBlock[] {
  return groups.flatMap((g) => [{ heading: g.heading }, ...g.entries.map((entry) => ({ entry }))]);
}

export function indexBlockHeight(block: IndexBlock, colW: number): number {
  if ('heading' in block) return INDEX.heading;
  return oneLine(block.entry, colW) ? INDEX.line : 2 * INDEX.line - 1.5;
}

/**
 * The index as the seating-list workbook of the export.xlsx channel: a heading row per group and
 * a row per guest (table, name, seat), in the order of the printed index.
 */
export function entranceIndexList(plan: Plan, sceneId: string | undefined, order: IndexOrder, lang: Lang): SeatingListData {
  const scene = findScene(plan, sceneId);
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  return {
    title: [plan.name, scene?.name, t('print.view.entranceIndex')].filter(Boolean).join(' · '),
    subtitle: [plan.organisation, plan.startDate, t(`print.index.order.${order}`)].filter(Boolean).join('  '),
    columns: [t('print.index.tableColumn'), t('print.name'), t('print.seat')],
    tables: (scene ? entranceIndex(plan, scene, order, lang) : []).map((g) => ({
      heading: g.heading,
      main: false,
      rows: g.entries.map((e) => [e.table, e.name, e.seat]),
    })),
  };
}
