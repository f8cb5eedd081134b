/**
 * A modal dialog. Electron has no window.prompt, and confirm() cannot be styled or
 * translated, so every question the app asks goes through this.
 */
import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useT } from '../i18n';
import { tooLong } from './too-long';

/**
 * The frame every modal shares: the dimmed overlay (a click on it closes), the dialog role and
 * label for assistive tools, Escape closes; keys stay inside, so the canvas shortcuts never see
 * what is typed in a dialog and an inner dialog's Escape closes only it.
 */
export function Modal({
  label,
  className,
  onClose,
  ref,
  children,
}: {
  label: string;
  className?: string;
  onClose(): void;
  ref?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        ref={ref}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') onClose();
        }}
      >
        {children}
      </div>
    </div>
  );
}

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
    <Modal label={title} onClose={onCancel} ref={ref}>
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
    </Modal>
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
