/**
 * A modal dialog. Electron has no window.prompt, and confirm() cannot be styled or
 * translated, so every question the app asks goes through this.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

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
export function PromptDialog(props: {
  title: string;
  label: string;
  initial: string;
  onOk(value: string): void;
  onCancel(): void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <Dialog title={props.title} onOk={() => props.onOk(inputRef.current?.value.trim() ?? '')} onCancel={props.onCancel}>
      <label className="field">
        <span>{props.label}</span>
        <input ref={inputRef} defaultValue={props.initial} required maxLength={200} />
      </label>
    </Dialog>
  );
}
