/**
 * 按单位座位表 (per-unit seat lists) of a large meeting (RULES.md §9): one block per unit, in the
 * unit order the scene seats by, each delegate with his order within the unit, name, title, zone
 * and seat in words — the hall seat numbered as the hall numbers it (consecutive or 单双号), a
 * rostrum seat as the rostrum names it. The officer hands each unit its block. Hall seats come from
 * the seat slips (seat-slips.ts), so the list and the slips always say the same. Pure; the PDF
 * view is renderer/src/print/unit-lists.tsx, the .xlsx its `workbook`.
 */
import { toEP } from '../engine/people';
import { orderUnits } from '../engine/unit-order';
import { seatLabelText } from '../i18n/seat-labels';
import { translate, type Lang } from '../i18n/translate';
import { kindOf } from '../kinds';
import type { Plan, Scene } from '../model/types';
import { flowColumns, type Flowed } from './flow';
import { LIST_BLOCK, listRow, type CellKind, type ListRow } from './list-pages';
import { sheetOf } from './paper';
import { emWidth } from './text-fit';
import { seatSlips } from './seat-slips';
import type { SeatingListData } from './seating-list';

export interface UnitListRow {
  personId: string;
  /** 1, 2 … within the unit, by precedence. */
  order: number;
  name: string;
  title: string;
  /** The rostrum, the balcony, the zone — where any applies. */
  zone: string;
  /** The seat in words (1区第3排第15座). */
  seat: string;
}

export interface UnitList {
  /** The unit as the people list gives it; '' for people without one. */
  unit: string;
  rows: UnitListRow[];
}

/** The unit's heading: its name (or "no unit" in words) and how many it seats. */
export function unitHeading(list: UnitList, lang: Lang): string {
  const name = list.unit || translate(lang, 'print.unitLists.noUnit');
  return `${name}  ${translate(lang, 'print.seated', { n: list.rows.length })}`;
}

/**
 * The units seated in the scene's meeting halls and on its rostrum, in the scene's unit order,
 * each with its people by precedence; one unit alone when `unit` is given. A unit nobody of which
 * is seated is not listed.
 */
export function unitLists(plan: Plan, scene: Scene, lang: Lang, unit?: string): UnitList[] {
  const people = new Map(plan.people.map((p, i) => [p.id, [p, i] as const]));
  const rows = new Map<string, Omit<UnitListRow, 'order'>>();
  for (const s of seatSlips(plan, scene, lang))
    rows.set(s.key, { personId: s.key, name: s.name, title: s.title, zone: s.area, seat: s.seat });
  const rostrums = new Map(scene.items.filter((i) => kindOf(i).group === 'rostrum').map((i) => [i.id, i]));
  for (const a of scene.assignments) {
    const rostrum = rostrums.get(a.itemId);
    const person = people.get(a.personId)?.[0];
    if (!rostrum || !person) continue;
    rows.set(person.id, {
      personId: person.id,
      name: person.name,
      title: person.title,
      zone: translate(lang, `kind.${rostrum.kind}`),
      seat: seatLabelText(lang, rostrum, a.seat),
    });
  }
  // The scene's own unit order over everyone listed, rostrum included, as 自动排座 reads it.
  const units = orderUnits(
    [...rows.keys()].map((id) => toEP(...people.get(id)!)),
    scene.options,
  );
  return units
    .filter((u) => unit === undefined || u.name === unit)
    .map((u) => ({ unit: u.name, rows: u.people.map((p, k) => ({ ...rows.get(p.id)!, order: k + 1 })) }));
}

/** The units the print menu offers, in the scene's order. */
export function listUnits(plan: Plan, scene: Scene): string[] {
  return unitLists(plan, scene, 'zh').map((u) => u.unit);
}

/** Column widths, mm, on the A4 portrait page's 186 mm: the title takes what the others leave. */
export const UNIT_COLUMNS = { order: 11, name: 34, zone: 32, seat: 46 };
const PAGE_W = sheetOf('A4', 'portrait').w - 2 * LIST_BLOCK.margin;
const TITLE_W = PAGE_W - UNIT_COLUMNS.order - UNIT_COLUMNS.name - UNIT_COLUMNS.zone - UNIT_COLUMNS.seat;

