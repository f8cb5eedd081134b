/** The in-place editor of one cell: a text box, a number box or a list, by column. */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '../../../shared/i18n/translate';
import type { Person } from '../../../shared/model/types';
import { useT, type T } from '../i18n';
import { FUNCTIONS, levelLabel, type FieldKey } from '../../../shared/people';
import { useApp } from '../state/app-store';
import { isChoice, ROSTRUM_YES, SIDES, type EditorKind } from './columns';
import { limitMessage } from './limit-message';

export type EditEnd = 'down' | 'right' | 'left' | 'stay' | 'cancel';

interface Props {
  kind: EditorKind;
  initial: string;
  /** The first key typed on a focused cell replaces its text, as in a spreadsheet. */
  typed?: string;
  levels: string[];
  label: string;
  /** The person field edited, whose limit the typed text must keep (none for a yes/no flag). */
  field: FieldKey | undefined;
  onDone(value: string, end: EditEnd): void;
}

export function CellEditor({ kind, initial, typed, levels, label, field, onDone }: Props) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [value, setValue] = useState(typed ?? initial);
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const done = useRef(false);
  // Focused in a layout effect: when an input method's first key opened the editor, the text
  // box must have the focus before the composition starts.
  useLayoutEffect(() => {
    ref.current?.focus();
    if (typed === undefined && ref.current instanceof HTMLInputElement) ref.current.select();
  }, [typed]);

  // Text past the field's limit is refused here, where it is typed: it is named and never committed.
  const overLimit = kind === 'number' || !field ? undefined : limitMessage(t, field, value);
  const finish = (end: EditEnd, v = value) => {
    if (done.current) return;
    done.current = true;
    onDone(v, overLimit ? 'cancel' : end);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if ((e.key === 'Enter' || e.key === 'Tab') && overLimit) {
      // Keep the editor open with the message, so the officer can shorten the text.
      e.preventDefault();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      finish(e.shiftKey ? 'stay' : 'down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish(e.shiftKey ? 'left' : 'right');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish('cancel');
    }
  };
  const common = { ref, 'aria-label': label, className: 'cell-editor', onKeyDown, onBlur: () => finish('stay') };

  if (isChoice(kind)) {
    const options = choiceOptions(kind, t, lang, levels, initial);
    return (
      <select
        {...common}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          // A choice from the list is the whole edit.
          finish('stay', e.target.value);
        }}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    );
  }
  return (
    <>
      <input
        {...common}
        type={kind === 'number' ? 'number' : 'text'}
        min={kind === 'number' ? 1 : undefined}
        value={value}
        aria-invalid={overLimit ? true : undefined}
        list={kind === 'function' ? 'people-functions' : undefined}
        title={kind === 'tags' ? t('people.tagsHint') : undefined}
        onChange={(e) => setValue(e.target.value)}
      />
      {overLimit ? (
        <span className="cell-limit" role="alert">
          {overLimit}
        </span>
      ) : null}
      {kind === 'function' ? (
        <datalist id="people-functions">
          {FUNCTIONS.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      ) : null}
    </>
  );
}

/** The words of a choice column's list, each with the value the editor hands back. */
function choiceOptions(kind: EditorKind, t: T, lang: Lang, levels: string[], initial: string): [string, string][] {
  switch (kind) {
    case 'side':
      return SIDES.map((s) => [s, t(`side.${s}`)]);
    case 'rostrum':
      return [
        ['', t('people.rostrum.no')],
        [ROSTRUM_YES, t('people.rostrum.yes')],
      ];
    case 'gender':
      return [['', t('common.none')], ...(['male', 'female'] as const).map((g): [string, string] => [g, t(`gender.${g}`)])];
    case 'attendance':
      return (['confirmed', 'tentative', 'absent'] as Person['attendance'][]).map((a) => [a, t(`attendance.${a}`)]);
    default:
      return [
        ['', t('common.none')],
        ...[...new Set([...levels, ...(initial ? [initial] : [])])].map((l): [string, string] => [l, levelLabel(lang, l)]),
      ];
  }
}
