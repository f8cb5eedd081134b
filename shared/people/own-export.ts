/**
 * Our own exports read back. The people export (export.ts, .xlsx or CSV, Chinese or English
 * headers): its header row is recognised exactly, label for label from the translation layer, so
 * every column maps to the field it came from — "Overall precedence" and all — and each scene's
 * table and seat columns are known; seats come back when this plan has a scene of that name and
 * the table and seat named are in it. The seating list (shared/output/seating-list.ts): its people
 * map by the usual header matching, and seats come back when its title names this plan and one of
 * its scenes, each table's heading row naming the table. Otherwise seats are left out, with a note.
 */
import type { Command } from '../commands/commands';
import { translate, type Lang } from '../i18n/translate';
import { seatLabelText } from '../i18n/seat-labels';
import { kindOf } from '../kinds';
import type { Plan } from '../model/types';
import { itemTitle } from '../output/seating-list';
import { seatingItems } from '../output/plan-data';
import { FIELDS } from './fields';
import { itemLabel } from '../output/seat-text';
import type { ColumnMapping } from './mapping';
import type { ImportChanges } from './apply';
import type { ImportPreview } from './preview';

const LANGS: readonly Lang[] = ['zh', 'en'];

/** One scene's pair of columns: its table (or car) and its seat. */
export interface SceneSeatColumns {
  scene: string;
  table: number;
  seat: number;
}

export interface OwnExportHeaders {
  mapping: ColumnMapping;
  seats: SceneSeatColumns[];
}

/** The header row of our people export, or undefined when any header is not one of ours. */
export function ownExportHeaders(headers: readonly string[]): OwnExportHeaders | undefined {
  const mapping: ColumnMapping = [];
  const seats: SceneSeatColumns[] = [];
  for (let c = 0; c < headers.length; c++) {
    const h = headers[c]!.trim();
    if (LANGS.some((lang) => h === translate(lang, 'export.index'))) {
      mapping.push(null);
      continue;
    }
    const field = FIELDS.find((f) => LANGS.some((lang) => h === translate(lang, `people.field.${f}`)));
    if (field) {
      mapping.push(field);
      continue;
    }
    const scene = sceneOf(h, 'export.sceneTable');
    if (scene === undefined || sceneOf(headers[c + 1]?.trim() ?? '', 'export.sceneSeat') !== scene) return undefined;
    seats.push({ scene, table: c, seat: c + 1 });
    mapping.push(null, null);
    c++;
  }
  return mapping.includes('name') ? { mapping, seats } : undefined;
}

/** The scene a scene column's header names ("欢迎宴·桌/车" → 欢迎宴), in either language. */
function sceneOf(header: string, key: 'export.sceneTable' | 'export.sceneSeat'): string | undefined {
  for (const lang of LANGS) {
    const [before, after] = translate(lang, key, { scene: '\u0000' }).split('\u0000') as [string, string];
    if (header.length > before.length + after.length && header.startsWith(before) && header.endsWith(after)) {
      return header.slice(before.length, header.length - after.length);
    }
  }
  return undefined;
}

/** The export writes text Excel would run as a formula with an apostrophe in front (formulaSafe). */
export function unguardCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A seat from the file found in this plan. */
export interface SeatPlacement {
  row: number;
  sceneId: string;
  itemId: string;
  seat: string;
}

export type SeatNote =
  | { kind: 'noScene'; scene: string; count: number }
  | { kind: 'noSeat'; scene: string; rows: number[] }
  | { kind: 'otherPlan'; title: string };

export interface FoundSeats {
  placements: SeatPlacement[];
  notes: SeatNote[];
}

