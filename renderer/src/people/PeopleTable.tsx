/**
 * The people table: sortable, editable in place like a spreadsheet (arrow keys move, Enter or
 * typing edits, Enter/Tab commit, Esc cancels), rows dragged to change precedence (ranks
 * renumber) or onto a canvas seat, and who is not seated in this scene marked.
 * Long lists render only the rows in view (row-window.ts); each row re-renders only when its
 * own person, seat, focus, editor or drop mark changes.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Lang } from '../../../shared/i18n/translate';
import type { Person, Scene, VenueItem } from '../../../shared/model/types';
import { cleanName, itemLabel, levelLabel, seatText, splitTags, type FieldKey } from '../../../shared/people';
import { useCanvasUi } from '../canvas/canvas-ui';
import { startPersonDrag } from '../canvas/person-drag';
import { useT, type T } from '../i18n';
import { useApp } from '../state/app-store';
import { CellEditor, type EditEnd } from './CellEditor';
import { columnWidths } from './column-widths';
import { COLUMNS, isChoice, ROSTRUM_YES, type Column, type ColumnKey, type RowContext } from './columns';
import { insertAtRank, removePerson, reorderPeople, updatePerson } from './log-actions';
import { useRowWindow } from './row-window';

const REORDER_TYPE = 'application/x-zuoci-reorder';

export interface SortState {
  key: ColumnKey;
  desc: boolean;
}

interface Props {
  scene: Scene;
  rows: Person[];
  context: Map<string, RowContext>;
  sort: SortState;
  onSort(sort: SortState): void;
  /** The field a drag renumbers, or null when the order shown is not that field's order. */
  dragField: 'rank' | 'precedence' | null;
  levels: string[];
}

interface Cell {
  personId: string;
  col: ColumnKey;
}

