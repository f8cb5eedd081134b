/** The people table's columns: what each shows, how it sorts, and how it is edited. */
import type { MessageKey } from '../../../shared/i18n/translate';
import type { Assignment, HostRole, Person, Side } from '../../../shared/model/types';

export type ColumnKey =
  | 'name'
  | 'latinName'
  | 'organisation'
  | 'title'
  | 'officialLevel'
  | 'side'
  | 'rank'
  | 'precedence'
  | 'level'
  | 'function'
  | 'role'
  | 'gender'
  | 'delegation'
  | 'dietary'
  | 'notes'
  | 'tags'
  | 'attendance'
  | 'rostrum'
  | 'seat';

export type EditorKind = 'text' | 'number' | 'side' | 'gender' | 'attendance' | 'rostrum' | 'level' | 'function' | 'tags';

const CHOICE_EDITORS = new Set<EditorKind | undefined>(['side', 'gender', 'attendance', 'rostrum', 'level']);

/** Editors that are a list of words to choose from (a select), not a text box. */
export function isChoice(kind: EditorKind | undefined): boolean {
  return CHOICE_EDITORS.has(kind);
}

export interface Column {
  key: ColumnKey;
  label: MessageKey;
  /** How the cell is edited in place; absent = read-only (roles and seats are set on the canvas). */
  editor?: EditorKind;
  /** Narrow columns keep the panel usable beside the canvas. */
  width: number;
}

export const COLUMNS: Column[] = [
  { key: 'name', label: 'people.field.name', editor: 'text', width: 76 },
  { key: 'latinName', label: 'people.field.latinName', editor: 'text', width: 96 },
  { key: 'side', label: 'people.field.side', editor: 'side', width: 64 },
  { key: 'rank', label: 'people.field.rank', editor: 'number', width: 44 },
  { key: 'seat', label: 'people.col.seat', width: 92 },
  { key: 'attendance', label: 'people.field.attendance', editor: 'attendance', width: 52 },
  { key: 'organisation', label: 'people.field.organisation', editor: 'text', width: 120 },
  { key: 'title', label: 'people.field.title', editor: 'text', width: 90 },
  { key: 'officialLevel', label: 'people.field.officialLevel', editor: 'text', width: 64 },
  { key: 'precedence', label: 'people.field.precedence', editor: 'number', width: 56 },
  { key: 'rostrum', label: 'people.field.rostrum', editor: 'rostrum', width: 56 },
  { key: 'level', label: 'people.field.level', editor: 'level', width: 64 },
  { key: 'function', label: 'people.field.function', editor: 'function', width: 64 },
  { key: 'role', label: 'people.col.role', width: 96 },
  { key: 'gender', label: 'people.field.gender', editor: 'gender', width: 48 },
  { key: 'delegation', label: 'people.field.delegation', editor: 'text', width: 80 },
  { key: 'dietary', label: 'people.field.dietary', editor: 'text', width: 80 },
  { key: 'notes', label: 'people.field.notes', editor: 'text', width: 120 },
  { key: 'tags', label: 'people.field.tags', editor: 'tags', width: 80 },
];

/** The rostrum editor's value for 上主席台 (unflagged is the empty value). */
export const ROSTRUM_YES = 'yes';

export const SIDES: Side[] = ['guest', 'host', 'staff'];
export const SIDE_ORDER: Record<Side, number> = { guest: 0, host: 1, staff: 2 };
export const LEVELS_SETTING = 'people.levels';

export interface RowContext {
  seat?: Assignment;
  role?: { role: HostRole; itemId: string };
  index: number;
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Precedence order within the plan: side, then rank, then list order. */
export function byRank(a: Person, b: Person, ia: number, ib: number): number {
  return SIDE_ORDER[a.side] - SIDE_ORDER[b.side] || a.rank - b.rank || ia - ib;
}

/** One order over both sides: overall precedence where given (first), then side and rank. */
export function byPrecedence(a: Person, b: Person, ia: number, ib: number): number {
  return (a.precedence ?? Infinity) - (b.precedence ?? Infinity) || byRank(a, b, ia, ib);
}

export function compareBy(key: ColumnKey, text: (p: Person, key: ColumnKey) => string) {
  return (a: Person, b: Person, ia: number, ib: number): number => {
    if (key === 'rank' || key === 'side') return byRank(a, b, ia, ib);
    if (key === 'precedence') return byPrecedence(a, b, ia, ib);
    const ta = text(a, key);
    const tb = text(b, key);
    // Empty cells last, whichever way the column sorts.
    if (!ta !== !tb) return ta ? -1 : 1;
    return collator.compare(ta, tb) || byRank(a, b, ia, ib);
  };
}