/** Which of the file's seats exist in this plan (by scene name, then table and seat in words, zh or en). */
export function findSeats(
  plan: Plan,
  rows: readonly (readonly string[])[],
  dataStart: number,
  columns: readonly SceneSeatColumns[],
): FoundSeats {
  const placements: SeatPlacement[] = [];
  const notes: SeatNote[] = [];
  for (const col of columns) {
    const seated: { row: number; text: string }[] = [];
    for (let r = dataStart; r < rows.length; r++) {
      const table = rows[r]![col.table]?.trim() ?? '';
      const seat = rows[r]![col.seat]?.trim() ?? '';
      if (table || seat) seated.push({ row: r + 1, text: `${table}\u0000${seat}` });
    }
    if (seated.length === 0) continue;
    const scene = plan.scenes.find((s) => s.name === col.scene);
    if (!scene) {
      notes.push({ kind: 'noScene', scene: col.scene, count: seated.length });
      continue;
    }
    const byText = new Map<string, { itemId: string; seat: string }>();
    for (const item of scene.items) {
      for (const geom of kindOf(item).seatGeometry(item as never, scene)) {
        for (const lang of LANGS) {
          byText.set(`${itemLabel(lang, item)}\u0000${seatLabelText(lang, item, geom.label)}`, {
            itemId: item.id,
            seat: geom.label,
          });
        }
      }
    }
    const missing: number[] = [];
    for (const s of seated) {
      const found = byText.get(s.text);
      if (found) placements.push({ row: s.row, sceneId: scene.id, ...found });
      else missing.push(s.row);
    }
    if (missing.length) notes.push({ kind: 'noSeat', scene: col.scene, rows: missing });
  }
  return { placements, notes };
}

/**
 * The seat commands for the people a confirmed import adds or updates. `changes.add` holds the
 * added rows' people in preview order (apply.ts), so the n-th added row is the n-th person.
 */
export function seatCommands(preview: ImportPreview, changes: ImportChanges, placements: readonly SeatPlacement[]): Command[] {
  const personOfRow = new Map<number, string>();
  const added = preview.rows.filter((r) => r.action === 'add' && r.values.name);
  added.forEach((r, i) => personOfRow.set(r.row, changes.add[i]!.id));
  for (const r of preview.rows) {
    if (r.action === 'update' && r.duplicate?.of === 'plan') personOfRow.set(r.row, r.duplicate.personId);
  }
  return placements.flatMap((p) => {
    const personId = personOfRow.get(p.row);
    return personId ? [{ type: 'seat/assign' as const, sceneId: p.sceneId, personId, itemId: p.itemId, seat: p.seat }] : [];
  });
}

/** The seating list's column headings, in either language. */
const LIST_COLUMNS = ['print.seat', 'print.name', 'print.role', 'print.side', 'print.organisation', 'print.personTitle'] as const;

/**
 * The seats of our seating list (one scene: a title row "plan · scene · 分桌名单", the column
 * headings, then per table a heading row and a row per seat), or undefined when the sheet is not
 * one. Nothing is restored unless the title names this plan and one of its scenes.
 */
export function seatingListSeats(plan: Plan, rows: readonly (readonly string[])[], headerRow: number): FoundSeats | undefined {
  const lang = LANGS.find((l) => LIST_COLUMNS.every((key, c) => rows[headerRow]?.[c]?.trim() === translate(l, key)));
  if (!lang) return undefined;
  const title = rows[0]?.[0]?.trim() ?? '';
  const scene = plan.scenes.find(
    (s) => title === [plan.name, s.name, translate(lang, 'print.view.tableLists')].filter(Boolean).join(' · '),
  );
  if (!scene) return { placements: [], notes: [{ kind: 'otherPlan', title }] };
  const items = seatingItems(plan, scene);
  const placements: SeatPlacement[] = [];
  const missing: number[] = [];
  let current: (typeof items)[number] | undefined;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r]!;
    // A table's heading row is one merged cell: "第1桌 · 主桌  2 人".
    if (row.length > 1 && row.every((c) => c === row[0])) {
      current = items.find((e) => [' · ', '  '].some((gap) => row[0]!.startsWith(itemTitle(e, lang) + gap)));
      continue;
    }
    const name = row[1]?.trim();
    if (!name) continue;
    const label = current?.seats.find((g) => seatLabelText(lang, current!.item, g.label) === row[0]?.trim())?.label;
    if (current && label) placements.push({ row: r + 1, sceneId: scene.id, itemId: current.item.id, seat: label });
    else missing.push(r + 1);
  }
  return { placements, notes: missing.length ? [{ kind: 'noSeat', scene: scene.name, rows: missing }] : [] };
}
