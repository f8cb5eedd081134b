/**
 * A modal dialog. Electron has no window.prompt, and confirm() cannot be styled or
 * translated, so every question the app asks goes through this.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { tooLong } from './too-long';

interface DialogProps {
  title: string;
  children?: ReactNode;
  okLabel?: string;
  danger?: boolean;
  okDisabled?: boolean;
  onOk(): void;
  onCancel(): void;
}

export function Dialog({ title, children, okLabel, danger, okDisabled, onOk, onCancel }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, button.primary');
    first?.focus();
  }, []);
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        ref={ref}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      >
        <h2>{title}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!okDisabled) onOk();
          }}
        >
          {children}
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            <button type="submit" className={danger ? 'primary danger' : 'primary'} disabled={okDisabled}>
              {okLabel ?? t('common.ok')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** A one-field dialog: the replacement for window.prompt. */
/** One line of text; `max` is the limit of the field it becomes (text past it is refused, named). */
export function PromptDialog(props: {
  title: string;
  label: string;
  initial: string;
  max: number;
  onOk(value: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const [value, setValue] = useState(props.initial);
  const error = tooLong(t, props.label, value.trim(), props.max);
  return (
    <Dialog title={props.title} okDisabled={Boolean(error)} onOk={() => props.onOk(value.trim())} onCancel={props.onCancel}>
      <label className="field">
        <span>{props.label}</span>
        <input value={value} required aria-invalid={error ? true : undefined} onChange={(e) => setValue(e.target.value)} />
      </label>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
