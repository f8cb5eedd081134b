/**
 * Inspector fields. Numbers are edited as a draft while the field has focus and committed as
 * soon as the draft is a valid value (so typing "12" never commits the "1" in between, and an
 * invalid draft never reaches the document).
 */
import { useState } from 'react';
import type { T } from '../i18n';
import { tooLong } from '../ui/too-long';

export function NumberField(props: {
  name: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  onCommit(v: number): void;
}) {
  const { name, label, value, min, max, step = 1, integer = false, onCommit } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const valid = (s: string) => {
    const n = Number(s);
    return s.trim() !== '' && Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n));
  };
  return (
    <label className="field inline">
      <span>{label}</span>
      <input
        type="number"
        name={name}
        min={min}
        max={max}
        step={step}
        value={draft ?? String(value)}
        aria-invalid={draft !== null && !valid(draft)}
        onFocus={() => setDraft(String(value))}
        onBlur={() => setDraft(null)}
        onChange={(e) => {
          setDraft(e.target.value);
          if (valid(e.target.value) && Number(e.target.value) !== value) onCommit(Number(e.target.value));
        }}
      />
    </label>
  );
}

/**
 * A plain text field; text past `max` (the kind's published limit, shared/kinds) is refused with
 * a message naming the field and the limit.
 */
// `t` comes from the caller (not useT) so the kind modules that use this field stay free of the store.
export function TextField(props: { t: T; name: string; label: string; value: string; max: number; onCommit(v: string): void }) {
  const { t, name, label, value, max, onCommit } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const over = draft === null ? undefined : tooLong(t, label, draft, max);
  const commit = () => {
    if (draft !== null && draft !== value && !over) onCommit(draft);
    setDraft(null);
  };
  return (
    <label className="field inline">
      <span>{label}</span>
      <input
        name={name}
        value={draft ?? value}
        aria-invalid={over ? true : undefined}
        onFocus={() => setDraft(value)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !over) (e.target as HTMLInputElement).blur();
        }}
      />
      {over ? (
        <span className="form-error" role="alert">
          {over}
        </span>
      ) : null}
    </label>
  );
}

export function CheckField(props: { name: string; label: string; value: boolean; onCommit(v: boolean): void }) {
  return (
    <label className="field inline check">
      <input type="checkbox" name={props.name} checked={props.value} onChange={(e) => props.onCommit(e.target.checked)} />
      <span>{props.label}</span>
    </label>
  );
}

export function SelectField<V extends string>(props: {
  name: string;
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onCommit(v: V): void;
}) {
  return (
    <label className="field inline">
      <span>{props.label}</span>
      <select name={props.name} value={props.value} onChange={(e) => props.onCommit(e.target.value as V)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
