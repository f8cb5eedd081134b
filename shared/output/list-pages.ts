/**
 * Lists laid out by arithmetic: rows whose cells wrap (never cut) at a fixed size, their heights
 * known from `wrapLines`, and blocks of rows (a table, a car, an elevator) packed into columns on
 * A4 portrait so that a block never breaks across a page and every printer gives the same pages.
 * Pure; the print views in renderer/src/print draw the rows and blocks where this puts them.
 */
import { translate, type Lang } from '../i18n/translate';
import { seatLabelText } from '../i18n/seat-labels';
import { sheetOf } from './paper';
import type { SeatingItem } from './plan-data';
import { emWidth, wrapLines } from './text-fit';

/** The list page's measures, mm: page margin, title band, gap between blocks, block heading, one-line row. */
export const LIST_BLOCK = { margin: 12, title: 16, gap: 4, head: 7, row: 5.4 };
/**
 * List text, mm: font size, the smallest a name or seat word is set to stay on one line (about
 * 7 pt, still read easily) before it wraps, line height, a row's padding above and below its lines,
 * a cell's at each side.
 */
export const LIST_TEXT = { size: 3.1, min: 2.5, line: 3.9, pad: 1.5, side: 1.2 };
const { margin: MARGIN, title: TITLE_H, gap: GAP, head: HEAD_H } = LIST_BLOCK;

/** What a cell holds; the print stylesheet colours seats and roles by it. */
export type CellKind = 'order' | 'seat' | 'name' | 'role' | 'side' | 'what';

export interface ListCell {
  kind: CellKind;
  /** The text broken into lines that fit `w`. */
  lines: string[];
  /** Cell width including its side padding, mm. */
  w: number;
  /** Font size where it is not LIST_TEXT.size, mm. */
  size?: number;
  /** A seat nobody sits in: its name cell says so, in grey. */
  empty?: boolean;
}

export interface ListRow {
  key: string;
  cells: ListCell[];
  h: number;
}

export interface CellText {
  kind: CellKind;
  text: string;
  w: number;
  empty?: boolean;
}

/** Names and seat words are read whole: set smaller (down to LIST_TEXT.min) to keep one line. */
const ONE_LINE: readonly CellKind[] = ['name', 'seat'];

function layCell({ text, ...c }: CellText): ListCell {
  const inner = c.w - 2 * LIST_TEXT.side;
  const size = ONE_LINE.includes(c.kind)
    ? Math.max(LIST_TEXT.min, Math.min(LIST_TEXT.size, inner / Math.max(emWidth(text), 1)))
    : LIST_TEXT.size;
  return {
    ...c,
    ...(size < LIST_TEXT.size ? { size: Math.floor(size * 100) / 100 } : {}),
    lines: text ? (c.kind === 'what' ? wrapWhat(text, inner / size) : wrapLines(text, inner / size)) : [],
  };
}

const WHAT_SEPARATOR = ' · ';

/**
 * Organisation · title that needs more than one line breaks at the separator first (市人民政府 /
 * 常务副市长, not 常务副市 / 长), each part wrapping on its own, at the cost of one line at most;
 * the line break then stands for the separator.
 */
function wrapWhat(text: string, widthEm: number): string[] {
  const greedy = wrapLines(text, widthEm);
  const parts = text.split(WHAT_SEPARATOR);
  if (greedy.length < 2 || parts.length < 2) return greedy;
  const byPart = parts.flatMap((part) => wrapLines(part, widthEm));
  return byPart.length <= greedy.length + 1 ? byPart : greedy;
}

/** A row whose height is that of its tallest cell: every cell wraps inside its width, never cut. */
export function listRow(key: string, cells: CellText[]): ListRow {
  const laid = cells.map(layCell);
  const lines = Math.max(1, ...laid.map((c) => c.lines.length));
  return { key, cells: laid, h: lines * LIST_TEXT.line + LIST_TEXT.pad };
}

/** The widths of a table list's seat, name and role columns, mm; organisation · title takes the rest. */
export const TABLE_COLUMNS = { seat: 16, name: 22, role: 13 };

/** Organisation and title, as one cell of a list. */
export function whatText(person: { organisation?: string; title?: string } | undefined): string {
  return person ? [person.organisation, person.title].filter(Boolean).join(WHAT_SEPARATOR) : '';
}

/** One table's rows: seat in words, name (or 空), hosting role, organisation · title. */
export function tableRows(entry: SeatingItem, lang: Lang, w: number): ListRow[] {
  const { seat, name, role } = TABLE_COLUMNS;
  return entry.seats.map((s) =>
    listRow(s.label, [
      { kind: 'seat', text: seatLabelText(lang, entry.item, s.label), w: seat },
      s.person
        ? { kind: 'name', text: s.person.name, w: name }
        : { kind: 'name', text: translate(lang, 'print.empty'), w: name, empty: true },
      { kind: 'role', text: s.role ? translate(lang, `role.${s.role}`) : '', w: role },
      { kind: 'what', text: whatText(s.person), w: w - seat - name - role },
    ]),
  );
}

export interface Placed<T = SeatingItem> {
  entry: T;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The width of one of `cols` columns of blocks on A4 portrait, mm. */
export function blockWidth(cols: number): number {
  return (sheetOf('A4', 'portrait').w - 2 * MARGIN - (cols - 1) * GAP) / cols;
}

/**
 * Packs blocks of the heights given top to bottom, column after column, page after page: small
 * blocks share a page, a block never splits (one taller than a page gets a page of its own).
 */
export function packHeights<T>(blocks: { entry: T; h: number }[], cols: number): Placed<T>[][] {
  const sheet = sheetOf('A4', 'portrait');
  const colW = blockWidth(cols);
  const top = MARGIN + TITLE_H;
  const bottom = sheet.h - MARGIN;
  const pages: Placed<T>[][] = [[]];
  let col = 0;
  let y = top;
  for (const { entry, h } of blocks) {
    if (y + h > bottom && y > top) {
      col++;
      y = top;
      if (col >= cols) {
        pages.push([]);
        col = 0;
      }
    }
    pages.at(-1)!.push({ entry, x: MARGIN + col * (colW + GAP), y, w: colW, h });
    y += h + GAP;
  }
  return pages;
}

export interface TableBlock {
  item: SeatingItem;
  rows: ListRow[];
}

/** The per-table lists' pages: two columns of table blocks, each its heading and wrapped rows. */
export function packBlocks(entries: SeatingItem[], lang: Lang, cols = 2): Placed<TableBlock>[][] {
  const w = blockWidth(cols);
  return packHeights(
    entries.map((item) => {
      const rows = tableRows(item, lang, w);
      return { entry: { item, rows }, h: HEAD_H + rows.reduce((sum, r) => sum + r.h, 0) + 1 };
    }),
    cols,
  );
}

/** Rows of one long list cut into pages of at most `available` mm each; a row never splits. */
export function packRows(rows: ListRow[], available: number): ListRow[][] {
  const pages: ListRow[][] = [[]];
  let used = 0;
  for (const row of rows) {
    if (used + row.h > available && pages.at(-1)!.length) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(row);
    used += row.h;
  }
  return pages;
}