export function PeopleTable({ scene, rows, context, sort, onSort, dragField, levels }: Props) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [active, setActive] = useState<Cell | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [dropTarget, setDropTarget] = useState<{ personId: string; after: boolean } | null>(null);
  const dragged = useRef<string | null>(null);
  /** Set when the keyboard (or the end of an edit) moves the active cell: focus follows it. */
  const focusPending = useRef(false);
  const items = useMemo(() => new Map(scene.items.map((i) => [i.id, i])), [scene.items]);
  const rowIndex = useMemo(() => new Map(rows.map((p, i) => [p.id, i])), [rows]);
  const focusIds = useCanvasUi((s) => s.focus?.personIds);
  const focused = useMemo(() => new Set(focusIds), [focusIds]);
  const text = useCallback(
    (p: Person, key: ColumnKey) => cellText(t, lang, items, context.get(p.id), p, key),
    [t, lang, items, context],
  );
  const widths = useMemo(
    () =>
      columnWidths(
        COLUMNS,
        rows,
        text,
        (col) => t(col.label),
        (p, col) => (isList(col) ? rawValue(p, col.key, text) : undefined),
      ),
    [rows, text, t],
  );
  const { attach, box, reveal, start, end, rowHeight } = useRowWindow(rows.length);

  // Keyboard focus follows the active cell, scrolling its row into the window first if needed.
  // A layout effect: focus moves in the same commit, before the next key press can arrive.
  useLayoutEffect(() => {
    if (!active || editing || !focusPending.current) return;
    const td = box?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(active.personId)}"] td[data-col="${active.col}"]`);
    if (td) {
      focusPending.current = false;
      if (document.activeElement !== td) td.focus();
      return;
    }
    const index = rowIndex.get(active.personId);
    if (index === undefined) focusPending.current = false;
    else reveal(index);
  }, [active, editing, rowIndex, box, reveal, start, end]);

  // The first person a 问题 entry names is scrolled into the window when the entry is chosen.
  useLayoutEffect(() => {
    const index = focusIds?.length ? rowIndex.get(focusIds[0]!) : undefined;
    if (index !== undefined) reveal(index);
    // Only when the focus changes: the officer may scroll away afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusIds]);

  const focusCell = (cell: Cell) => {
    focusPending.current = true;
    setActive(cell);
  };

  const move = (cell: Cell, dRow: number, dCol: number): Cell => {
    const r = rowIndex.get(cell.personId) ?? -1;
    const c = COLUMNS.findIndex((col) => col.key === cell.col);
    const row = rows[Math.max(0, Math.min(rows.length - 1, r + dRow))];
    const col = COLUMNS[Math.max(0, Math.min(COLUMNS.length - 1, c + dCol))]!;
    return row ? { personId: row.id, col: col.key } : cell;
  };
  const personOf = (id: string | null) => (id === null ? undefined : rows[rowIndex.get(id) ?? -1]);

  const endEdit = (cell: Cell, value: string, end: EditEnd) => {
    const person = personOf(cell.personId);
    const col = COLUMNS.find((c) => c.key === cell.col)!;
    setEditing(null);
    if (end !== 'cancel' && person) commit(person, col, value);
    // Back to the table so arrow keys keep working after an edit.
    focusCell(end === 'down' ? move(cell, 1, 0) : end === 'right' ? move(cell, 0, 1) : end === 'left' ? move(cell, 0, -1) : cell);
  };

  /** Moves a person one place up or down in the dragged order (Alt+↑/↓, for the keyboard). */
  const nudge = (person: Person, delta: number) => {
    if (!dragField) return;
    const group = groupOf(person);
    const from = group.findIndex((p) => p.id === person.id);
    const to = from + delta;
    if (to < 0 || to >= group.length) return;
    reorder(person.id, group[to]!.id, delta > 0);
  };

  const onKeyDown = (e: React.KeyboardEvent, person: Person, col: Column) => {
    if (editing) return;
    const cell = { personId: person.id, col: col.key };
    // An input method (拼音, 五笔) announces its first key as 'Process': open the editor at once
    // and leave the key alone, so the composition goes into the editor's text box.
    if (imeKey(e) && col.editor && !isList(col)) {
      setEditing({ cell, typed: '' });
      return;
    }
    let handled = true;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) nudge(person, e.key === 'ArrowUp' ? -1 : 1);
    else if (e.key === 'ArrowUp') focusCell(move(cell, -1, 0));
    else if (e.key === 'ArrowDown') focusCell(move(cell, 1, 0));
    else if (e.key === 'ArrowLeft') focusCell(move(cell, 0, -1));
    else if (e.key === 'ArrowRight') focusCell(move(cell, 0, 1));
    else if (e.key === 'Home') focusCell({ ...cell, col: COLUMNS[0]!.key });
    else if (e.key === 'End') focusCell({ ...cell, col: COLUMNS.at(-1)!.key });
    else if ((e.key === 'Enter' || e.key === 'F2') && col.editor) setEditing({ cell });
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && col.editor && !isList(col))
      setEditing({ cell, typed: e.key });
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  // Drag reorder: the group is the dragged person's side (rank) or everyone shown (precedence).
  const groupOf = (person: Person) => (dragField === 'rank' ? rows.filter((p) => p.side === person.side) : rows);
  const canDrop = (targetId: string) => {
    const source = personOf(dragged.current);
    const target = personOf(targetId);
    return (
      !!dragField &&
      !!source &&
      !!target &&
      source.id !== target.id &&
      (dragField === 'precedence' || source.side === target.side)
    );
  };
  const reorder = (sourceId: string, targetId: string, after: boolean) => {
    const source = personOf(sourceId)!;
    const group = groupOf(source).filter((p) => p.id !== sourceId);
    const at = group.findIndex((p) => p.id === targetId) + (after ? 1 : 0);
    group.splice(at, 0, source);
    const field = dragField!;
    const before = field === 'rank' ? source.rank : (source.precedence ?? 0);
    reorderPeople(field, group, source, `${before}→${at + 1}`);
  };

  // Rows are memoised: they get one stable set of handlers that call this render's functions.
  const latest = useRef<RowHandlers>(null);
  useLayoutEffect(() => {
    latest.current = {
      activate: (cell) => setActive(cell),
      edit: (cell) => setEditing({ cell }),
      endEdit,
      keyDown: onKeyDown,
      dragStart: (e, person) => {
        dragged.current = person.id;
        startPersonDrag(e, person.id);
        e.dataTransfer.setData(REORDER_TYPE, person.id);
      },
      dragEnd: () => {
        dragged.current = null;
        setDropTarget(null);
      },
      dragOver: (e, person) => {
        if (!e.dataTransfer.types.includes(REORDER_TYPE) || !canDrop(person.id)) return;
        e.preventDefault();
        const after = dropsAfter(e);
        if (dropTarget?.personId !== person.id || dropTarget.after !== after) setDropTarget({ personId: person.id, after });
      },
      dragLeave: (person) => {
        if (dropTarget?.personId === person.id) setDropTarget(null);
      },
      drop: (e, person) => {
        e.preventDefault();
        const source = dragged.current;
        const ok = !!source && canDrop(person.id);
        setDropTarget(null);
        dragged.current = null;
        if (ok) reorder(source, person.id, dropsAfter(e));
      },
    };
  });
  const handlers = useMemo<RowHandlers>(
    () => ({
      activate: (cell) => latest.current!.activate(cell),
      edit: (cell) => latest.current!.edit(cell),
      endEdit: (cell, value, how) => latest.current!.endEdit(cell, value, how),
      keyDown: (e, person, col) => latest.current!.keyDown(e, person, col),
      dragStart: (e, person) => latest.current!.dragStart(e, person),
      dragEnd: () => latest.current!.dragEnd(),
      dragOver: (e, person) => latest.current!.dragOver(e, person),
      dragLeave: (person) => latest.current!.dragLeave(person),
      drop: (e, person) => latest.current!.drop(e, person),
    }),
    [],
  );

  const tableWidth = widths.reduce((sum, w) => sum + w, HANDLE_WIDTH + REMOVE_WIDTH);
  const spacer = (height: number) =>
    height > 0 ? (
      <tr className="row-spacer" aria-hidden="true">
        <td colSpan={COLUMNS.length + 2} style={{ height }} />
      </tr>
    ) : null;

  return (
    <div className="people-scroll" ref={attach}>
      <table className="people-table" role="grid" aria-rowcount={rows.length + 1} style={{ width: tableWidth }}>
        <colgroup>
          <col style={{ width: HANDLE_WIDTH }} />
          {COLUMNS.map((col, i) => (
            <col key={col.key} style={{ width: widths[i] }} />
          ))}
          <col style={{ width: REMOVE_WIDTH }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className="handle-col" aria-hidden="true" />
            {COLUMNS.map((col) => (
              <th key={col.key} aria-sort={sort.key === col.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                <button
                  className="link sort"
                  title={t('people.sortBy', { column: t(col.label) })}
                  onClick={() => onSort({ key: col.key, desc: sort.key === col.key ? !sort.desc : false })}
                >
                  {t(col.label)}
                  {sort.key === col.key ? (sort.desc ? ' ↓' : ' ↑') : ''}
                </button>
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {spacer(start * rowHeight)}
          {rows.slice(start, end).map((person, i) => (
            <PeopleRow
              key={person.id}
              person={person}
              rowIndex={start + i}
              text={text}
              unseated={!context.get(person.id)?.seat && person.attendance !== 'absent'}
              focused={focused.has(person.id)}
              activeCol={active?.personId === person.id ? active.col : null}
              tabStop={!active && start + i === 0}
              editing={editing?.cell.personId === person.id ? editing : null}
              drop={dropTarget?.personId === person.id ? (dropTarget.after ? 'after' : 'before') : null}
              draggable={!editing}
              dragField={dragField}
              levels={levels}
              handlers={handlers}
            />
          ))}
          {spacer((rows.length - end) * rowHeight)}
        </tbody>
      </table>
    </div>
  );
}

const HANDLE_WIDTH = 18;
const REMOVE_WIDTH = 30;

interface Editing {
  cell: Cell;
  typed?: string;
}

interface RowHandlers {
  activate(cell: Cell): void;
  edit(cell: Cell): void;
  endEdit(cell: Cell, value: string, end: EditEnd): void;
  keyDown(e: React.KeyboardEvent, person: Person, col: Column): void;
  dragStart(e: DragEvent, person: Person): void;
  dragEnd(): void;
  dragOver(e: DragEvent, person: Person): void;
  dragLeave(person: Person): void;
  drop(e: DragEvent, person: Person): void;
}

interface RowProps {
  person: Person;
  rowIndex: number;
  text(p: Person, key: ColumnKey): string;
  unseated: boolean;
  /** Named by the 问题 entry the officer chose. */
  focused: boolean;
  activeCol: ColumnKey | null;
  /** The row whose name cell takes Tab focus while no cell is active. */
  tabStop: boolean;
  editing: Editing | null;
  drop: 'before' | 'after' | null;
  draggable: boolean;
  dragField: 'rank' | 'precedence' | null;
  levels: string[];
  handlers: RowHandlers;
}

const PeopleRow = memo(function PeopleRow({
  person,
  rowIndex,
  text,
  unseated,
  focused,
  activeCol,
  tabStop,
  editing,
  drop,
  draggable,
  dragField,
  levels,
  handlers,
}: RowProps) {
  const t = useT();
  return (
    <tr
      data-id={person.id}
      data-person={person.name}
      aria-rowindex={rowIndex + 2}
      aria-selected={focused || undefined}
      className={`${unseated ? 'unseated' : ''}${person.attendance === 'absent' ? ' absent' : ''}${focused ? ' focused' : ''}${drop ? ` drop-${drop}` : ''}`}
      draggable={draggable}
      onDragStart={(e) => handlers.dragStart(e, person)}
      onDragEnd={() => handlers.dragEnd()}
      onDragOver={(e) => handlers.dragOver(e, person)}
      onDragLeave={() => handlers.dragLeave(person)}
      onDrop={(e) => handlers.drop(e, person)}
    >
      <td className="handle" title={dragField ? t('people.dragHandle', { name: person.name }) : t('people.dragNeedsOrder')}>
        {dragField ? '⠿' : ''}
      </td>
      {COLUMNS.map((col) => {
        const cell = { personId: person.id, col: col.key };
        const isActive = activeCol === col.key;
        const shown = text(person, col.key);
        return (
          <td
            key={col.key}
            data-col={col.key}
            className={`${col.key === 'seat' ? 'seat-cell' : ''}${col.key === 'side' ? ` side-${person.side}` : ''}${isActive ? ' active' : ''}`}
            tabIndex={isActive || (tabStop && col.key === 'name') ? 0 : -1}
            title={col.key === 'name' ? [person.organisation, person.title].filter(Boolean).join(' ') : undefined}
            onFocus={() => !isActive && handlers.activate(cell)}
            onClick={() => handlers.activate(cell)}
            onDoubleClick={() => col.editor && handlers.edit(cell)}
            onKeyDown={(e) => handlers.keyDown(e, person, col)}
          >
            {editing?.cell.col === col.key ? (
              <CellEditor
                kind={col.editor!}
                initial={rawValue(person, col.key, text)}
                {...(editing.typed !== undefined ? { typed: editing.typed } : {})}
                levels={levels}
                label={`${t(col.label)} ${person.name}`}
                // Every column with an editor is a person field ('role' and 'seat' have none); the
                // 上主席台 flag is chosen from a list and has no text limit.
                field={col.key === 'rostrum' ? undefined : (col.key as FieldKey)}
                onDone={(value, end) => handlers.endEdit(cell, value, end)}
              />
            ) : col.key === 'seat' && !shown ? (
              person.attendance === 'absent' ? (
                <span className="muted">{t('common.none')}</span>
              ) : (
                <span className="unseated-mark">{t('people.unseated')}</span>
              )
            ) : (
              shown
            )}
          </td>
        );
      })}
      <td>
        <button
          className="icon danger"
          title={t('people.remove')}
          aria-label={`${t('people.remove')} ${person.name}`}
          onClick={() => removePerson(person)}
        >
          ×
        </button>
      </td>
    </tr>
  );
});

/** What a cell shows, in the user's language. */
function cellText(
  t: T,
  lang: Lang,
  items: Map<string, VenueItem>,
  ctx: RowContext | undefined,
  p: Person,
  key: ColumnKey,
): string {
  switch (key) {
    case 'side':
      return t(`side.${p.side}`);
    case 'gender':
      return p.gender && p.gender !== 'unspecified' ? t(`gender.${p.gender}`) : '';
    case 'attendance':
      return t(`attendance.${p.attendance}`);
    case 'rostrum':
      // Only the flagged say so: the column reads (and sorts) as the list of who sits on the rostrum.
      return p.rostrum ? t('people.rostrum.yes') : '';
    case 'tags':
      return p.tags.join(lang === 'zh' ? '、' : ', ');
    case 'rank':
      return String(p.rank);
    case 'precedence':
      return p.precedence ? String(p.precedence) : '';
    case 'level':
      return p.level ? levelLabel(lang, p.level) : '';
    case 'seat': {
      const seat = ctx?.seat;
      return seat ? seatText(lang, items.get(seat.itemId), seat.seat) : '';
    }
    case 'role': {
      const role = ctx?.role;
      return role ? `${t(`role.${role.role}`)} · ${itemLabel(lang, items.get(role.itemId))}` : '';
    }
    default:
      return p[key] ?? '';
  }
}

function imeKey(e: React.KeyboardEvent): boolean {
  return e.key === 'Process' || e.nativeEvent.isComposing || e.keyCode === 229;
}

/** The raw value an editor starts from. */
function rawValue(p: Person, key: ColumnKey, text: (p: Person, key: ColumnKey) => string): string {
  if (key === 'side' || key === 'attendance') return p[key];
  if (key === 'gender') return p.gender && p.gender !== 'unspecified' ? p.gender : '';
  if (key === 'tags') return p.tags.join(', ');
  if (key === 'level') return p.level ?? '';
  if (key === 'rostrum') return p.rostrum ? ROSTRUM_YES : '';
  return text(p, key);
}

/** Writes an edited cell back as one command (invalid numbers and empty names are ignored). */
function commit(person: Person, col: Column, value: string) {
  const v = value.trim();
  switch (col.key) {
    case 'name': {
      const name = cleanName(v);
      if (name) updatePerson(person, { name });
      return;
    }
    case 'organisation':
    case 'title':
      return updatePerson(person, { [col.key]: v });
    case 'rank': {
      const n = Number(v);
      if (Number.isInteger(n) && n >= 1 && n <= 100000) insertAtRank(person, n);
      return;
    }
    case 'precedence': {
      const n = Number(v);
      if (v === '') updatePerson(person, { precedence: undefined });
      else if (Number.isInteger(n) && n >= 1 && n <= 100000) updatePerson(person, { precedence: n });
      return;
    }
    case 'side':
      return updatePerson(person, { side: v as Person['side'] });
    case 'attendance':
      return updatePerson(person, { attendance: v as Person['attendance'] });
    case 'gender':
      return updatePerson(person, { gender: v ? (v as Person['gender']) : undefined });
    case 'rostrum':
      return updatePerson(person, { rostrum: v === ROSTRUM_YES || undefined });
    case 'tags':
      if (v !== person.tags.join(', ')) updatePerson(person, { tags: splitTags(v) });
      return;
    case 'level':
    case 'officialLevel':
    case 'latinName':
    case 'function':
    case 'delegation':
    case 'dietary':
    case 'notes':
      return updatePerson(person, { [col.key]: v || undefined });
  }
}

function isList(col: Column): boolean {
  return isChoice(col.editor);
}

/** The lower half of a row drops after it, the upper half before it. */
function dropsAfter(e: DragEvent): boolean {
  const box = e.currentTarget.getBoundingClientRect();
  return e.clientY > box.top + box.height / 2;
}
