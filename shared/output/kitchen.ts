/**
 * 餐饮服务单 (kitchen sheet): for the banquet manager and the waiters, per table in table order the
 * covers and every dietary need with the seat in words and the name, and the hall's totals per need.
 * Needs are read from the officer's free text (Person.dietary): each part is put in a category
 * (清真, 素食, 不饮酒 …) and printed with the officer's own words beside it. Pure.
 */
import { translate, type Lang, type MessageKey } from '../i18n/translate';
import { seatLabelText } from '../i18n/seat-labels';
import type { Person, Plan, Scene } from '../model/types';
import { seatingItems } from './plan-data';
import { itemTitle } from './seating-list';
import { LIST_TEXT } from './list-pages';
import { emWidth, wrapLines } from './text-fit';

export const DIET_NEEDS = ['halal', 'vegetarian', 'noAlcohol', 'noPork', 'noBeef', 'allergy', 'other'] as const;
export type DietNeed = (typeof DIET_NEEDS)[number];

/** The words that put a part of the officer's text in a category; first match wins, in this order. */
const NEED_WORDS: [DietNeed, RegExp][] = [
  ['halal', /清真|穆斯林|回民|halal|muslim/i],
  ['vegetarian', /素|vegetarian|vegan/i],
  ['noAlcohol', /(不|忌|禁|戒)(饮|喝)?酒|滴酒不沾|no alcohol|alcohol[- ]free|teetotal/i],
  ['noPork', /(不吃|不食|忌|禁|无)猪|no pork|pork[- ]free/i],
  ['noBeef', /(不吃|不食|忌|禁|无)牛|no beef|beef[- ]free/i],
  ['allergy', /过敏|不耐受|allerg|intoleran/i],
];

export interface DietNote {
  need: DietNeed;
  /** The officer's words for this need, as typed. */
  words: string;
}

/**
 * The parts of the officer's text: clauses split at ，,;； / and line ends; a clause is split at 、
 * too only where each piece names a need of its own (清真、不饮酒), so 对坚果、花生过敏 and
 * 海鲜过敏（虾、蟹） stay whole.
 */
function dietParts(text: string): string[] {
  return text.split(/[，,;；/\n]+/).flatMap((clause) => {
    const pieces = clause.split('、');
    return pieces.length > 1 && pieces.every((p) => needOf(p) !== 'other') ? pieces : [clause];
  });
}

function needOf(words: string): DietNeed {
  return NEED_WORDS.find(([, re]) => re.test(words))?.[0] ?? 'other';
}

/** The needs in a person's dietary text: one note per part, in the officer's words. */
export function dietNotes(dietary: string | undefined): DietNote[] {
  return dietParts(dietary ?? '')
    .map((part) => part.replace(/^[\s、]+|[\s、]+$/g, ''))
    .filter(Boolean)
    .map((words) => ({ need: needOf(words), words }));
}

/** Tags an officer uses to mark a foreign guest whose name is written in Chinese. */
const FOREIGN_TAGS = new Set(['外宾', '外籍', '外方', 'foreign', 'foreigner']);

/**
 * A foreign guest, read from the data: a name with Latin letters (Thomas Müller), or a tag that
 * says so (外宾, 外籍, 外方, foreign) for a foreign guest listed under a Chinese name.
 */
export function isForeign(person: Person): boolean {
  return /\p{Script=Latin}/u.test(person.name) || person.tags.some((t) => FOREIGN_TAGS.has(t.trim().toLowerCase()));
}

export interface KitchenRow {
  seat: string;
  name: string;
  need: DietNeed;
  /** The category in words (清真, or 清真 Halal on a bilingual sheet). */
  needText: string;
  words: string;
}

export interface KitchenTable {
  itemId: string;
  heading: string;
  main: boolean;
  covers: number;
  rows: KitchenRow[];
}

export interface KitchenSheet {
  /** The languages the sheet is printed in: the chosen one, with the other when guests are foreign. */
  langs: Lang[];
  tables: KitchenTable[];
  covers: number;
  /** People per need in the whole scene, in category order; needs nobody has are left out. */
  totals: { need: DietNeed; label: string; people: number }[];
}

/** The languages of a sheet for the hotel: Chinese first; both when anyone seated is foreign. */
export function sheetLangs(lang: Lang, seated: Person[]): Lang[] {
  return seated.some(isForeign) ? ['zh', 'en'] : [lang];
}

/** A label in each of the sheet's languages, joined by a space (清真 Halal). */
export function sayIn(langs: Lang[], key: MessageKey, params?: Record<string, string | number>): string {
  return [...new Set(langs.map((l) => translate(l, key, params)))].join(' ');
}

