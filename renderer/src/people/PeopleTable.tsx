/**
 * The people table: sortable, editable in place like a spreadsheet (arrow keys move, Enter or
 * typing edits, Enter/Tab commit, Esc cancels), rows dragged to change precedence (ranks
 * renumber) or onto a canvas seat, and who is not seated in this scene marked.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Person, Scene } from '../../../shared/model/types';
import { cleanName, itemLabel, levelLabel, seatText, splitTags } from '../../../shared/people';
import { startPersonDrag } from '../canvas/person-drag';
import { useT } from '../i18n';
import { useApp } from '../state/app-store';
import { CellEditor, type EditEnd } from './CellEditor';
import { COLUMNS, type Column, type ColumnKey, type RowContext } from './columns';
import { removePerson, reorderPeople, updatePerson } from './log-actions';

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
  const [editing, setEditing] = useState<{ cell: Cell; typed?: string } | null>(null);
  const [dropTarget, setDropTarget] = useState<{ personId: string; after: boolean } | null>(null);
  const dragged = useRef<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const items = new Map(scene.items.map((i) => [i.id, i]));

  // Keep keyboard focus on the active cell as it moves (not while an editor has it).
  useEffect(() => {
    if (!active || editing) return;
    const td = tableRef.current?.querySelector<HTMLElement>(
      `tr[data-id="${CSS.escape(active.personId)}"] td[data-col="${active.col}"]`,
    );
    if (td && document.activeElement !== td && tableRef.current?.contains(document.activeElement ?? null)) td.focus();
  }, [active, editing]);

  const text = (p: Person, key: ColumnKey): string => {
    const ctx = context.get(p.id);
    switch (key) {
      case 'side':
        return t(`side.${p.side}`);
      case 'gender':
        return p.gender && p.gender !== 'unspecified' ? t(`gender.${p.gender}`) : '';
      case 'attendance':
        return t(`attendance.${p.attendance}`);
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
  };

  /** The raw value an editor starts from. */
  const raw = (p: Person, key: ColumnKey): string => {
    if (key === 'side' || key === 'attendance') return p[key];
    if (key === 'gender') return p.gender && p.gender !== 'unspecified' ? p.gender : '';
    if (key === 'tags') return p.tags.join(', ');
    if (key === 'level') return p.level ?? '';
    return text(p, key);
  };

  const commit = (person: Person, col: Column, value: string) => {
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
        if (Number.isInteger(n) && n >= 1 && n <= 100000) updatePerson(person, { rank: n });
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
      case 'tags':
        if (v !== person.tags.join(', ')) updatePerson(person, { tags: splitTags(v) });
        return;
      case 'level':
      case 'function':
      case 'delegation':
      case 'dietary':
      case 'notes':
        return updatePerson(person, { [col.key]: v || undefined });
    }
  };

  const move = (cell: Cell, dRow: number, dCol: number): Cell => {
    const r = rows.findIndex((p) => p.id === cell.personId);
    const c = COLUMNS.findIndex((col) => col.key === cell.col);
    const row = rows[Math.max(0, Math.min(rows.length - 1, r + dRow))];
    const col = COLUMNS[Math.max(0, Math.min(COLUMNS.length - 1, c + dCol))]!;
    return row ? { personId: row.id, col: col.key } : cell;
  };

  const endEdit = (cell: Cell, value: string, end: EditEnd) => {
    const person = rows.find((p) => p.id === cell.personId);
    const col = COLUMNS.find((c) => c.key === cell.col)!;
    setEditing(null);
    if (end !== 'cancel' && person) commit(person, col, value);
    const next =
      end === 'down' ? move(cell, 1, 0) : end === 'right' ? move(cell, 0, 1) : end === 'left' ? move(cell, 0, -1) : cell;
    setActive(next);
    // Back to the table so arrow keys keep working after an edit.
    requestAnimationFrame(() =>
      tableRef.current
        ?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(next.personId)}"] td[data-col="${next.col}"]`)
        ?.focus(),
    );
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
    let handled = true;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) nudge(person, e.key === 'ArrowUp' ? -1 : 1);
    else if (e.key === 'ArrowUp') setActive(move(cell, -1, 0));
    else if (e.key === 'ArrowDown') setActive(move(cell, 1, 0));
    else if (e.key === 'ArrowLeft') setActive(move(cell, 0, -1));
    else if (e.key === 'ArrowRight') setActive(move(cell, 0, 1));
    else if (e.key === 'Home') setActive({ ...cell, col: COLUMNS[0]!.key });
    else if (e.key === 'End') setActive({ ...cell, col: COLUMNS.at(-1)!.key });
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
    const source = rows.find((p) => p.id === dragged.current);
    const target = rows.find((p) => p.id === targetId);
    return (
      !!dragField &&
      !!source &&
      !!target &&
      source.id !== target.id &&
      (dragField === 'precedence' || source.side === target.side)
    );
  };
  const reorder = (sourceId: string, targetId: string, after: boolean) => {
    const source = rows.find((p) => p.id === sourceId)!;
    const group = groupOf(source).filter((p) => p.id !== sourceId);
    const at = group.findIndex((p) => p.id === targetId) + (after ? 1 : 0);
    group.splice(at, 0, source);
    const field = dragField!;
    const before = field === 'rank' ? source.rank : (source.precedence ?? 0);
    reorderPeople(field, group, source, `${before}→${at + 1}`);
  };
  const onDragOver = (e: DragEvent, person: Person) => {
    if (!e.dataTransfer.types.includes(REORDER_TYPE) || !canDrop(person.id)) return;
    e.preventDefault();
    const after = dropsAfter(e);
    if (dropTarget?.personId !== person.id || dropTarget.after !== after) setDropTarget({ personId: person.id, after });
  };
  const onDrop = (e: DragEvent, person: Person) => {
    e.preventDefault();
    const source = dragged.current;
    const ok = !!source && canDrop(person.id);
    setDropTarget(null);
    dragged.current = null;
    if (ok) reorder(source, person.id, dropsAfter(e));
  };

  return (
    <table className="people-table" ref={tableRef} role="grid" aria-rowcount={rows.length}>
      <thead>
        <tr>
          <th className="handle-col" aria-hidden="true" />
          {COLUMNS.map((col) => (
            <th
              key={col.key}
              style={{ minWidth: col.width }}
              aria-sort={sort.key === col.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
            >
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
        {rows.map((person) => {
          const ctx = context.get(person.id);
          const unseated = !ctx?.seat && person.attendance !== 'absent';
          const drop = dropTarget?.personId === person.id ? (dropTarget.after ? ' drop-after' : ' drop-before') : '';
          return (
            <tr
              key={person.id}
              data-id={person.id}
              data-person={person.name}
              className={`${unseated ? 'unseated' : ''}${person.attendance === 'absent' ? ' absent' : ''}${drop}`}
              draggable={!editing}
              onDragStart={(e) => {
                dragged.current = person.id;
                startPersonDrag(e, person.id);
                e.dataTransfer.setData(REORDER_TYPE, person.id);
              }}
              onDragEnd={() => {
                dragged.current = null;
                setDropTarget(null);
              }}
              onDragOver={(e) => onDragOver(e, person)}
              onDragLeave={() => dropTarget?.personId === person.id && setDropTarget(null)}
              onDrop={(e) => onDrop(e, person)}
            >
              <td
                className="handle"
                title={dragField ? t('people.dragHandle', { name: person.name }) : t('people.dragNeedsOrder')}
              >
                {dragField ? '⠿' : ''}
              </td>
              {COLUMNS.map((col) => {
                const cell = { personId: person.id, col: col.key };
                const isActive = active?.personId === person.id && active.col === col.key;
                const isEditing = editing?.cell.personId === person.id && editing.cell.col === col.key;
                const shown = text(person, col.key);
                return (
                  <td
                    key={col.key}
                    data-col={col.key}
                    className={`${col.key === 'seat' ? 'seat-cell' : ''}${col.key === 'side' ? ` side-${person.side}` : ''}${isActive ? ' active' : ''}`}
                    tabIndex={isActive || (!active && col.key === 'name' && person === rows[0]) ? 0 : -1}
                    title={col.key === 'name' ? [person.organisation, person.title].filter(Boolean).join(' ') : undefined}
                    onFocus={() => !isActive && setActive(cell)}
                    onClick={() => setActive(cell)}
                    onDoubleClick={() => col.editor && setEditing({ cell })}
                    onKeyDown={(e) => onKeyDown(e, person, col)}
                  >
                    {isEditing ? (
                      <CellEditor
                        kind={col.editor!}
                        initial={raw(person, col.key)}
                        {...(editing.typed !== undefined ? { typed: editing.typed } : {})}
                        levels={levels}
                        label={`${t(col.label)} ${person.name}`}
                        onDone={(value, end) => endEdit(cell, value, end)}
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
        })}
      </tbody>
    </table>
  );
}

function isList(col: Column): boolean {
  return col.editor === 'side' || col.editor === 'gender' || col.editor === 'attendance' || col.editor === 'level';
}

/** The lower half of a row drops after it, the upper half before it. */
function dropsAfter(e: DragEvent): boolean {
  const box = e.currentTarget.getBoundingClientRect();
  return e.clientY > box.top + box.height / 2;
}
