/**
 * The people list as a table for Excel: every person with their details and, for every scene,
 * their table or car and seat. The same table feeds the .xlsx writer (host) and the CSV writer.
 */
import { translate, type Lang, type MessageKey } from '../i18n/translate';
import type { Person, Plan } from '../model/types';
import { PERSON_FIELDS, type PersonFieldKey } from './fields';
import { seatLabelText } from '../i18n/seat-labels';
import { itemLabel } from '../output/seat-text';
import { displayWidth } from './text';

export interface ExportColumn {
  header: string;
  /** Excel column width in characters, wide enough for the longest Chinese text (capped). */
  width: number;
}

export interface ExportTable {
  sheetName: string;
  /** The plan's name, for the printed footer. */
  title?: string;
  columns: ExportColumn[];
  /** Numbers stay numbers so Excel can sort them. */
  rows: (string | number)[][];
}

/** Exported in the same order the import maps them, so a list round-trips column for column. */
const PERSON_COLUMNS: readonly PersonFieldKey[] = PERSON_FIELDS;

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

export function peopleTable(plan: Plan, lang: Lang): ExportTable {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const headers = [
    t('export.index'),
    ...PERSON_COLUMNS.map((f) => t(`people.field.${f}`)),
    ...plan.scenes.flatMap((s) => [t('export.sceneTable', { scene: s.name }), t('export.sceneSeat', { scene: s.name })]),
  ];
  const seats = plan.scenes.map((scene) => {
    const items = new Map(scene.items.map((i) => [i.id, i]));
    // Seats in words (右1, 后排右), as on screen: the engine's codes mean nothing to a hotel's staff.
    return new Map(
      scene.assignments.map((a) => {
        const item = items.get(a.itemId);
        return [a.personId, { item: itemLabel(lang, item), seat: seatLabelText(lang, item, a.seat) }];
      }),
    );
  });
  const rows = plan.people.map((p, i) => [
    i + 1,
    ...PERSON_COLUMNS.map((f) => fieldText(lang, p, f)),
    ...seats.flatMap((bySeat) => {
      const at = bySeat.get(p.id);
      return at ? [at.item, at.seat] : ['', ''];
    }),
  ]);
  const columns = headers.map((header, c) => ({
    header,
    width: Math.min(
      MAX_WIDTH,
      Math.max(MIN_WIDTH, displayWidth(header) + 2, ...rows.map((r) => displayWidth(String(r[c] ?? '')) + 2)),
    ),
  }));
  return { sheetName: t('export.sheet'), title: plan.name, columns, rows };
}

/** A person field as the officer reads it; the import preview (`npm run people`) shows its partial rows the same way. */
export function fieldText(lang: Lang, p: Partial<Person>, field: PersonFieldKey): string | number {
  switch (field) {
    case 'side':
      return p.side ? translate(lang, `side.${p.side}`) : '';
    case 'gender':
      return p.gender ? translate(lang, `gender.${p.gender}`) : '';
    case 'attendance':
      return p.attendance ? translate(lang, `attendance.${p.attendance}`) : '';
    case 'tags':
      return (p.tags ?? []).join(lang === 'zh' ? '、' : ', ');
    case 'rostrum':
      return p.rostrum ? translate(lang, 'people.rostrum.yes') : '';
    default:
      return p[field] ?? '';
  }
}

/**
 * CSV for Excel on Chinese Windows: UTF-8 with a BOM (without it Excel reads GBK and shows
 * mojibake), CRLF line ends, RFC 4180 quoting, and text Excel or WPS would run as a formula
 * neutralised (`formulaSafe`).
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => c.header), ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = formulaSafe(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A plain negative number: Excel reads it as that number and computes nothing. */
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/**
 * Excel and WPS start a formula at a leading =, +, -, @, tab or CR ("-2+3", "@SUM(…)",
 * "=HYPERLINK(…)"); an apostrophe in front makes the cell text. A plain negative number (-1,
 * -2.5) is left alone: the officer sees the same -1 either way, without a stray apostrophe. A
 * leading + is always neutralised, because what starts with + in a people list is a phone
 * number (+86 138 0000 0000), which the officer expects to read as written, not as 8.6E+12 or
 * a #NAME? error.
 */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !NEGATIVE_NUMBER.test(value) ? `'${value}` : value;
}