export function kitchenSheet(plan: Plan, scene: Scene, lang: Lang): KitchenSheet {
  const entries = seatingItems(plan, scene).filter((e) => e.seats.some((s) => s.person));
  const langs = sheetLangs(
    lang,
    entries.flatMap((e) => e.seats.flatMap((s) => (s.person ? [s.person] : []))),
  );
  const peoplePerNeed = new Map<DietNeed, Set<string>>();
  const tables = entries.map((e) => {
    const rows: KitchenRow[] = [];
    for (const s of e.seats) {
      if (!s.person) continue;
      for (const note of dietNotes(s.person.dietary)) {
        rows.push({
          seat: [...new Set(langs.map((l) => seatLabelText(l, e.item, s.label)))].join(' '),
          name: s.person.name,
          need: note.need,
          needText: sayIn(langs, `print.kitchen.need.${note.need}`),
          words: note.words,
        });
        peoplePerNeed.set(note.need, (peoplePerNeed.get(note.need) ?? new Set()).add(s.person.id));
      }
    }
    return {
      itemId: e.item.id,
      heading: [...new Set(langs.map((l) => itemTitle(e, l)))].join(' '),
      main: e.main,
      covers: e.seats.filter((s) => s.person).length,
      rows,
    };
  });
  return {
    langs,
    tables,
    covers: tables.reduce((n, t) => n + t.covers, 0),
    totals: DIET_NEEDS.filter((need) => peoplePerNeed.has(need)).map((need) => ({
      need,
      label: sayIn(langs, `print.kitchen.need.${need}`),
      people: peoplePerNeed.get(need)!.size,
    })),
  };
}

/** The kitchen sheet's measures, mm: A4 portrait, one column of blocks; text size and column widths. */
export const KITCHEN = {
  margin: 12,
  title: 18,
  gap: 4,
  head: 7,
  row: 5.4,
  line: 4.4,
  font: 3.4,
  cols: { seat: 32, name: 34, need: 34 },
  pad: 1.2,
};
const SHEET_W = 210;
const SHEET_H = 297;
const WORDS_MM = SHEET_W - 2 * KITCHEN.margin - KITCHEN.cols.seat - KITCHEN.cols.name - KITCHEN.cols.need;

/** The officer's words wrap inside their column rather than being cut: lines they take. */
export function wordLines(words: string): number {
  return Math.max(1, Math.ceil((emWidth(words) * KITCHEN.font) / (WORDS_MM - 2 * KITCHEN.pad)));
}

export type KitchenBlock = { totals: KitchenSheet } | { table: KitchenTable };

/**
 * A seat, name or need in its column, read whole: one line, set smaller if it must down to the
 * lists' floor (LIST_TEXT.min, about 7 pt), and wrapped below it — a long Latin name was set at
 * 4 pt to stay on one line.
 */
export function kitchenCell(text: string, width: number): { size: number; lines: string[] } {
  const room = width - 2 * KITCHEN.pad;
  const size = Math.min(KITCHEN.font, room / Math.max(emWidth(text), 1));
  if (size >= LIST_TEXT.min) return { size, lines: [text] };
  return { size: LIST_TEXT.min, lines: wrapLines(text, room / LIST_TEXT.min) };
}

/** A row's height: one line, or as many as the officer's words or a wrapped name, seat or need take. */
export function rowHeight(row: KitchenRow): number {
  const { cols } = KITCHEN;
  const cells = [kitchenCell(row.seat, cols.seat), kitchenCell(row.name, cols.name), kitchenCell(row.needText, cols.need)];
  const lines = Math.max(wordLines(row.words), ...cells.map((c) => c.lines.length));
  return Math.max(KITCHEN.row, lines * KITCHEN.line + 1);
}

export function blockHeight(block: KitchenBlock): number {
  if ('totals' in block) return KITCHEN.head + Math.max(block.totals.totals.length, 1) * KITCHEN.row + 1;
  const rows = block.table.rows;
  // A table with needs has a row of column headings above them; one without says so in one row.
  if (rows.length === 0) return KITCHEN.head + KITCHEN.row + 1;
  return KITCHEN.head + KITCHEN.row + rows.reduce((h, r) => h + rowHeight(r), 0) + 1;
}

/** The hall's totals first, then each table in table order, flowed down A4 portrait pages. */
export function kitchenBlocks(sheet: KitchenSheet): KitchenBlock[] {
  return [{ totals: sheet }, ...sheet.tables.map((table) => ({ table }))];
}

export const KITCHEN_FRAME = {
  top: KITCHEN.margin + KITCHEN.title,
  bottom: SHEET_H - KITCHEN.margin,
  cols: 1,
  gap: KITCHEN.gap,
  width: SHEET_W - 2 * KITCHEN.margin,
  wordsWidth: WORDS_MM,
};