function cells(values: { order: string; name: string; title: string; zone: string; seat: string }) {
  const { order, name, zone, seat } = UNIT_COLUMNS;
  const cell = (kind: CellKind, text: string, w: number) => ({ kind, text, w });
  return [
    cell('order', values.order, order),
    cell('name', values.name, name),
    cell('what', values.title, TITLE_W),
    cell('what', values.zone, zone),
    cell('seat', values.seat, seat),
  ];
}

/** The column headings under each unit's heading, in `lang`. */
export function unitColumnHeads(lang: Lang): ListRow {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  return listRow(
    'head',
    cells({
      order: t('print.order'),
      name: t('print.name'),
      title: t('print.personTitle'),
      zone: t('print.unitLists.zone'),
      seat: t('print.seat'),
    }),
  );
}

/** One delegate's row: every cell wraps inside its column, never cut (list-pages.ts). */
export function unitRow(row: UnitListRow): ListRow {
  return listRow(row.personId, cells({ ...row, order: String(row.order) }));
}

/**
 * A unit's heading (repeated, marked continued, at the top of a page its unit runs on into) or
 * one delegate's row.
 */
export type UnitBlock = { heading: string; continued: boolean; rows: number } | { row: ListRow; heading: string };

/** The heading block, mm: a gap above, the unit's name and count (4 mm type), the column headings. */
export const UNIT_HEAD = { gap: LIST_BLOCK.gap, title: LIST_BLOCK.head, size: 4, side: 2.3 };

/** A heading's type size: set smaller so that a very long unit name stays whole on its line. */
export function unitHeadingSize(text: string): number {
  return Math.min(UNIT_HEAD.size, (PAGE_W - 2 * UNIT_HEAD.side) / Math.max(emWidth(text), 1));
}

export function unitBlockHeight(block: UnitBlock, lang: Lang): number {
  return 'row' in block ? block.row.h : UNIT_HEAD.gap + UNIT_HEAD.title + unitColumnHeads(lang).h;
}

/** A heading's first rows stay on its page with it (all of them when the unit is smaller). */
const KEEP_ROWS = 2;

/**
 * The printed pages: units one after another down A4 portrait pages, several small units to a
 * page, a heading never left at the foot of a page without its first rows, and a unit that runs on
 * headed again on the next page.
 */
export function unitListPages(lists: UnitList[], lang: Lang): Flowed<UnitBlock>[][] {
  const blocks: UnitBlock[] = lists.flatMap((u) => {
    const heading = unitHeading(u, lang);
    return [{ heading, continued: false, rows: u.rows.length }, ...u.rows.map((r) => ({ row: unitRow(r), heading }))];
  });
  const sheet = sheetOf('A4', 'portrait');
  const frame = { top: LIST_BLOCK.margin + LIST_BLOCK.title, bottom: sheet.h - LIST_BLOCK.margin, cols: 1, gap: 0 };
  return flowColumns(blocks, (b) => unitBlockHeight(b, lang), frame, {
    keepsWith: (b) => ('rows' in b ? Math.min(KEEP_ROWS, b.rows) : 0),
    carriedOver: (b) => ('row' in b ? { heading: b.heading, continued: true, rows: 0 } : undefined),
  });
}

/** The lists as the export.xlsx workbook: a heading row per unit, then its delegates' rows. */
export function unitListsWorkbook(plan: Plan, scene: Scene | undefined, lang: Lang, unit?: string): SeatingListData {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  return {
    title: [plan.name, scene?.name, t('print.view.unitLists')].filter(Boolean).join(' · '),
    subtitle: [plan.organisation, plan.startDate].filter(Boolean).join('  '),
    columns: [t('print.order'), t('print.name'), t('print.personTitle'), t('print.unitLists.zone'), t('print.seat')],
    tables: (scene ? unitLists(plan, scene, lang, unit) : []).map((u) => ({
      heading: unitHeading(u, lang),
      main: false,
      rows: u.rows.map((r) => [String(r.order), r.name, r.title, r.zone, r.seat]),
    })),
  };
}
